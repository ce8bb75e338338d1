import { Hono } from 'hono';
import type { AppDependencies } from '../../app.js';
import { cachedPage, cachedRecord, notModified } from '../../features/cache/http-caching.js';
import { HttpError } from '../../lib/errors.js';
import { parseOffsetListQuery } from '../../lib/list-query.js';
import { parseWith, readJson } from '../../lib/validation.js';
import { createPostRepository } from './post.repository.js';
import {
  createPostSchema,
  type PostId,
  postIdSchema,
  postListRules,
  updatePostSchema,
} from './post.schema.js';

const postNotFound = () => new HttpError(404, 'not_found', 'Post not found');

/** An id that cannot exist is answered like a missing row: 404, not 400. */
function parseId(value: string): PostId {
  const result = postIdSchema.safeParse(value);
  if (!result.success) throw postNotFound();
  return result.data;
}

/** CRUD routes for post records, mounted at /posts. */
export function createPostRoutes(deps: AppDependencies) {
  const posts = createPostRepository(deps.db);
  const postCache = deps.cache.collection('posts');
  return new Hono()
    .get('/', notModified(), async (c) => {
      const query = parseOffsetListQuery(c.req.queries(), postListRules);
      return c.json(await cachedPage(c, postCache, query, () => posts.list(query)));
    })
    .post('/', async (c) => {
      const input = parseWith(createPostSchema, await readJson(c));
      const post = await posts.create(input);
      await postCache.invalidate(post.id);
      deps.realtime.publish({ collection: 'posts', event: 'created', id: post.id, data: post });
      return c.json({ data: post }, 201);
    })
    .get('/:id', notModified(), async (c) => {
      const id = parseId(c.req.param('id'));
      const post = await cachedRecord(c, postCache, id, () => posts.findById(id));
      if (!post) throw postNotFound();
      return c.json({ data: post });
    })
    .patch('/:id', async (c) => {
      const id = parseId(c.req.param('id'));
      const input = parseWith(updatePostSchema, await readJson(c));
      const post = await posts.update(id, input);
      if (!post) throw postNotFound();
      await postCache.invalidate(id);
      deps.realtime.publish({ collection: 'posts', event: 'updated', id, data: post });
      return c.json({ data: post });
    })
    .delete('/:id', async (c) => {
      const id = parseId(c.req.param('id'));
      if (!(await posts.delete(id))) throw postNotFound();
      await postCache.invalidate(id);
      deps.realtime.publish({ collection: 'posts', event: 'deleted', id, data: { id } });
      return c.body(null, 204);
    });
}
