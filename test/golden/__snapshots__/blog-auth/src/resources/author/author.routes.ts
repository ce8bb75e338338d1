import { Hono } from 'hono';
import type { AppDependencies } from '../../app.js';
import { requireRole } from '../../features/auth/permissions.js';
import { type AuthEnv, createRequireAuth } from '../../features/auth/require-auth.js';
import { HttpError } from '../../lib/errors.js';
import { parseOffsetListQuery } from '../../lib/list-query.js';
import { parseWith, readJson } from '../../lib/validation.js';
import { createAuthorRepository } from './author.repository.js';
import {
  type AuthorId,
  authorIdSchema,
  authorListRules,
  createAuthorSchema,
  updateAuthorSchema,
} from './author.schema.js';

const authorNotFound = () => new HttpError(404, 'not_found', 'Author not found');

/** An id that cannot exist is answered like a missing row: 404, not 400. */
function parseId(value: string): AuthorId {
  const result = authorIdSchema.safeParse(value);
  if (!result.success) throw authorNotFound();
  return result.data;
}

/** CRUD routes for author records, mounted at /authors. */
export function createAuthorRoutes(deps: AppDependencies) {
  const authors = createAuthorRepository(deps.db);
  const requireAuth = createRequireAuth(deps);
  return new Hono<AuthEnv>()
    .get('/', async (c) => {
      const query = parseOffsetListQuery(c.req.queries(), authorListRules);
      return c.json(await authors.list(query));
    })
    .post('/', requireAuth, requireRole('admin'), async (c) => {
      const input = parseWith(createAuthorSchema, await readJson(c));
      const author = await authors.create(input);
      return c.json({ data: author }, 201);
    })
    .get('/:id', async (c) => {
      const id = parseId(c.req.param('id'));
      const author = await authors.findById(id);
      if (!author) throw authorNotFound();
      return c.json({ data: author });
    })
    .patch('/:id', requireAuth, requireRole('admin'), async (c) => {
      const id = parseId(c.req.param('id'));
      const input = parseWith(updateAuthorSchema, await readJson(c));
      const author = await authors.update(id, input);
      if (!author) throw authorNotFound();
      return c.json({ data: author });
    })
    .delete('/:id', requireAuth, requireRole('admin'), async (c) => {
      const id = parseId(c.req.param('id'));
      if (!(await authors.delete(id))) throw authorNotFound();
      return c.body(null, 204);
    });
}
