import { Hono } from 'hono';
import type { AppDependencies } from '../../app.js';
import { createCommandBus } from '../../features/cqrs/command-bus.js';
import { commandMetadata } from '../../features/cqrs/command-metadata.js';
import { createQueryBus } from '../../features/cqrs/query-bus.js';
import { HttpError } from '../../lib/errors.js';
import { parseOffsetListQuery } from '../../lib/list-query.js';
import { parseWith, readJson } from '../../lib/validation.js';
import { postIdSchema } from '../post/post.schema.js';
import { createTag, deleteTag, updateTag } from './tag.commands.js';
import { getTag, listTags } from './tag.queries.js';
import { includeTagRelations, parseTagIncludes } from './tag.relations.js';
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
  const commands = createCommandBus(deps);
  const queries = createQueryBus(deps);
  return new Hono()
    .get('/', async (c) => {
      const query = parseOffsetListQuery(c.req.queries(), tagListRules);
      const include = parseTagIncludes(c.req.query('include'));
      const page = await queries.execute(listTags, query);
      return c.json({ ...page, data: await includeTagRelations(deps.db, page.data, include) });
    })
    .post('/', async (c) => {
      const input = parseWith(createTagSchema, await readJson(c));
      const tag = await commands.execute(createTag, input, commandMetadata(c));
      return c.json({ data: tag }, 201);
    })
    .get('/:id', async (c) => {
      const id = parseId(c.req.param('id'));
      const include = parseTagIncludes(c.req.query('include'));
      const tag = await queries.execute(getTag, { id });
      if (!tag) throw tagNotFound();
      const [included] = await includeTagRelations(deps.db, [tag], include);
      return c.json({ data: included });
    })
    .patch('/:id', async (c) => {
      const id = parseId(c.req.param('id'));
      const input = parseWith(updateTagSchema, await readJson(c));
      const tag = await commands.execute(updateTag, { id, ...input }, commandMetadata(c));
      if (!tag) throw tagNotFound();
      return c.json({ data: tag });
    })
    .delete('/:id', async (c) => {
      const id = parseId(c.req.param('id'));
      if (!(await commands.execute(deleteTag, { id }, commandMetadata(c)))) throw tagNotFound();
      return c.body(null, 204);
    })
    .put('/:id/posts/:postId', async (c) => {
      const id = parseId(c.req.param('id'));
      const postId = postIdSchema.safeParse(c.req.param('postId'));
      if (!postId.success) throw new HttpError(404, 'not_found', 'Post not found');
      if (!(await tags.findById(id))) throw tagNotFound();
      await tags.linkPosts(id, postId.data);
      return c.body(null, 204);
    })
    .delete('/:id/posts/:postId', async (c) => {
      const id = parseId(c.req.param('id'));
      const postId = postIdSchema.safeParse(c.req.param('postId'));
      if (!postId.success) throw new HttpError(404, 'not_found', 'Post not found');
      if (!(await tags.findById(id))) throw tagNotFound();
      if (!(await tags.unlinkPosts(id, postId.data)))
        throw new HttpError(404, 'not_found', 'Post is not linked');
      return c.body(null, 204);
    });
}
