import * as z from 'zod';
import type { ListRules } from '../../lib/list-query.js';

/** What a client sends to create a comment; unknown keys are rejected. */
export const createCommentSchema = z.strictObject({
  postId: z.uuid(),
  authorName: z.string().max(80),
  body: z.string().min(1).max(5000),
});

/** What a client sends to change some fields; absent fields stay as they are. */
export const updateCommentSchema = z.strictObject({
  postId: z.uuid().optional(),
  authorName: z.string().max(80).optional(),
  body: z.string().min(1).max(5000).optional(),
});

/** A comment as the API returns it. */
export const commentSchema = z.object({
  id: z.uuid(),
  postId: z.uuid(),
  authorName: z.string(),
  body: z.string(),
  userId: z.uuid(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

/** The `:id` path segment. */
export const commentIdSchema = z.uuid();

/** What `GET /comments` accepts: the fields it filters (with their operators) and sorts on, search, page size. */
export const commentListRules: ListRules = {
  fields: {
    id: { type: 'a UUID', value: z.uuid(), operators: ['eq', 'ne', 'in'], sortable: true },
    postId: { type: 'a UUID', value: z.uuid(), operators: ['eq', 'ne', 'in'], sortable: true },
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

export type CreateCommentInput = z.output<typeof createCommentSchema>;

export type UpdateCommentInput = z.output<typeof updateCommentSchema>;

export type Comment = z.output<typeof commentSchema>;

export type CommentId = z.output<typeof commentIdSchema>;

/** A comment as the repository stores it: the client's input plus what the server assigns. */
export type NewComment = CreateCommentInput & Pick<Comment, 'userId'>;
