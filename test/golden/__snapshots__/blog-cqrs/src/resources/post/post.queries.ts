import { z } from 'zod';
import { defineQuery } from '../../features/cqrs/query.js';
import { pageQuerySchema } from '../../lib/pagination.js';
import { createPostRepository } from './post.repository.js';
import { postIdSchema } from './post.schema.js';

/** One post by id; undefined when there is none. */
export const getPost = defineQuery({
  name: 'GetPost',
  schema: z.object({ id: postIdSchema }),
  handle: ({ id }, { db }) => createPostRepository(db).findById(id),
});

/** A page of posts, with the total. */
export const listPosts = defineQuery({
  name: 'ListPosts',
  schema: pageQuerySchema,
  handle: (query, { db }) => createPostRepository(db).list(query),
});
