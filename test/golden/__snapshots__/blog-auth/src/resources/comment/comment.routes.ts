import { Hono } from 'hono';
import type { AppDependencies } from '../../app.js';
import { requireRole } from '../../features/auth/permissions.js';
import { type AuthEnv, createRequireAuth, currentUser } from '../../features/auth/require-auth.js';
import { HttpError } from '../../lib/errors.js';
import { parseOffsetListQuery } from '../../lib/list-query.js';
import { parseWith, readJson } from '../../lib/validation.js';
import { createCommentRepository } from './comment.repository.js';
import {
  type CommentId,
  commentIdSchema,
  commentListRules,
  createCommentSchema,
  updateCommentSchema,
} from './comment.schema.js';

const commentNotFound = () => new HttpError(404, 'not_found', 'Comment not found');

/** An id that cannot exist is answered like a missing row: 404, not 400. */
function parseId(value: string): CommentId {
  const result = commentIdSchema.safeParse(value);
  if (!result.success) throw commentNotFound();
  return result.data;
}

/** CRUD routes for comment records, mounted at /comments. */
export function createCommentRoutes(deps: AppDependencies) {
  const comments = createCommentRepository(deps.db);
  const requireAuth = createRequireAuth(deps);
  return new Hono<AuthEnv>()
    .get('/', requireAuth, async (c) => {
      const query = parseOffsetListQuery(c.req.queries(), commentListRules);
      const scope = { userId: currentUser(c).id };
      return c.json(await comments.list(query, scope));
    })
    .post('/', requireAuth, async (c) => {
      const input = parseWith(createCommentSchema, await readJson(c));
      const comment = await comments.create({ ...input, userId: currentUser(c).id });
      return c.json({ data: comment }, 201);
    })
    .get('/:id', requireAuth, async (c) => {
      const id = parseId(c.req.param('id'));
      const scope = { userId: currentUser(c).id };
      const comment = await comments.findById(id, scope);
      if (!comment) throw commentNotFound();
      return c.json({ data: comment });
    })
    .patch('/:id', requireAuth, async (c) => {
      const id = parseId(c.req.param('id'));
      const input = parseWith(updateCommentSchema, await readJson(c));
      const scope = { userId: currentUser(c).id };
      const comment = await comments.update(id, input, scope);
      if (!comment) throw commentNotFound();
      return c.json({ data: comment });
    })
    .delete('/:id', requireAuth, requireRole('admin'), async (c) => {
      const id = parseId(c.req.param('id'));
      if (!(await comments.delete(id))) throw commentNotFound();
      return c.body(null, 204);
    });
}
