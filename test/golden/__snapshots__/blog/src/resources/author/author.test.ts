import type { KyselyPlugin } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../app.js';
import { seedPost } from '../../testing/seed.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { createCommentRepository } from '../comment/comment.repository.js';
import { createPostRepository } from '../post/post.repository.js';
import { type Author, authorSchema } from './author.schema.js';

interface ErrorResponse {
  error: { code: string; details?: { field: string; message: string }[] };
}

const validAuthor = { name: 'Name 1', email: 'Email 1', bio: 'Bio 1' } as const;

const otherAuthor = { name: 'Name 2', email: 'Email 2', bio: 'Bio 2' } as const;

describe('/authors', () => {
  let testApp: TestApp;

  /** A request through an app whose database counts queries: the response, and how many queries it ran. */
  const requestCountingQueries = async (path: string, init?: RequestInit) => {
    let queries = 0;
    const counting: KyselyPlugin = {
      transformQuery: (args) => {
        queries += 1;
        return args.node;
      },
      transformResult: async (args) => args.result,
    };
    const app = createApp({ ...testApp.deps, db: testApp.db.withPlugin(counting) });
    const response = await app.request(path, init);
    return { response, queries };
  };

  beforeEach(async () => {
    testApp = await createTestApp();
  });
  afterEach(async () => {
    await testApp.close();
  });

  const send = async (method: string, path: string, body?: unknown) =>
    testApp.app.request(path, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  const dataOf = async (response: Response): Promise<Author> =>
    authorSchema.parse(((await response.json()) as { data: unknown }).data);

  const listOf = async (response: Response): Promise<Author[]> => {
    expect(response.status).toBe(200);
    return authorSchema.array().parse(((await response.json()) as { data: unknown }).data);
  };

  const createAuthor = async (input: object): Promise<Author> => {
    const response = await send('POST', '/authors', input);
    expect(response.status).toBe(201);
    return dataOf(response);
  };

  it('creates a author (POST /authors → 201)', async () => {
    const author = await createAuthor(validAuthor);
    expect(author).toMatchObject(validAuthor);
  });

  it('rejects a author without its required fields (400 names them)', async () => {
    const response = await send('POST', '/authors', {});
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorResponse;
    expect(body.error.details?.map((detail) => detail.field)).toEqual(
      expect.arrayContaining(['name', 'email']),
    );
  });

  it('rejects a wrongly typed name with 400', async () => {
    const response = await send('POST', '/authors', { ...validAuthor, name: 12345 });
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorResponse;
    expect(body.error.details?.map((detail) => detail.field)).toContain('name');
  });

  it('rejects unknown fields with 400', async () => {
    const response = await send('POST', '/authors', { ...validAuthor, notAField: true });
    expect(response.status).toBe(400);
  });

  it('rejects malformed JSON with 400', async () => {
    const response = await testApp.app.request('/authors', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorResponse).error.code).toBe('invalid_json');
  });

  it('gets a author by id', async () => {
    const created = await createAuthor(validAuthor);
    const response = await testApp.app.request(`/authors/${created.id}`);
    expect(response.status).toBe(200);
    expect(await dataOf(response)).toEqual(created);
  });

  it('answers 404 for a author that does not exist', async () => {
    for (const method of ['GET', 'PATCH', 'DELETE']) {
      const response = await send(
        method,
        '/authors/0190a6c4-5b8e-7000-8000-00000000dead',
        method === 'PATCH' ? {} : undefined,
      );
      expect(response.status).toBe(404);
    }
    expect((await testApp.app.request('/authors/not-an-id')).status).toBe(404);
  });

  it('rejects unknown filter fields, operators and sort fields with 400 naming them', async () => {
    const cases = [
      ['filter[notAField][eq]=1', 'filter[notAField][eq]', 'notAField'],
      ['filter[id][like]=1', 'filter[id][like]', 'like'],
      ['filter[id][eq]=not-an-id', 'filter[id][eq]', 'a UUID'],
      ['sort=-notAField', 'sort', 'notAField'],
    ] as const;
    for (const [query, field, named] of cases) {
      const response = await testApp.app.request(`/authors?${query}`);
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as ErrorResponse;
      expect(body.error.details, query).toContainEqual({ field, message: expect.stringContaining(named) });
    }
  });

  it('filters by each filterable field', async () => {
    const created = await createAuthor(validAuthor);
    const second = await createAuthor(otherAuthor);
    const queries = [
      `filter[id][in]=${created.id}`,
      'filter[email][eq]=Email%201',
      'filter[email][startsWith]=Email%201',
    ];
    for (const query of queries) {
      expect(
        (await listOf(await testApp.app.request(`/authors?${query}`))).map((row) => row.id),
        query,
      ).toEqual([created.id]);
    }
    const excluded = await listOf(await testApp.app.request(`/authors?filter[id][ne]=${created.id}`));
    expect(excluded.map((row) => row.id)).toEqual([second.id]);
  });

  it('sorts by email both ways', async () => {
    await createAuthor(validAuthor);
    await createAuthor(otherAuthor);
    const ids = async (sort: string) =>
      (await listOf(await testApp.app.request(`/authors?sort=${sort}`))).map((row) => row.id);
    const ascending = await ids('email');
    expect(ascending).toHaveLength(2);
    expect(await ids('-email')).toEqual([...ascending].reverse());
  });

  it('rejects a page size over the maximum with 400', async () => {
    const response = await testApp.app.request('/authors?limit=101');
    expect(response.status).toBe(400);
  });

  it('lists author records with a total', async () => {
    await createAuthor(validAuthor);
    await createAuthor(otherAuthor);
    const response = await testApp.app.request('/authors?limit=1');
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      data: unknown[];
      meta: { total: number; limit: number; offset: number };
    };
    expect(body.data).toHaveLength(1);
    expect(body.meta).toEqual({ total: 2, limit: 1, offset: 0 });
  });

  it('updates a author (PATCH)', async () => {
    const created = await createAuthor(validAuthor);
    const response = await send('PATCH', `/authors/${created.id}`, { name: otherAuthor.name });
    expect(response.status).toBe(200);
    expect(await dataOf(response)).toMatchObject({ id: created.id, name: otherAuthor.name });
  });

  it('deletes a author (DELETE → 204, then 404)', async () => {
    const created = await createAuthor(validAuthor);
    expect((await send('DELETE', `/authors/${created.id}`)).status).toBe(204);
    expect((await testApp.app.request(`/authors/${created.id}`)).status).toBe(404);
  });

  it('rejects a duplicate email with 409', async () => {
    await createAuthor(validAuthor);
    const response = await send('POST', '/authors', { ...otherAuthor, email: validAuthor.email });
    expect(response.status).toBe(409);
  });

  it('rejects an include that is not a relation with 400, naming the allowed ones', async () => {
    const response = await testApp.app.request('/authors?include=nope');
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorResponse).error.code).toBe('invalid_include');
  });

  it('rejects an include deeper than 1 level with 400, naming the limit', async () => {
    const response = await testApp.app.request('/authors?include=posts.author');
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as ErrorResponse & { error: { message: string } };
    expect(error.code).toBe('invalid_include');
    expect(error.message).toContain('at most 1');
  });

  it('loads posts in a constant number of queries, however large the page (no N+1)', async () => {
    for (let i = 0; i < 20; i++)
      await createAuthor({ ...validAuthor, email: `${i}${validAuthor.email}`.slice(0, 254) });
    const queriesFor = async (limit: number) => {
      const { response, queries } = await requestCountingQueries(`/authors?limit=${limit}&include=posts`);
      expect(response.status).toBe(200);
      expect(((await response.json()) as { data: unknown[] }).data).toHaveLength(limit);
      return queries;
    };
    const small = await queriesFor(2);
    expect(await queriesFor(20)).toBe(small);
    // The page, its total, and one query per included relation.
    expect(small).toBe(3);
  });

  it('includes its posts (?include=posts)', async () => {
    const created = await createAuthor(validAuthor);
    const child = await createPostRepository(testApp.db).create({
      ...{
        title: 'Title 1',
        body: null,
        published: true,
        status: 'draft',
        authorId: '0190a6c4-5b8e-7000-8000-00000000a001',
      },
      authorId: created.id,
    });
    const response = await testApp.app.request(`/authors/${created.id}?include=posts`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { posts: { id: unknown }[] } };
    expect(body.data.posts.map((related) => related.id)).toEqual([child.id]);
  });

  it('lists only its own posts (GET /authors/:id/posts), and 404 for a missing author', async () => {
    const created = await createAuthor(validAuthor);
    const child = await createPostRepository(testApp.db).create({
      ...{
        title: 'Title 1',
        body: null,
        published: true,
        status: 'draft',
        authorId: '0190a6c4-5b8e-7000-8000-00000000a001',
      },
      authorId: created.id,
    });
    const response = await testApp.app.request(`/authors/${created.id}/posts`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { id: unknown }[]; meta: { total: number } };
    expect(body.data.map((related) => related.id)).toEqual([child.id]);
    expect(body.meta.total).toBe(1);
    expect((await testApp.app.request('/authors/0190a6c4-5b8e-7000-8000-00000000dead/posts')).status).toBe(
      404,
    );
  });

  it('refuses to delete it with 409 while a post that refers to it (onDelete restrict)', async () => {
    const created = await createAuthor(validAuthor);
    const child = await createPostRepository(testApp.db).create({
      ...{
        title: 'Title 1',
        body: null,
        published: true,
        status: 'draft',
        authorId: '0190a6c4-5b8e-7000-8000-00000000a001',
      },
      authorId: created.id,
    });
    const response = await send('DELETE', `/authors/${created.id}`);
    expect(response.status).toBe(409);
    expect(((await response.json()) as ErrorResponse).error.code).toBe('still_referenced');
    expect(await createPostRepository(testApp.db).findById(child.id)).toBeDefined();
  });

  it('clears the reference of a comment that refers to it (onDelete setNull)', async () => {
    const created = await createAuthor(validAuthor);
    await seedPost(testApp.db, 1);
    const child = await createCommentRepository(testApp.db).create({
      ...{
        postId: '0190a6c4-5b8e-7000-8000-00000000a001',
        authorName: 'AuthorName 1',
        body: 'Body 1',
        authorId: null,
      },
      authorId: created.id,
    });
    expect((await send('DELETE', `/authors/${created.id}`)).status).toBe(204);
    expect((await createCommentRepository(testApp.db).findById(child.id))?.authorId).toBeNull();
  });
});
