import { Validator } from '@seriousme/openapi-schema-validator';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateInMemory } from '../../src/testing.js';

const specsDir = join(import.meta.dirname, '../../fixtures/specs');
const fixtures = readdirSync(specsDir)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => ({ name: basename(file, '.json'), spec: JSON.parse(readFileSync(join(specsDir, file), 'utf8')) as object }));

interface Document {
  paths: Record<string, Record<string, { operationId: string; security?: unknown; responses: Record<string, unknown>; parameters?: { name: string }[] }>>;
  components: { schemas: Record<string, unknown>; securitySchemes?: Record<string, unknown> };
}

const documentOf = async (spec: object) => JSON.parse((await generateInMemory(spec)).files['openapi.json'] ?? '{}') as Document;

describe('openapi generator', () => {
  it.each(fixtures)('writes an OpenAPI 3.1 document for $name that an independent validator accepts', async ({ spec }) => {
    const { files } = await generateInMemory(spec);
    const validator = new Validator();
    const result = await validator.validate(JSON.parse(files['openapi.json'] ?? '{}') as Parameters<Validator['validate']>[0]);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    // openapi.json is the one copy: the module the app serves imports it.
    expect(files['src/openapi/openapi-document.ts']).toContain("import document from '../../openapi.json' with { type: 'json' };");
    expect(files['src/app.ts']).toContain("app.route('/', createOpenApiRoutes(deps));");
  });

  it('documents every route of a model, its list parameters and its error responses', async () => {
    const { paths, components } = await documentOf(fixtures.find((fixture) => fixture.name === 'blog')!.spec);
    expect(Object.keys(paths)).toEqual([
      '/health',
      '/openapi.json',
      '/docs',
      '/authors',
      '/authors/{id}',
      '/authors/{id}/posts',
      '/posts',
      '/posts/{id}',
      '/posts/{id}/comments',
      '/posts/{id}/tags/{tagId}',
      '/comments',
      '/comments/{id}',
      '/tags',
      '/tags/{id}',
      '/tags/{id}/posts/{postId}',
    ]);
    expect(Object.keys(paths['/posts/{id}'] ?? {})).toEqual(['get', 'patch', 'delete']);
    const list = paths['/posts']?.get;
    expect(list?.parameters?.map((parameter) => parameter.name)).toEqual(expect.arrayContaining(['limit', 'offset', 'sort', 'q', 'filter[status][in]', 'filter[createdAt][gte]']));
    expect(paths['/comments']?.get?.parameters?.map((parameter) => parameter.name)).toContain('after');
    expect(paths['/authors']?.post?.responses).toHaveProperty('409');
    expect(Object.keys(components.schemas)).toEqual(expect.arrayContaining(['Post', 'CreatePost', 'UpdatePost', 'PostPage', 'CommentPage', 'Error']));
    expect(components.securitySchemes).toBeUndefined();
  });

  it('documents the routes relations add: nested pages, link and unlink, and the 409 of a restricted delete', async () => {
    const { paths, components } = await documentOf(fixtures.find((fixture) => fixture.name === 'blog')!.spec);
    const nested = paths['/posts/{id}/comments']?.get;
    expect(nested).toMatchObject({ operationId: 'listPostComments', responses: { 200: { content: { 'application/json': { schema: { $ref: '#/components/schemas/CommentOffsetPage' } } } } } });
    expect(nested?.parameters?.map((parameter) => parameter.name)).toEqual(['id', 'limit', 'offset']);
    expect(Object.keys(nested?.responses ?? {})).toEqual(['200', '400', '404']);
    expect(components.schemas).toHaveProperty('CommentOffsetPage');
    expect(paths['/authors/{id}/posts']?.get?.responses[200]).toEqual(expect.objectContaining({ content: { 'application/json': { schema: { $ref: '#/components/schemas/PostPage' } } } }));
    const link = paths['/posts/{id}/tags/{tagId}'];
    expect(link?.put).toMatchObject({ operationId: 'linkPostTags', parameters: [{ name: 'id', in: 'path' }, { name: 'tagId', in: 'path', schema: { type: 'string', format: 'uuid' } }] });
    expect(Object.keys(link?.put?.responses ?? {})).toEqual(['204', '400', '404']);
    expect(link?.delete).toMatchObject({ operationId: 'unlinkPostTags' });
    expect(Object.keys(link?.delete?.responses ?? {})).toEqual(['204', '404']);
    expect(paths['/tags/{id}/posts/{postId}']?.put?.operationId).toBe('linkTagPosts');
    // Posts point to authors with onDelete restrict; comments cascade with their post, and nothing restricts them.
    expect(paths['/authors/{id}']?.delete?.responses).toHaveProperty('409');
    expect(paths['/posts/{id}']?.delete?.responses).not.toHaveProperty('409');
  });

  it('documents ?include= on list and get from the include plan: accepted paths, the example, the records with relations', async () => {
    const { paths, components } = await documentOf(fixtures.find((fixture) => fixture.name === 'blog')!.spec);
    const includeOf = (operation?: { parameters?: { name: string }[] }) => operation?.parameters?.find((parameter) => parameter.name === 'include') as
      | { description: string; schema: { pattern: string }; example: string }
      | undefined;
    const include = includeOf(paths['/posts']?.get);
    expect(include?.description).toContain('Accepted: author, author.posts, comments, comments.post, comments.author, tags, tags.posts.');
    expect(include?.example).toBe('author.posts,comments.post,comments.author,tags.posts');
    const pattern = new RegExp(include?.schema.pattern ?? '');
    expect(['author', 'comments.author,tags', include?.example].every((value) => pattern.test(value ?? ''))).toBe(true);
    expect(['nope', 'comments.nope', 'author.posts.author', 'author,'].some((value) => pattern.test(value))).toBe(false);
    expect(includeOf(paths['/posts/{id}']?.get)).toEqual(include);
    expect(includeOf(paths['/comments']?.get)?.example).toBe('post,author');
    expect(includeOf(paths['/posts']?.post)).toBeUndefined();
    expect(components.schemas.PostWithRelations).toMatchObject({ properties: { comments: { items: { $ref: '#/components/schemas/CommentWithRelations' } } } });
    expect(components.schemas.CommentWithRelations).toMatchObject({ properties: { post: { anyOf: [{ $ref: '#/components/schemas/Post' }, { type: 'null' }] } } });
  });

  it('documents a 403 on routes that could include a relation whose records are not public', async () => {
    const blog = fixtures.find((fixture) => fixture.name === 'blog')!.spec as { models: Record<string, object> };
    const spec = { ...blog, models: { ...blog.models, Author: { ...blog.models.Author, access: { list: 'role:admin' } } }, features: { 'jwt-auth': {} } };
    const { paths } = await documentOf(spec);
    const include = paths['/posts']?.get?.parameters?.find((parameter) => parameter.name === 'include') as { description: string } | undefined;
    expect(include?.description).toContain('Refused with 403 (their records are not public): author, comments.author.');
    expect(paths['/posts/{id}']?.get?.responses).toHaveProperty('403');
    expect(paths['/tags/{id}']?.get?.responses).not.toHaveProperty('403');
  });

  it('documents the routes a feature adds to a resource (cqrs commands), guarded like the action they stand for', async () => {
    const blogAuth = fixtures.find((fixture) => fixture.name === 'blog-auth')!.spec as { features: object };
    const spec = { ...blogAuth, features: { ...blogAuth.features, cqrs: { models: ['Author'], commands: { Author: { rename: { fields: ['name'] } } } } } };
    const { files } = await generateInMemory(spec);
    const document = JSON.parse(files['openapi.json'] ?? '{}') as Document;
    expect(document.paths['/authors/{id}/rename']?.post).toMatchObject({
      operationId: 'renameAuthor',
      security: [{ bearerAuth: [] }],
      requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/RenameAuthor' }, example: { name: expect.any(String) } } } },
      responses: { 200: { content: { 'application/json': { schema: { properties: { data: { $ref: '#/components/schemas/Author' } } } } } } },
    });
    expect(document.components.schemas.RenameAuthor).toMatchObject({ type: 'object', properties: { name: { type: 'string', maxLength: 100 } }, required: ['name'], additionalProperties: false });
    expect(files['src/openapi/openapi.test.ts']).toContain("['RenameAuthor', renameAuthorSchema, 'input'],");
    expect(document.paths['/authors/{id}/rename']?.post?.responses).toHaveProperty('403');
    expect((await new Validator().validate(document as unknown as Parameters<Validator['validate']>[0])).valid).toBe(true);
  });

  it('with event sourcing: ?asOf= on a record, its history, and the 409 of a write another command beat', async () => {
    const { paths, components } = await documentOf(fixtures.find((fixture) => fixture.name === 'blog-cqrs')!.spec);
    const get = paths['/posts/{id}']?.get;
    expect(get?.parameters?.find((parameter) => parameter.name === 'asOf')).toMatchObject({ in: 'query', schema: { type: 'string', format: 'date-time' } });
    expect(get?.responses).toHaveProperty('400');
    expect(paths['/authors/{id}']?.get?.parameters?.map((parameter) => parameter.name)).toEqual(['id']);
    const history = paths['/posts/{id}/history']?.get;
    expect(history?.operationId).toBe('getPostHistory');
    expect(Object.keys(history?.responses ?? {})).toEqual(['200', '404']);
    expect(components.schemas.PostEvent).toMatchObject({ properties: { type: { enum: ['PostCreated', 'PostUpdated', 'PostDeleted', 'PostPublished'] } } });
    for (const operation of [paths['/posts/{id}']?.patch, paths['/posts/{id}']?.delete, paths['/posts/{id}/publish']?.post]) expect(operation?.responses).toHaveProperty('409');
    expect(paths['/posts/{id}/publish']?.post?.operationId).toBe('publishPost');
    expect(paths['/comments/{id}']?.patch?.responses).not.toHaveProperty('409');
  });

  it('with caching: If-None-Match, ETag and 304 on the reads that go through the cache', async () => {
    const { paths } = await documentOf(fixtures.find((fixture) => fixture.name === 'blog-realtime')!.spec);
    for (const read of [paths['/posts']?.get, paths['/posts/{id}']?.get]) {
      expect(read?.parameters).toContainEqual(expect.objectContaining({ name: 'If-None-Match', in: 'header' }));
      expect(read?.responses).toHaveProperty('304');
      expect(read?.responses[200]).toHaveProperty('headers.ETag');
    }
    expect(paths['/posts']?.post?.responses).not.toHaveProperty('304');
  });

  it('with jwt-auth: a bearer scheme, security on each guarded operation, and the /auth routes', async () => {
    const { paths, components } = await documentOf(fixtures.find((fixture) => fixture.name === 'blog-auth')!.spec);
    expect(components.securitySchemes).toEqual({ bearerAuth: expect.objectContaining({ type: 'http', scheme: 'bearer' }) });
    expect(paths['/posts']?.get?.security).toBeUndefined();
    expect(paths['/posts']?.post?.security).toEqual([{ bearerAuth: [] }]);
    expect(paths['/authors']?.post?.responses).toHaveProperty('403');
    expect(paths['/auth/login']?.post?.operationId).toBe('login');
    expect(paths['/auth/me']?.get?.security).toEqual([{ bearerAuth: [] }]);
  });

  it('with jwt-auth: the routes of relations are guarded like the action they stand for', async () => {
    const blog = fixtures.find((fixture) => fixture.name === 'blog')!.spec;
    const { paths } = await documentOf({ ...blog, features: { 'jwt-auth': {} } });
    expect(paths['/posts/{id}/comments']?.get?.security).toBeUndefined();
    expect(paths['/posts/{id}/tags/{tagId}']?.put?.security).toEqual([{ bearerAuth: [] }]);
    expect(paths['/posts/{id}/tags/{tagId}']?.delete?.responses).toHaveProperty('401');
  });
});
