import { z } from 'zod';

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
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

/** The `:id` path segment. */
export const commentIdSchema = z.uuid();

export type CreateCommentInput = z.output<typeof createCommentSchema>;

export type UpdateCommentInput = z.output<typeof updateCommentSchema>;

export type Comment = z.output<typeof commentSchema>;

export type CommentId = z.output<typeof commentIdSchema>;
