import { Hono } from 'hono';
import type { AppDependencies } from '../../app.js';
import { HttpError } from '../../lib/errors.js';
import { parseOffsetListQuery } from '../../lib/list-query.js';
import { parseWith, readJson } from '../../lib/validation.js';
import { includeProfileRelations, parseProfileIncludes } from './profile.relations.js';
import { createProfileRepository } from './profile.repository.js';
import {
  createProfileSchema,
  type ProfileId,
  profileIdSchema,
  profileListRules,
  updateProfileSchema,
} from './profile.schema.js';

const profileNotFound = () => new HttpError(404, 'not_found', 'Profile not found');

/** An id that cannot exist is answered like a missing row: 404, not 400. */
function parseId(value: string): ProfileId {
  const result = profileIdSchema.safeParse(value);
  if (!result.success) throw profileNotFound();
  return result.data;
}

/** CRUD routes for profile records, mounted at /profiles. */
export function createProfileRoutes(deps: AppDependencies) {
  const profiles = createProfileRepository(deps.db);
  return new Hono()
    .get('/', async (c) => {
      const query = parseOffsetListQuery(c.req.queries(), profileListRules);
      const include = parseProfileIncludes(c.req.query('include'));
      const page = await profiles.list(query);
      return c.json({ ...page, data: await includeProfileRelations(deps.db, page.data, include) });
    })
    .post('/', async (c) => {
      const input = parseWith(createProfileSchema, await readJson(c));
      const profile = await profiles.create(input);
      return c.json({ data: profile }, 201);
    })
    .get('/:id', async (c) => {
      const id = parseId(c.req.param('id'));
      const include = parseProfileIncludes(c.req.query('include'));
      const profile = await profiles.findById(id);
      if (!profile) throw profileNotFound();
      const [included] = await includeProfileRelations(deps.db, [profile], include);
      return c.json({ data: included });
    })
    .patch('/:id', async (c) => {
      const id = parseId(c.req.param('id'));
      const input = parseWith(updateProfileSchema, await readJson(c));
      const profile = await profiles.update(id, input);
      if (!profile) throw profileNotFound();
      return c.json({ data: profile });
    })
    .delete('/:id', async (c) => {
      const id = parseId(c.req.param('id'));
      if (!(await profiles.delete(id))) throw profileNotFound();
      return c.body(null, 204);
    });
}
