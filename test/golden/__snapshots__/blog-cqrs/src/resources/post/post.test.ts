import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { type Post, postSchema } from './post.schema.js';

interface ErrorResponse {
  error: { code: string; details?: { field: string; message: string }[] };
}

const validPost = {
  title: 'Title 1',
  body: 'Body 1',
  published: true,
  status: 'draft',
  authorId: '0190a6c4-5b8e-7000-8000-000000000001',
} as const;

const otherPost = {
  title: 'Title 2',
  body: 'Body 2',
  published: false,
  status: 'published',
  authorId: '0190a6c4-5b8e-7000-8000-000000000002',
} as const;

describe('/posts', () => {
  let testApp: TestApp;
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

  const dataOf = async (response: Response): Promise<Post> =>
    postSchema.parse(((await response.json()) as { data: unknown }).data);

  const listOf = async (response: Response): Promise<Post[]> => {
    expect(response.status).toBe(200);
    return postSchema.array().parse(((await response.json()) as { data: unknown }).data);
  };

  const createPost = async (input: object): Promise<Post> => {
    const response = await send('POST', '/posts', input);
    expect(response.status).toBe(201);
    return dataOf(response);
  };

  it('creates a post (POST /posts → 201)', async () => {
    const post = await createPost(validPost);
    expect(post).toMatchObject(validPost);
  });

  it('rejects a post without its required fields (400 names them)', async () => {
    const response = await send('POST', '/posts', {});
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorResponse;
    expect(body.error.details?.map((detail) => detail.field)).toEqual(
      expect.arrayContaining(['title', 'authorId']),
    );
  });

  it('rejects a wrongly typed title with 400', async () => {
    const response = await send('POST', '/posts', { ...validPost, title: 12345 });
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorResponse;
    expect(body.error.details?.map((detail) => detail.field)).toContain('title');
  });

  it('rejects unknown fields with 400', async () => {
    const response = await send('POST', '/posts', { ...validPost, notAField: true });
    expect(response.status).toBe(400);
  });

  it('rejects malformed JSON with 400', async () => {
    const response = await testApp.app.request('/posts', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorResponse).error.code).toBe('invalid_json');
  });

  it('gets a post by id', async () => {
    const created = await createPost(validPost);
    const response = await testApp.app.request(`/posts/${created.id}`);
    expect(response.status).toBe(200);
    expect(await dataOf(response)).toEqual(created);
  });

  it('answers 404 for a post that does not exist', async () => {
    for (const method of ['GET', 'PATCH', 'DELETE']) {
      const response = await send(
        method,
        '/posts/0190a6c4-5b8e-7000-8000-00000000dead',
        method === 'PATCH' ? {} : undefined,
      );
      expect(response.status).toBe(404);
    }
    expect((await testApp.app.request('/posts/not-an-id')).status).toBe(404);
  });

  it('rejects unknown filter fields, operators and sort fields with 400 naming them', async () => {
    const cases = [
      ['filter[notAField][eq]=1', 'filter[notAField][eq]', 'notAField'],
      ['filter[id][like]=1', 'filter[id][like]', 'like'],
      ['filter[id][eq]=not-an-id', 'filter[id][eq]', 'a UUID'],
      ['sort=-notAField', 'sort', 'notAField'],
    ] as const;
    for (const [query, field, named] of cases) {
      const response = await testApp.app.request(`/posts?${query}`);
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as ErrorResponse;
      expect(body.error.details, query).toContainEqual({ field, message: expect.stringContaining(named) });
    }
  });

  it('filters by each filterable field', async () => {
    const created = await createPost(validPost);
    const second = await createPost(otherPost);
    const queries = [
      `filter[id][in]=${created.id}`,
      'filter[status][eq]=draft',
      'filter[authorId][eq]=0190a6c4-5b8e-7000-8000-000000000001',
    ];
    for (const query of queries) {
      expect(
        (await listOf(await testApp.app.request(`/posts?${query}`))).map((row) => row.id),
        query,
      ).toEqual([created.id]);
    }
    const excluded = await listOf(await testApp.app.request(`/posts?filter[id][ne]=${created.id}`));
    expect(excluded.map((row) => row.id)).toEqual([second.id]);
  });

  it('sorts by status both ways', async () => {
    await createPost(validPost);
    await createPost(otherPost);
    const ids = async (sort: string) =>
      (await listOf(await testApp.app.request(`/posts?sort=${sort}`))).map((row) => row.id);
    const ascending = await ids('status');
    expect(ascending).toHaveLength(2);
    expect(await ids('-status')).toEqual([...ascending].reverse());
  });

  it('rejects a page size over the maximum with 400', async () => {
    const response = await testApp.app.request('/posts?limit=101');
    expect(response.status).toBe(400);
  });

  it('lists post records with a total', async () => {
    await createPost(validPost);
    await createPost(otherPost);
    const response = await testApp.app.request('/posts?limit=1');
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      data: unknown[];
      meta: { total: number; limit: number; offset: number };
    };
    expect(body.data).toHaveLength(1);
    expect(body.meta).toEqual({ total: 2, limit: 1, offset: 0 });
  });

  it('updates a post (PATCH)', async () => {
    const created = await createPost(validPost);
    const response = await send('PATCH', `/posts/${created.id}`, { title: otherPost.title });
    expect(response.status).toBe(200);
    expect(await dataOf(response)).toMatchObject({ id: created.id, title: otherPost.title });
  });

  it('deletes a post (DELETE → 204, then 404)', async () => {
    const created = await createPost(validPost);
    expect((await send('DELETE', `/posts/${created.id}`)).status).toBe(204);
    expect((await testApp.app.request(`/posts/${created.id}`)).status).toBe(404);
  });
});
