import * as z from 'zod';
import { defineQuery } from '../../features/cqrs/query.js';
import type { OffsetListQuery } from '../../lib/list-query.js';
import { createCommentRepository } from './comment.repository.js';
import { commentIdSchema } from './comment.schema.js';

/** One comment by id; undefined when there is none. */
export const getComment = defineQuery({
  name: 'GetComment',
  schema: z.object({ id: commentIdSchema }),
  handle: ({ id }, { db }) => createCommentRepository(db).findById(id),
});

/**
 * A page of comments. Its input is already checked against the model's list rules where it was
 * parsed from the URL (filters, sort and page all depend on them), so the schema only carries its type.
 */
export const listComments = defineQuery({
  name: 'ListComments',
  schema: z.custom<OffsetListQuery>(),
  handle: (query, { db }) => createCommentRepository(db).list(query),
});
