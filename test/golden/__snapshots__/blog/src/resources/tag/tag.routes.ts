import { Hono } from 'hono';
import type { AppDependencies } from '../../app.js';
import { HttpError } from '../../lib/errors.js';
import { pageQuerySchema } from '../../lib/pagination.js';
import { parseWith, readJson } from '../../lib/validation.js';
import { createTagRepository } from './tag.repository.js';
import { createTagSchema, type TagId, tagIdSchema, updateTagSchema } from './tag.schema.js';

const tagNotFound = () => new HttpError(404, 'not_found', 'Tag not found');

/** An id that cannot exist is answered like a missing row: 404, not 400. */
function parseId(value: string): TagId {
  const result = tagIdSchema.safeParse(value);
  if (!result.success) throw tagNotFound();
  return result.data;
}

/** CRUD routes for tag records, mounted at /tags. */
export function createTagRoutes(deps: AppDependencies) {
  const tags = createTagRepository(deps.db);
  return new Hono()
    .get('/', async (c) => {
      const query = parseWith(pageQuerySchema, c.req.query());
      return c.json(await tags.list(query));
    })
    .post('/', async (c) => {
      const input = parseWith(createTagSchema, await readJson(c));
      const tag = await tags.create(input);
      return c.json({ data: tag }, 201);
    })
    .get('/:id', async (c) => {
      const id = parseId(c.req.param('id'));
      const tag = await tags.findById(id);
      if (!tag) throw tagNotFound();
      return c.json({ data: tag });
    })
    .patch('/:id', async (c) => {
      const id = parseId(c.req.param('id'));
      const input = parseWith(updateTagSchema, await readJson(c));
      const tag = await tags.update(id, input);
      if (!tag) throw tagNotFound();
      return c.json({ data: tag });
    })
    .delete('/:id', async (c) => {
      const id = parseId(c.req.param('id'));
      if (!(await tags.delete(id))) throw tagNotFound();
      return c.body(null, 204);
    });
}
