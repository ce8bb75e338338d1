import { Hono } from 'hono';
import type { AppDependencies } from '../../app.js';
import { HttpError } from '../../lib/errors.js';
import { parseOffsetListQuery } from '../../lib/list-query.js';
import { parseWith, readJson } from '../../lib/validation.js';
import { postIdSchema } from '../post/post.schema.js';
import { includeTagRelations, linkTagPosts, parseTagIncludes, unlinkTagPosts } from './tag.relations.js';
import { createTagRepository } from './tag.repository.js';
import { createTagSchema, type TagId, tagIdSchema, tagListRules, updateTagSchema } from './tag.schema.js';

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
      const query = parseOffsetListQuery(c.req.queries(), tagListRules);
      const include = parseTagIncludes(c.req.query('include'));
      const page = await tags.list(query);
      return c.json({ ...page, data: await includeTagRelations(deps.db, page.data, include) });
    })
    .post('/', async (c) => {
      const input = parseWith(createTagSchema, await readJson(c));
      const tag = await tags.create(input);
      return c.json({ data: tag }, 201);
    })
    .get('/:id', async (c) => {
      const id = parseId(c.req.param('id'));
      const include = parseTagIncludes(c.req.query('include'));
      const tag = await tags.findById(id);
      if (!tag) throw tagNotFound();
      const [included] = await includeTagRelations(deps.db, [tag], include);
      return c.json({ data: included });
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
    })
    .put('/:id/posts/:postId', async (c) => {
      const id = parseId(c.req.param('id'));
      const postId = postIdSchema.safeParse(c.req.param('postId'));
      if (!postId.success) throw new HttpError(404, 'not_found', 'Post not found');
      if (!(await tags.findById(id))) throw tagNotFound();
      await linkTagPosts(deps.db, id, postId.data);
      return c.body(null, 204);
    })
    .delete('/:id/posts/:postId', async (c) => {
      const id = parseId(c.req.param('id'));
      const postId = postIdSchema.safeParse(c.req.param('postId'));
      if (!postId.success) throw new HttpError(404, 'not_found', 'Post not found');
      if (!(await tags.findById(id))) throw tagNotFound();
      if (!(await unlinkTagPosts(deps.db, id, postId.data)))
        throw new HttpError(404, 'not_found', 'Post is not linked');
      return c.body(null, 204);
    });
}
