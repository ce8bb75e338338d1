import { z } from 'zod';
import { defineQuery } from '../../features/cqrs/query.js';
import { pageQuerySchema } from '../../lib/pagination.js';
import { createCommentRepository } from './comment.repository.js';
import { commentIdSchema } from './comment.schema.js';

/** One comment by id; undefined when there is none. */
export const getComment = defineQuery({
  name: 'GetComment',
  schema: z.object({ id: commentIdSchema }),
  handle: ({ id }, { db }) => createCommentRepository(db).findById(id),
});

/** A page of comments, with the total. */
export const listComments = defineQuery({
  name: 'ListComments',
  schema: pageQuerySchema,
  handle: (query, { db }) => createCommentRepository(db).list(query),
});
