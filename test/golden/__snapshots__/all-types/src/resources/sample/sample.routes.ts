import { Hono } from 'hono';
import type { AppDependencies } from '../../app.js';
import { HttpError } from '../../lib/errors.js';
import { parseCursorListQuery } from '../../lib/list-query.js';
import { parseWith, readJson } from '../../lib/validation.js';
import { createSampleRepository } from './sample.repository.js';
import {
  createSampleSchema,
  type SampleId,
  sampleIdSchema,
  sampleListRules,
  updateSampleSchema,
} from './sample.schema.js';

const sampleNotFound = () => new HttpError(404, 'not_found', 'Sample not found');

/** An id that cannot exist is answered like a missing row: 404, not 400. */
function parseId(value: string): SampleId {
  const result = sampleIdSchema.safeParse(value);
  if (!result.success) throw sampleNotFound();
  return result.data;
}

/** CRUD routes for sample records, mounted at /samples. */
export function createSampleRoutes(deps: AppDependencies) {
  const samples = createSampleRepository(deps.db);
  return new Hono()
    .get('/', async (c) => {
      const query = parseCursorListQuery(c.req.queries(), sampleListRules);
      return c.json(await samples.list(query));
    })
    .post('/', async (c) => {
      const input = parseWith(createSampleSchema, await readJson(c));
      const sample = await samples.create(input);
      return c.json({ data: sample }, 201);
    })
    .get('/:id', async (c) => {
      const id = parseId(c.req.param('id'));
      const sample = await samples.findById(id);
      if (!sample) throw sampleNotFound();
      return c.json({ data: sample });
    })
    .patch('/:id', async (c) => {
      const id = parseId(c.req.param('id'));
      const input = parseWith(updateSampleSchema, await readJson(c));
      const sample = await samples.update(id, input);
      if (!sample) throw sampleNotFound();
      return c.json({ data: sample });
    })
    .delete('/:id', async (c) => {
      const id = parseId(c.req.param('id'));
      if (!(await samples.delete(id))) throw sampleNotFound();
      return c.body(null, 204);
    });
}
