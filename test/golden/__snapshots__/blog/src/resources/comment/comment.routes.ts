import { Hono } from 'hono';
import type { AppDependencies } from '../../app.js';
import { HttpError } from '../../lib/errors.js';
import { parseCursorListQuery } from '../../lib/list-query.js';
import { parseWith, readJson } from '../../lib/validation.js';
import { includeCommentRelations, parseCommentIncludes } from './comment.relations.js';
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
  return new Hono()
    .get('/', async (c) => {
      const query = parseCursorListQuery(c.req.queries(), commentListRules);
      const include = parseCommentIncludes(c.req.query('include'));
      const page = await comments.list(query);
      return c.json({ ...page, data: await includeCommentRelations(deps.db, page.data, include) });
    })
    .post('/', async (c) => {
      const input = parseWith(createCommentSchema, await readJson(c));
      const comment = await comments.create(input);
      return c.json({ data: comment }, 201);
    })
    .get('/:id', async (c) => {
      const id = parseId(c.req.param('id'));
      const include = parseCommentIncludes(c.req.query('include'));
      const comment = await comments.findById(id);
      if (!comment) throw commentNotFound();
      const [included] = await includeCommentRelations(deps.db, [comment], include);
      return c.json({ data: included });
    })
    .patch('/:id', async (c) => {
      const id = parseId(c.req.param('id'));
      const input = parseWith(updateCommentSchema, await readJson(c));
      const comment = await comments.update(id, input);
      if (!comment) throw commentNotFound();
      return c.json({ data: comment });
    })
    .delete('/:id', async (c) => {
      const id = parseId(c.req.param('id'));
      if (!(await comments.delete(id))) throw commentNotFound();
      return c.body(null, 204);
    });
}
