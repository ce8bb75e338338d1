import { Hono } from 'hono';
import type { AppDependencies } from '../../app.js';
import { createCommandBus } from '../../features/cqrs/command-bus.js';
import { commandMetadata } from '../../features/cqrs/command-metadata.js';
import { createQueryBus } from '../../features/cqrs/query-bus.js';
import { HttpError } from '../../lib/errors.js';
import { parseOffsetListQuery } from '../../lib/list-query.js';
import { parseWith, readJson } from '../../lib/validation.js';
import { createAuthor, deleteAuthor, updateAuthor } from './author.commands.js';
import { getAuthor, listAuthors } from './author.queries.js';
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
  const commands = createCommandBus(deps);
  const queries = createQueryBus(deps);
  return new Hono()
    .get('/', async (c) => {
      const query = parseOffsetListQuery(c.req.queries(), authorListRules);
      return c.json(await queries.execute(listAuthors, query));
    })
    .post('/', async (c) => {
      const input = parseWith(createAuthorSchema, await readJson(c));
      const author = await commands.execute(createAuthor, input, commandMetadata(c));
      return c.json({ data: author }, 201);
    })
    .get('/:id', async (c) => {
      const id = parseId(c.req.param('id'));
      const author = await queries.execute(getAuthor, { id });
      if (!author) throw authorNotFound();
      return c.json({ data: author });
    })
    .patch('/:id', async (c) => {
      const id = parseId(c.req.param('id'));
      const input = parseWith(updateAuthorSchema, await readJson(c));
      const author = await commands.execute(updateAuthor, { id, ...input }, commandMetadata(c));
      if (!author) throw authorNotFound();
      return c.json({ data: author });
    })
    .delete('/:id', async (c) => {
      const id = parseId(c.req.param('id'));
      if (!(await commands.execute(deleteAuthor, { id }, commandMetadata(c)))) throw authorNotFound();
      return c.body(null, 204);
    });
}
