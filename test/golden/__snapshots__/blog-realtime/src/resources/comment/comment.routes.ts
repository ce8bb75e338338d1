import { Hono } from 'hono';
import type { AppDependencies } from '../../app.js';
import { cachedPage, cachedRecord, notModified } from '../../features/cache/http-caching.js';
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
  const commentCache = deps.cache.collection('comments');
  return new Hono()
    .get('/', notModified(), async (c) => {
      const query = parseOffsetListQuery(c.req.queries(), commentListRules);
      return c.json(await cachedPage(c, commentCache, query, () => comments.list(query)));
    })
    .post('/', async (c) => {
      const input = parseWith(createCommentSchema, await readJson(c));
      const comment = await comments.create(input);
      await commentCache.invalidate(comment.id);
      deps.realtime.publish({ collection: 'comments', event: 'created', id: comment.id, data: comment });
      return c.json({ data: comment }, 201);
    })
    .get('/:id', notModified(), async (c) => {
      const id = parseId(c.req.param('id'));
      const comment = await cachedRecord(c, commentCache, id, () => comments.findById(id));
      if (!comment) throw commentNotFound();
      return c.json({ data: comment });
    })
    .patch('/:id', async (c) => {
      const id = parseId(c.req.param('id'));
      const input = parseWith(updateCommentSchema, await readJson(c));
      const comment = await comments.update(id, input);
      if (!comment) throw commentNotFound();
      await commentCache.invalidate(id);
      deps.realtime.publish({ collection: 'comments', event: 'updated', id, data: comment });
      return c.json({ data: comment });
    })
    .delete('/:id', async (c) => {
      const id = parseId(c.req.param('id'));
      if (!(await comments.delete(id))) throw commentNotFound();
      await commentCache.invalidate(id);
      deps.realtime.publish({ collection: 'comments', event: 'deleted', id, data: { id } });
      return c.body(null, 204);
    });
}
