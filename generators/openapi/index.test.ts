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
    expect(files['src/openapi/openapi-document.ts']).toContain('export const openApiDocument: OpenApiDocument = {');
    expect(files['src/app.ts']).toContain("app.route('/', createOpenApiRoutes(deps));");
  });

  it('documents every route of a model, its list parameters and its error responses', async () => {
    const { paths, components } = await documentOf(fixtures.find((fixture) => fixture.name === 'blog')!.spec);
    expect(Object.keys(paths)).toEqual(['/health', '/openapi.json', '/docs', '/authors', '/authors/{id}', '/posts', '/posts/{id}', '/comments', '/comments/{id}', '/tags', '/tags/{id}']);
    expect(Object.keys(paths['/posts/{id}'] ?? {})).toEqual(['get', 'patch', 'delete']);
    const list = paths['/posts']?.get;
    expect(list?.parameters?.map((parameter) => parameter.name)).toEqual(expect.arrayContaining(['limit', 'offset', 'sort', 'q', 'filter[status][in]', 'filter[createdAt][gte]']));
    expect(paths['/comments']?.get?.parameters?.map((parameter) => parameter.name)).toContain('after');
    expect(paths['/authors']?.post?.responses).toHaveProperty('409');
    expect(Object.keys(components.schemas)).toEqual(expect.arrayContaining(['Post', 'CreatePost', 'UpdatePost', 'PostPage', 'CommentPage', 'Error']));
    expect(components.securitySchemes).toBeUndefined();
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
    expect(document.paths['/authors/{id}/rename']?.post).toMatchObject({ operationId: 'postAuthorRename', security: [{ bearerAuth: [] }] });
    expect(document.paths['/authors/{id}/rename']?.post?.responses).toHaveProperty('403');
    expect((await new Validator().validate(document as unknown as Parameters<Validator['validate']>[0])).valid).toBe(true);
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
});
