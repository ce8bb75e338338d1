import type { KyselyPlugin } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../app.js';
import { seedAuthor } from '../../testing/seed.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { createPostRepository } from '../post/post.repository.js';
import { type Tag, tagSchema } from './tag.schema.js';

interface ErrorResponse {
  error: { code: string; details?: { field: string; message: string }[] };
}

const validTag = { name: 'Name 1' } as const;

const otherTag = { name: 'Name 2' } as const;

describe('/tags', () => {
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

  const dataOf = async (response: Response): Promise<Tag> =>
    tagSchema.parse(((await response.json()) as { data: unknown }).data);

  const listOf = async (response: Response): Promise<Tag[]> => {
    expect(response.status).toBe(200);
    return tagSchema.array().parse(((await response.json()) as { data: unknown }).data);
  };

  const createTag = async (input: object): Promise<Tag> => {
    const response = await send('POST', '/tags', input);
    expect(response.status).toBe(201);
    return dataOf(response);
  };

  it('creates a tag (POST /tags → 201)', async () => {
    const tag = await createTag(validTag);
    expect(tag).toMatchObject(validTag);
  });

  it('rejects a tag without its required fields (400 names them)', async () => {
    const response = await send('POST', '/tags', {});
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorResponse;
    expect(body.error.details?.map((detail) => detail.field)).toEqual(expect.arrayContaining(['name']));
  });

  it('rejects a wrongly typed name with 400', async () => {
    const response = await send('POST', '/tags', { ...validTag, name: 12345 });
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorResponse;
    expect(body.error.details?.map((detail) => detail.field)).toContain('name');
  });

  it('rejects unknown fields with 400', async () => {
    const response = await send('POST', '/tags', { ...validTag, notAField: true });
    expect(response.status).toBe(400);
  });

  it('rejects malformed JSON with 400', async () => {
    const response = await testApp.app.request('/tags', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorResponse).error.code).toBe('invalid_json');
  });

  it('gets a tag by id', async () => {
    const created = await createTag(validTag);
    const response = await testApp.app.request(`/tags/${created.id}`);
    expect(response.status).toBe(200);
    expect(await dataOf(response)).toEqual(created);
  });

  it('answers 404 for a tag that does not exist', async () => {
    for (const method of ['GET', 'PATCH', 'DELETE']) {
      const response = await send(
        method,
        '/tags/0190a6c4-5b8e-7000-8000-00000000dead',
        method === 'PATCH' ? {} : undefined,
      );
      expect(response.status).toBe(404);
    }
    expect((await testApp.app.request('/tags/not-an-id')).status).toBe(404);
  });

  it('rejects unknown filter fields, operators and sort fields with 400 naming them', async () => {
    const cases = [
      ['filter[notAField][eq]=1', 'filter[notAField][eq]', 'notAField'],
      ['filter[id][like]=1', 'filter[id][like]', 'like'],
      ['filter[id][eq]=not-an-id', 'filter[id][eq]', 'a UUID'],
      ['sort=-notAField', 'sort', 'notAField'],
    ] as const;
    for (const [query, field, named] of cases) {
      const response = await testApp.app.request(`/tags?${query}`);
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as ErrorResponse;
      expect(body.error.details, query).toContainEqual({ field, message: expect.stringContaining(named) });
    }
  });

  it('filters by each filterable field', async () => {
    const created = await createTag(validTag);
    const second = await createTag(otherTag);
    const queries = [
      `filter[id][in]=${created.id}`,
      'filter[name][eq]=Name%201',
      'filter[name][startsWith]=Name%201',
    ];
    for (const query of queries) {
      expect(
        (await listOf(await testApp.app.request(`/tags?${query}`))).map((row) => row.id),
        query,
      ).toEqual([created.id]);
    }
    const excluded = await listOf(await testApp.app.request(`/tags?filter[id][ne]=${created.id}`));
    expect(excluded.map((row) => row.id)).toEqual([second.id]);
  });

  it('sorts by name both ways', async () => {
    await createTag(validTag);
    await createTag(otherTag);
    const ids = async (sort: string) =>
      (await listOf(await testApp.app.request(`/tags?sort=${sort}`))).map((row) => row.id);
    const ascending = await ids('name');
    expect(ascending).toHaveLength(2);
    expect(await ids('-name')).toEqual([...ascending].reverse());
  });

  it('rejects a page size over the maximum with 400', async () => {
    const response = await testApp.app.request('/tags?limit=101');
    expect(response.status).toBe(400);
  });

  it('lists tag records with a total', async () => {
    await createTag(validTag);
    await createTag(otherTag);
    const response = await testApp.app.request('/tags?limit=1');
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      data: unknown[];
      meta: { total: number; limit: number; offset: number };
    };
    expect(body.data).toHaveLength(1);
    expect(body.meta).toEqual({ total: 2, limit: 1, offset: 0 });
  });

  it('updates a tag (PATCH)', async () => {
    const created = await createTag(validTag);
    const response = await send('PATCH', `/tags/${created.id}`, { name: otherTag.name });
    expect(response.status).toBe(200);
    expect(await dataOf(response)).toMatchObject({ id: created.id, name: otherTag.name });
  });

  it('deletes a tag (DELETE → 204, then 404)', async () => {
    const created = await createTag(validTag);
    expect((await send('DELETE', `/tags/${created.id}`)).status).toBe(204);
    expect((await testApp.app.request(`/tags/${created.id}`)).status).toBe(404);
  });

  it('rejects a duplicate name with 409', async () => {
    await createTag(validTag);
    const response = await send('POST', '/tags', { ...otherTag, name: validTag.name });
    expect(response.status).toBe(409);
  });

  it('rejects an include that is not a relation with 400, naming the allowed ones', async () => {
    const response = await testApp.app.request('/tags?include=nope');
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorResponse).error.code).toBe('invalid_include');
  });

  it('rejects an include deeper than 1 level with 400, naming the limit', async () => {
    const response = await testApp.app.request('/tags?include=posts.author');
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as ErrorResponse & { error: { message: string } };
    expect(error.code).toBe('invalid_include');
    expect(error.message).toContain('at most 1');
  });

  it('loads posts in a constant number of queries, however large the page (no N+1)', async () => {
    for (let i = 0; i < 20; i++) await createTag({ ...validTag, name: `${i}${validTag.name}`.slice(0, 50) });
    const queriesFor = async (limit: number) => {
      const { response, queries } = await requestCountingQueries(`/tags?limit=${limit}&include=posts`);
      expect(response.status).toBe(200);
      expect(((await response.json()) as { data: unknown[] }).data).toHaveLength(limit);
      return queries;
    };
    const small = await queriesFor(2);
    expect(await queriesFor(20)).toBe(small);
    // The page, its total, and one query per included relation.
    expect(small).toBe(3);
  });

  it('links and unlinks posts (PUT|DELETE /tags/:id/posts/:postId), and includes them', async () => {
    const created = await createTag(validTag);
    await seedAuthor(testApp.db, 1);
    const linked = await createPostRepository(testApp.db).create({
      title: 'Title 1',
      body: null,
      published: true,
      status: 'draft',
      authorId: '0190a6c4-5b8e-7000-8000-00000000a001',
    });
    expect((await send('PUT', `/tags/${created.id}/posts/${linked.id}`)).status).toBe(204);
    expect((await send('PUT', `/tags/${created.id}/posts/${linked.id}`)).status).toBe(204);
    const response = await testApp.app.request(`/tags/${created.id}?include=posts`);
    const body = (await response.json()) as { data: { posts: { id: unknown }[] } };
    expect(body.data.posts.map((related) => related.id)).toEqual([linked.id]);
    expect((await send('DELETE', `/tags/${created.id}/posts/${linked.id}`)).status).toBe(204);
    expect((await send('DELETE', `/tags/${created.id}/posts/${linked.id}`)).status).toBe(404);
  });
});
