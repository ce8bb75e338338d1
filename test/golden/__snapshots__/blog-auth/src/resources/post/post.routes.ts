import { Hono } from 'hono';
import type { AppDependencies } from '../../app.js';
import { type AuthEnv, createRequireAuth, currentUser } from '../../features/auth/require-auth.js';
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
  const requireAuth = createRequireAuth(deps);
  return new Hono<AuthEnv>()
    .get('/', async (c) => {
      const query = parseOffsetListQuery(c.req.queries(), postListRules);
      return c.json(await posts.list(query));
    })
    .post('/', requireAuth, async (c) => {
      const input = parseWith(createPostSchema, await readJson(c));
      const post = await posts.create({ ...input, authorId: currentUser(c).id });
      return c.json({ data: post }, 201);
    })
    .get('/:id', async (c) => {
      const id = parseId(c.req.param('id'));
      const post = await posts.findById(id);
      if (!post) throw postNotFound();
      return c.json({ data: post });
    })
    .patch('/:id', requireAuth, async (c) => {
      const id = parseId(c.req.param('id'));
      const input = parseWith(updatePostSchema, await readJson(c));
      const scope = { authorId: currentUser(c).id };
      const post = await posts.update(id, input, scope);
      if (!post) throw postNotFound();
      return c.json({ data: post });
    })
    .delete('/:id', requireAuth, async (c) => {
      const id = parseId(c.req.param('id'));
      const scope = { authorId: currentUser(c).id };
      if (!(await posts.delete(id, scope))) throw postNotFound();
      return c.body(null, 204);
    });
}
