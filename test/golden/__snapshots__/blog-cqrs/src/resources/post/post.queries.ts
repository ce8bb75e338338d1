import * as z from 'zod';
import { defineQuery } from '../../features/cqrs/query.js';
import type { OffsetListQuery } from '../../lib/list-query.js';
import { createPostRepository } from './post.repository.js';
import { postIdSchema } from './post.schema.js';

/** One post by id; undefined when there is none. */
export const getPost = defineQuery({
  name: 'GetPost',
  schema: z.object({ id: postIdSchema }),
  handle: ({ id }, { db }) => createPostRepository(db).findById(id),
});

/**
 * A page of posts. Its input is already checked against the model's list rules where it was
 * parsed from the URL (filters, sort and page all depend on them), so the schema only carries its type.
 */
export const listPosts = defineQuery({
  name: 'ListPosts',
  schema: z.custom<OffsetListQuery>(),
  handle: (query, { db }) => createPostRepository(db).list(query),
});
