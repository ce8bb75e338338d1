import * as z from 'zod';
import type { ListRules } from '../../lib/list-query.js';

/** What a client sends to create a tag; unknown keys are rejected. */
export const createTagSchema = z.strictObject({
  name: z.string().max(50),
});

/** What a client sends to change some fields; absent fields stay as they are. */
export const updateTagSchema = z.strictObject({
  name: z.string().max(50).optional(),
});

/** A tag as the API returns it. */
export const tagSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

/** The `:id` path segment. */
export const tagIdSchema = z.uuid();

/** What `GET /tags` accepts: the fields it filters (with their operators) and sorts on, search, page size. */
export const tagListRules: ListRules = {
  fields: {
    id: { type: 'a UUID', value: z.uuid(), operators: ['eq', 'ne', 'in'], sortable: true },
    name: {
      type: 'text',
      value: z.string(),
      operators: ['eq', 'ne', 'in', 'contains', 'startsWith'],
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
  search: false,
  maxPageSize: 100,
};

export type CreateTagInput = z.output<typeof createTagSchema>;

export type UpdateTagInput = z.output<typeof updateTagSchema>;

export type Tag = z.output<typeof tagSchema>;

export type TagId = z.output<typeof tagIdSchema>;
