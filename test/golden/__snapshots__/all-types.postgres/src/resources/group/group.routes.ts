import { Hono } from 'hono';
import type { AppDependencies } from '../../app.js';
import { HttpError } from '../../lib/errors.js';
import { parseOffsetListQuery } from '../../lib/list-query.js';
import { parseWith, readJson } from '../../lib/validation.js';
import { createGroupRepository } from './group.repository.js';
import {
  createGroupSchema,
  type GroupId,
  groupIdSchema,
  groupListRules,
  updateGroupSchema,
} from './group.schema.js';

const groupNotFound = () => new HttpError(404, 'not_found', 'Group not found');

/** An id that cannot exist is answered like a missing row: 404, not 400. */
function parseId(value: string): GroupId {
  const result = groupIdSchema.safeParse(value);
  if (!result.success) throw groupNotFound();
  return result.data;
}

/** CRUD routes for group records, mounted at /groups. */
export function createGroupRoutes(deps: AppDependencies) {
  const groups = createGroupRepository(deps.db);
  return new Hono()
    .get('/', async (c) => {
      const query = parseOffsetListQuery(c.req.queries(), groupListRules);
      return c.json(await groups.list(query));
    })
    .post('/', async (c) => {
      const input = parseWith(createGroupSchema, await readJson(c));
      const group = await groups.create(input);
      return c.json({ data: group }, 201);
    })
    .get('/:id', async (c) => {
      const id = parseId(c.req.param('id'));
      const group = await groups.findById(id);
      if (!group) throw groupNotFound();
      return c.json({ data: group });
    })
    .patch('/:id', async (c) => {
      const id = parseId(c.req.param('id'));
      const input = parseWith(updateGroupSchema, await readJson(c));
      const group = await groups.update(id, input);
      if (!group) throw groupNotFound();
      return c.json({ data: group });
    })
    .delete('/:id', async (c) => {
      const id = parseId(c.req.param('id'));
      if (!(await groups.delete(id))) throw groupNotFound();
      return c.body(null, 204);
    });
}
