import * as z from 'zod';
import type { ListRules } from '../../lib/list-query.js';

/** What a client sends to create a post; unknown keys are rejected. */
export const createPostSchema = z.strictObject({
  title: z.string().max(200),
  body: z.string().nullable().default(null),
  published: z.boolean().default(false),
  status: z.enum(['draft', 'published', 'archived']).default('draft'),
});

/** What a client sends to change some fields; absent fields stay as they are. */
export const updatePostSchema = z.strictObject({
  title: z.string().max(200).optional(),
  body: z.string().nullable().optional(),
  published: z.boolean().optional(),
  status: z.enum(['draft', 'published', 'archived']).optional(),
});

/** A post as the API returns it. */
export const postSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  body: z.string().nullable(),
  published: z.boolean(),
  status: z.enum(['draft', 'published', 'archived']),
  authorId: z.uuid(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

/** The `:id` path segment. */
export const postIdSchema = z.uuid();

/** What `GET /posts` accepts: the fields it filters (with their operators) and sorts on, search, page size. */
export const postListRules: ListRules = {
  fields: {
    id: { type: 'a UUID', value: z.uuid(), operators: ['eq', 'ne', 'in'], sortable: true },
    status: {
      type: 'one of draft, published, archived',
      value: z.enum(['draft', 'published', 'archived']),
      operators: ['eq', 'ne', 'in'],
      sortable: true,
    },
    authorId: { type: 'a UUID', value: z.uuid(), operators: ['eq', 'ne', 'in'], sortable: true },
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

export type CreatePostInput = z.output<typeof createPostSchema>;

export type UpdatePostInput = z.output<typeof updatePostSchema>;

export type Post = z.output<typeof postSchema>;

export type PostId = z.output<typeof postIdSchema>;

/** A post as the repository stores it: the client's input plus what the server assigns. */
export type NewPost = CreatePostInput & Pick<Post, 'authorId'>;
