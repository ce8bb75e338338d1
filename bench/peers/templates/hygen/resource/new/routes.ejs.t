---
to: src/resources/<%= name %>/<%= name %>.routes.ts
---
import { Hono } from 'hono';
import type { AppDependencies } from '../../app.js';
import { HttpError } from '../../lib/errors.js';
import { create<%= Name %>Repository } from './<%= name %>.repository.js';
import { create<%= Name %>Schema, update<%= Name %>Schema } from './<%= name %>.schema.js';

const notFound = () => new HttpError(404, 'not_found', '<%= Name %> not found');

/** CRUD routes for <%= name %> records, mounted at /<%= names %>. */
export function create<%= Name %>Routes(deps: AppDependencies) {
  const <%= names %> = create<%= Name %>Repository(deps.db);
  return new Hono()
    .get('/', async (c) => c.json({ data: await <%= names %>.list(Number(c.req.query('limit') ?? 20), Number(c.req.query('offset') ?? 0)) }))
    .post('/', async (c) => c.json({ data: await <%= names %>.create(create<%= Name %>Schema.parse(await c.req.json())) }, 201))
    .get('/:id', async (c) => {
      const <%= name %> = await <%= names %>.findById(c.req.param('id'));
      if (!<%= name %>) throw notFound();
      return c.json({ data: <%= name %> });
    })
    .patch('/:id', async (c) => {
      const <%= name %> = await <%= names %>.update(c.req.param('id'), update<%= Name %>Schema.parse(await c.req.json()));
      if (!<%= name %>) throw notFound();
      return c.json({ data: <%= name %> });
    })
    .delete('/:id', async (c) => {
      if (!(await <%= names %>.delete(c.req.param('id')))) throw notFound();
      return c.body(null, 204);
    });
}
