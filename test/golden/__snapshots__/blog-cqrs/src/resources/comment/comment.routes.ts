import { Hono } from 'hono';
import type { AppDependencies } from '../../app.js';
import { createCommandBus } from '../../features/cqrs/command-bus.js';
import { commandMetadata } from '../../features/cqrs/command-metadata.js';
import { createQueryBus } from '../../features/cqrs/query-bus.js';
import { HttpError } from '../../lib/errors.js';
import { parseOffsetListQuery } from '../../lib/list-query.js';
import { parseWith, readJson } from '../../lib/validation.js';
import { createComment, deleteComment, updateComment } from './comment.commands.js';
import { getComment, listComments } from './comment.queries.js';
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
  const commands = createCommandBus(deps);
  const queries = createQueryBus(deps);
  return new Hono()
    .get('/', async (c) => {
      const query = parseOffsetListQuery(c.req.queries(), commentListRules);
      return c.json(await queries.execute(listComments, query));
    })
    .post('/', async (c) => {
      const input = parseWith(createCommentSchema, await readJson(c));
      const comment = await commands.execute(createComment, input, commandMetadata(c));
      return c.json({ data: comment }, 201);
    })
    .get('/:id', async (c) => {
      const id = parseId(c.req.param('id'));
      const comment = await queries.execute(getComment, { id });
      if (!comment) throw commentNotFound();
      return c.json({ data: comment });
    })
    .patch('/:id', async (c) => {
      const id = parseId(c.req.param('id'));
      const input = parseWith(updateCommentSchema, await readJson(c));
      const comment = await commands.execute(updateComment, { id, ...input }, commandMetadata(c));
      if (!comment) throw commentNotFound();
      return c.json({ data: comment });
    })
    .delete('/:id', async (c) => {
      const id = parseId(c.req.param('id'));
      if (!(await commands.execute(deleteComment, { id }, commandMetadata(c)))) throw commentNotFound();
      return c.body(null, 204);
    });
}
