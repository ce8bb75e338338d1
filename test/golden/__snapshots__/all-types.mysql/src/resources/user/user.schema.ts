import * as z from 'zod';
import type { ListRules } from '../../lib/list-query.js';

/** What a client sends to create a user; unknown keys are rejected. */
export const createUserSchema = z.strictObject({
  handle: z.string().max(30),
  group: z.int32().nullable().default(null),
});

/** What a client sends to change some fields; absent fields stay as they are. */
export const updateUserSchema = z.strictObject({
  handle: z.string().max(30).optional(),
  group: z.int32().nullable().optional(),
});

/** A user as the API returns it. */
export const userSchema = z.object({
  id: z.uuid(),
  handle: z.string(),
  group: z.int().nullable(),
});

/** The `:id` path segment. */
export const userIdSchema = z.uuid();

/** What `GET /users` accepts: the fields it filters (with their operators) and sorts on, search, page size. */
export const userListRules: ListRules = {
  fields: {
    id: { type: 'a UUID', value: z.uuid(), operators: ['eq', 'ne', 'in'], sortable: true },
    handle: {
      type: 'text',
      value: z.string(),
      operators: ['eq', 'ne', 'in', 'contains', 'startsWith'],
      sortable: true,
    },
  },
  search: false,
  maxPageSize: 100,
};

export type CreateUserInput = z.output<typeof createUserSchema>;

export type UpdateUserInput = z.output<typeof updateUserSchema>;

export type User = z.output<typeof userSchema>;

export type UserId = z.output<typeof userIdSchema>;
