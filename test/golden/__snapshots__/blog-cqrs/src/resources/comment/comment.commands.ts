import * as z from 'zod';
import { defineCommand } from '../../features/cqrs/command.js';
import { commentCreated, commentDeleted, commentUpdated } from './comment.events.js';
import { createCommentRepository } from './comment.repository.js';
import { commentIdSchema, createCommentSchema, updateCommentSchema } from './comment.schema.js';

/** Creates a comment; emits CommentCreated. */
export const createComment = defineCommand({
  name: 'CreateComment',
  schema: createCommentSchema,
  async handle(input, context) {
    const comment = await createCommentRepository(context.db).create(input);
    context.emit(commentCreated(comment));
    return comment;
  },
});

/** Changes some fields of a comment; emits CommentUpdated. Undefined when there is no such comment. */
export const updateComment = defineCommand({
  name: 'UpdateComment',
  schema: updateCommentSchema.extend({ id: commentIdSchema }),
  async handle({ id, ...changes }, context) {
    const comment = await createCommentRepository(context.db).update(id, changes);
    if (comment) context.emit(commentUpdated(id, { ...changes, updatedAt: comment.updatedAt }));
    return comment;
  },
});

/** Deletes a comment; emits CommentDeleted. False when there was no such comment. */
export const deleteComment = defineCommand({
  name: 'DeleteComment',
  schema: z.object({ id: commentIdSchema }),
  async handle({ id }, context) {
    const deleted = await createCommentRepository(context.db).delete(id);
    if (deleted) context.emit(commentDeleted(id));
    return deleted;
  },
});
