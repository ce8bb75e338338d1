import { Hono } from 'hono';
import type { AppDependencies } from '../../app.js';
import { createCommandBus } from '../../features/cqrs/command-bus.js';
import { commandMetadata } from '../../features/cqrs/command-metadata.js';
import { createQueryBus } from '../../features/cqrs/query-bus.js';
import { readAsOf } from '../../features/event-sourcing/as-of.js';
import { HttpError } from '../../lib/errors.js';
import { parseOffsetListQuery } from '../../lib/list-query.js';
import { parseWith, readJson } from '../../lib/validation.js';
import { createPost, deletePost, publishPost, publishPostSchema, updatePost } from './post.commands.js';
import { getPostAsOf, getPostHistory } from './post.history.js';
import { getPost, listPosts } from './post.queries.js';
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
  const commands = createCommandBus(deps);
  const queries = createQueryBus(deps);
  return new Hono()
    .get('/', async (c) => {
      const query = parseOffsetListQuery(c.req.queries(), postListRules);
      return c.json(await queries.execute(listPosts, query));
    })
    .post('/', async (c) => {
      const input = parseWith(createPostSchema, await readJson(c));
      const post = await commands.execute(createPost, input, commandMetadata(c));
      return c.json({ data: post }, 201);
    })
    .get('/:id', async (c) => {
      const id = parseId(c.req.param('id'));
      const post = await readAsOf(
        c,
        () => queries.execute(getPost, { id }),
        (asOf) => queries.execute(getPostAsOf, { id, asOf }),
      );
      if (!post) throw postNotFound();
      return c.json({ data: post });
    })
    .patch('/:id', async (c) => {
      const id = parseId(c.req.param('id'));
      const input = parseWith(updatePostSchema, await readJson(c));
      const post = await commands.execute(updatePost, { id, ...input }, commandMetadata(c));
      if (!post) throw postNotFound();
      return c.json({ data: post });
    })
    .delete('/:id', async (c) => {
      const id = parseId(c.req.param('id'));
      if (!(await commands.execute(deletePost, { id }, commandMetadata(c)))) throw postNotFound();
      return c.body(null, 204);
    })
    .post('/:id/publish', async (c) => {
      const id = parseId(c.req.param('id'));
      const input = parseWith(publishPostSchema, await readJson(c));
      const post = await commands.execute(publishPost, { id, ...input }, commandMetadata(c));
      if (!post) throw postNotFound();
      return c.json({ data: post });
    })
    .get('/:id/history', async (c) => {
      const id = parseId(c.req.param('id'));
      const events = await queries.execute(getPostHistory, { id });
      if (events.length === 0) throw postNotFound();
      return c.json({ data: events });
    });
}
