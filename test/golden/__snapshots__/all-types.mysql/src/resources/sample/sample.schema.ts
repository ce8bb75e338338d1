import * as z from 'zod';
import {
  type ListRules,
  queryBoolean,
  queryDecimal,
  queryInteger,
  queryNumber,
} from '../../lib/list-query.js';

/** What a client sends to create a sample; unknown keys are rejected. */
export const createSampleSchema = z.strictObject({
  label: z.string().min(2).max(40),
  notes: z.string().max(2000).nullable().default(null),
  quantity: z.int32().min(0).max(1000).default(1),
  ratio: z.number().min(0).max(1).nullable().default(null),
  price: z
    .string()
    .regex(
      /^-?\d{1,8}(\.\d{1,2})?$/,
      'must be a decimal with at most 8 digits before the point and 2 after it',
    )
    .refine((value) => Number(value) >= 0, 'must be at least 0'),
  active: z.boolean().default(true),
  flagged: z.boolean().nullable().default(null),
  releasedOn: z.iso.date().nullable().default(null),
  publishedAt: z.iso.datetime({ offset: true }).nullable().default(null),
  externalId: z.uuid().nullable().default(null),
  metadata: z.json().default({ tags: [] }),
  settings: z.json().nullable().default(null),
  kind: z.enum(['basic', 'premium', 'legacy']).default('basic'),
  order: z.int32().nullable().default(null),
  select: z.string().max(255).nullable().default(null),
  from: z.string().max(255).nullable().default(null),
});

/** What a client sends to change some fields; absent fields stay as they are. */
export const updateSampleSchema = z.strictObject({
  label: z.string().min(2).max(40).optional(),
  notes: z.string().max(2000).nullable().optional(),
  quantity: z.int32().min(0).max(1000).optional(),
  ratio: z.number().min(0).max(1).nullable().optional(),
  price: z
    .string()
    .regex(
      /^-?\d{1,8}(\.\d{1,2})?$/,
      'must be a decimal with at most 8 digits before the point and 2 after it',
    )
    .refine((value) => Number(value) >= 0, 'must be at least 0')
    .optional(),
  active: z.boolean().optional(),
  flagged: z.boolean().nullable().optional(),
  releasedOn: z.iso.date().nullable().optional(),
  publishedAt: z.iso.datetime({ offset: true }).nullable().optional(),
  externalId: z.uuid().nullable().optional(),
  metadata: z.json().optional(),
  settings: z.json().nullable().optional(),
  kind: z.enum(['basic', 'premium', 'legacy']).optional(),
  order: z.int32().nullable().optional(),
  select: z.string().max(255).nullable().optional(),
  from: z.string().max(255).nullable().optional(),
});

/** A sample as the API returns it. */
export const sampleSchema = z.object({
  id: z.uuid(),
  label: z.string(),
  notes: z.string().nullable(),
  quantity: z.int(),
  ratio: z.number().nullable(),
  price: z.string(),
  active: z.boolean(),
  flagged: z.boolean().nullable(),
  releasedOn: z.iso.date().nullable(),
  publishedAt: z.iso.datetime().nullable(),
  externalId: z.uuid().nullable(),
  metadata: z.json(),
  settings: z.json().nullable(),
  kind: z.enum(['basic', 'premium', 'legacy']),
  order: z.int().nullable(),
  select: z.string().nullable(),
  from: z.string().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

/** The `:id` path segment. */
export const sampleIdSchema = z.uuid();

/** What `GET /samples` accepts: the fields it filters (with their operators) and sorts on, search, page size. */
export const sampleListRules: ListRules = {
  fields: {
    id: { type: 'a UUID', value: z.uuid(), operators: ['eq', 'ne', 'in'], sortable: true },
    label: {
      type: 'text',
      value: z.string(),
      operators: ['eq', 'ne', 'in', 'contains', 'startsWith'],
      sortable: true,
    },
    quantity: {
      type: 'an integer',
      value: queryInteger,
      operators: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in'],
      sortable: true,
    },
    ratio: {
      type: 'a number',
      value: queryNumber,
      operators: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'isNull'],
      sortable: false,
    },
    price: {
      type: 'a number',
      value: queryDecimal,
      operators: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in'],
      sortable: true,
    },
    active: { type: 'true or false', value: queryBoolean, operators: ['eq', 'ne'], sortable: true },
    releasedOn: {
      type: 'a date (YYYY-MM-DD)',
      value: z.iso.date(),
      operators: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'isNull'],
      sortable: false,
    },
    publishedAt: {
      type: 'an ISO 8601 date-time',
      value: z.iso.datetime({ offset: true }),
      operators: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'isNull'],
      sortable: false,
    },
    externalId: { type: 'a UUID', value: z.uuid(), operators: ['eq', 'ne', 'in', 'isNull'], sortable: false },
    kind: {
      type: 'one of basic, premium, legacy',
      value: z.enum(['basic', 'premium', 'legacy']),
      operators: ['eq', 'ne', 'in'],
      sortable: true,
    },
    createdAt: {
      type: 'an ISO 8601 date-time',
      value: z.iso.datetime({ offset: true }),
      operators: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in'],
      sortable: true,
    },
    updatedAt: {
      type: 'an ISO 8601 date-time',
      value: z.iso.datetime({ offset: true }),
      operators: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in'],
      sortable: true,
    },
  },
  search: true,
  maxPageSize: 50,
};

export type CreateSampleInput = z.output<typeof createSampleSchema>;

export type UpdateSampleInput = z.output<typeof updateSampleSchema>;

export type Sample = z.output<typeof sampleSchema>;

export type SampleId = z.output<typeof sampleIdSchema>;
