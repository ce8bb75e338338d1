import * as z from 'zod';
import type { ListRules } from '../../lib/list-query.js';

/** What a client sends to create a profile; unknown keys are rejected. */
export const createProfileSchema = z.strictObject({
  bio: z.string().max(500),
  userId: z.uuid(),
});

/** What a client sends to change some fields; absent fields stay as they are. */
export const updateProfileSchema = z.strictObject({
  bio: z.string().max(500).optional(),
  userId: z.uuid().optional(),
});

/** A profile as the API returns it. */
export const profileSchema = z.object({
  id: z.uuid(),
  bio: z.string(),
  userId: z.uuid(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

/** The `:id` path segment. */
export const profileIdSchema = z.uuid();

/** What `GET /profiles` accepts: the fields it filters (with their operators) and sorts on, search, page size. */
export const profileListRules: ListRules = {
  fields: {
    id: { type: 'a UUID', value: z.uuid(), operators: ['eq', 'ne', 'in'], sortable: true },
    userId: { type: 'a UUID', value: z.uuid(), operators: ['eq', 'ne', 'in'], sortable: true },
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

export type CreateProfileInput = z.output<typeof createProfileSchema>;

export type UpdateProfileInput = z.output<typeof updateProfileSchema>;

export type Profile = z.output<typeof profileSchema>;

export type ProfileId = z.output<typeof profileIdSchema>;
