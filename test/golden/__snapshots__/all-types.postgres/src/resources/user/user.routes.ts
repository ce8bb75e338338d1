import { Hono } from 'hono';
import type { AppDependencies } from '../../app.js';
import { HttpError } from '../../lib/errors.js';
import { parseOffsetListQuery } from '../../lib/list-query.js';
import { parseWith, readJson } from '../../lib/validation.js';
import { includeUserRelations, parseUserIncludes } from './user.relations.js';
import { createUserRepository } from './user.repository.js';
import {
  createUserSchema,
  updateUserSchema,
  type UserId,
  userIdSchema,
  userListRules,
} from './user.schema.js';

const userNotFound = () => new HttpError(404, 'not_found', 'User not found');

/** An id that cannot exist is answered like a missing row: 404, not 400. */
function parseId(value: string): UserId {
  const result = userIdSchema.safeParse(value);
  if (!result.success) throw userNotFound();
  return result.data;
}

/** CRUD routes for user records, mounted at /users. */
export function createUserRoutes(deps: AppDependencies) {
  const users = createUserRepository(deps.db);
  return new Hono()
    .get('/', async (c) => {
      const query = parseOffsetListQuery(c.req.queries(), userListRules);
      const include = parseUserIncludes(c.req.query('include'));
      const page = await users.list(query);
      return c.json({ ...page, data: await includeUserRelations(deps.db, page.data, include) });
    })
    .post('/', async (c) => {
      const input = parseWith(createUserSchema, await readJson(c));
      const user = await users.create(input);
      return c.json({ data: user }, 201);
    })
    .get('/:id', async (c) => {
      const id = parseId(c.req.param('id'));
      const include = parseUserIncludes(c.req.query('include'));
      const user = await users.findById(id);
      if (!user) throw userNotFound();
      const [included] = await includeUserRelations(deps.db, [user], include);
      return c.json({ data: included });
    })
    .patch('/:id', async (c) => {
      const id = parseId(c.req.param('id'));
      const input = parseWith(updateUserSchema, await readJson(c));
      const user = await users.update(id, input);
      if (!user) throw userNotFound();
      return c.json({ data: user });
    })
    .delete('/:id', async (c) => {
      const id = parseId(c.req.param('id'));
      if (!(await users.delete(id))) throw userNotFound();
      return c.body(null, 204);
    });
}
