import * as z from 'zod';
import { type ListRules, queryInteger } from '../../lib/list-query.js';

/** What a client sends to create a group; unknown keys are rejected. */
export const createGroupSchema = z.strictObject({
  name: z.string().max(255),
});

/** What a client sends to change some fields; absent fields stay as they are. */
export const updateGroupSchema = z.strictObject({
  name: z.string().max(255).optional(),
});

/** A group as the API returns it. */
export const groupSchema = z.object({
  id: z.int().positive(),
  name: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

/** The `:id` path segment. */
export const groupIdSchema = z.coerce.number().int().positive().max(2147483647);

/** What `GET /groups` accepts: the fields it filters (with their operators) and sorts on, search, page size. */
export const groupListRules: ListRules = {
  fields: {
    id: {
      type: 'an integer',
      value: queryInteger,
      operators: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in'],
      sortable: true,
    },
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

export type CreateGroupInput = z.output<typeof createGroupSchema>;

export type UpdateGroupInput = z.output<typeof updateGroupSchema>;

export type Group = z.output<typeof groupSchema>;

export type GroupId = z.output<typeof groupIdSchema>;
