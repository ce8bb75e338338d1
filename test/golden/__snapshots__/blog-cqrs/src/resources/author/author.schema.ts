import * as z from 'zod';
import type { ListRules } from '../../lib/list-query.js';

/** What a client sends to create a author; unknown keys are rejected. */
export const createAuthorSchema = z.strictObject({
  name: z.string().max(100),
  email: z.string().max(254),
  bio: z.string().nullable().default(null),
});

/** What a client sends to change some fields; absent fields stay as they are. */
export const updateAuthorSchema = z.strictObject({
  name: z.string().max(100).optional(),
  email: z.string().max(254).optional(),
  bio: z.string().nullable().optional(),
});

/** A author as the API returns it. */
export const authorSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  bio: z.string().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

/** The `:id` path segment. */
export const authorIdSchema = z.uuid();

/** What `GET /authors` accepts: the fields it filters (with their operators) and sorts on, search, page size. */
export const authorListRules: ListRules = {
  fields: {
    id: { type: 'a UUID', value: z.uuid(), operators: ['eq', 'ne', 'in'], sortable: true },
    email: {
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

export type CreateAuthorInput = z.output<typeof createAuthorSchema>;

export type UpdateAuthorInput = z.output<typeof updateAuthorSchema>;

export type Author = z.output<typeof authorSchema>;

export type AuthorId = z.output<typeof authorIdSchema>;
