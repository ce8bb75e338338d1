import type { KyselyPlugin } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../app.js';
import { seedAuthor } from '../../testing/seed.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { createCommentRepository } from '../comment/comment.repository.js';
import { createTagRepository } from '../tag/tag.repository.js';
import { type Post, postSchema } from './post.schema.js';

interface ErrorResponse {
  error: { code: string; details?: { field: string; message: string }[] };
}

const validPost = {
  title: 'Title 1',
  body: 'Body 1',
  published: true,
  status: 'draft',
  authorId: '0190a6c4-5b8e-7000-8000-00000000a001',
} as const;

const otherPost = {
  title: 'Title 2',
  body: 'Body 2',
  published: false,
  status: 'published',
  authorId: '0190a6c4-5b8e-7000-8000-00000000a002',
} as const;

describe('/posts', () => {
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
    await seedAuthor(testApp.db, 1);
    await seedAuthor(testApp.db, 2);
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
    const queries = [`filter[id][in]=${created.id}`, 'filter[status][eq]=draft'];
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

  it('searches with q, case-insensitively, % and _ matching only themselves', async () => {
    const created = await createPost(validPost);
    await createPost(otherPost);
    expect((await listOf(await testApp.app.request('/posts?q=TITLE%201'))).map((row) => row.id)).toEqual([
      created.id,
    ]);
    expect(await listOf(await testApp.app.request('/posts?q=%25'))).toEqual([]);
    expect(await listOf(await testApp.app.request('/posts?q=_'))).toEqual([]);
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

  it('rejects an include that is not a relation with 400, naming the allowed ones', async () => {
    const response = await testApp.app.request('/posts?include=nope');
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorResponse).error.code).toBe('invalid_include');
  });

  it('rejects an include deeper than 2 levels with 400, naming the limit', async () => {
    const response = await testApp.app.request('/posts?include=author.posts.author');
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as ErrorResponse & { error: { message: string } };
    expect(error.code).toBe('invalid_include');
    expect(error.message).toContain('at most 2');
  });

  it('rejects an unknown relation under author with 400, naming the allowed ones', async () => {
    const response = await testApp.app.request('/posts?include=author.nope');
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as ErrorResponse & { error: { message: string } };
    expect(error.code).toBe('invalid_include');
    expect(error.message).toContain('under "author"');
  });

  it('loads author, comments, tags in a constant number of queries, however large the page (no N+1)', async () => {
    for (let i = 0; i < 20; i++) await createPost(validPost);
    const queriesFor = async (limit: number) => {
      const { response, queries } = await requestCountingQueries(
        `/posts?limit=${limit}&include=author,comments,tags`,
      );
      expect(response.status).toBe(200);
      expect(((await response.json()) as { data: unknown[] }).data).toHaveLength(limit);
      return queries;
    };
    const small = await queriesFor(2);
    expect(await queriesFor(20)).toBe(small);
    // The page, its total, and one query per included relation.
    expect(small).toBe(5);
  });

  it('loads comments.post in a constant number of queries, however large the page (no N+1)', async () => {
    for (let i = 0; i < 20; i++) {
      const created = await createPost(validPost);
      await createCommentRepository(testApp.db).create({
        postId: created.id,
        authorName: 'AuthorName 1',
        body: 'Body 1',
        authorId: null,
      });
    }
    const queriesFor = async (limit: number) => {
      const { response, queries } = await requestCountingQueries(
        `/posts?limit=${limit}&include=comments.post`,
      );
      expect(response.status).toBe(200);
      const { data } = (await response.json()) as {
        data: { comments: { postId: unknown; post: { id: unknown } | null }[] }[];
      };
      const children = data.flatMap((record) => record.comments);
      expect(children).toHaveLength(limit);
      for (const related of children) expect(related.post?.id).toBe(related.postId);
      return queries;
    };
    const small = await queriesFor(2);
    expect(await queriesFor(20)).toBe(small);
    // The page, its total, and one query per level of comments.post.
    expect(small).toBe(4);
  });

  it('includes its author (?include=author)', async () => {
    const created = await createPost(validPost);
    const response = await testApp.app.request(`/posts/${created.id}?include=author`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { author: { id: unknown } | null } };
    expect(body.data.author?.id).toBe(validPost.authorId);
  });

  it('includes its comments (?include=comments)', async () => {
    const created = await createPost(validPost);
    await seedAuthor(testApp.db, 1);
    const child = await createCommentRepository(testApp.db).create({
      ...{
        postId: '0190a6c4-5b8e-7000-8000-00000000a001',
        authorName: 'AuthorName 1',
        body: 'Body 1',
        authorId: null,
      },
      postId: created.id,
    });
    const response = await testApp.app.request(`/posts/${created.id}?include=comments`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { comments: { id: unknown }[] } };
    expect(body.data.comments.map((related) => related.id)).toEqual([child.id]);
  });

  it('lists only its own comments (GET /posts/:id/comments), and 404 for a missing post', async () => {
    const created = await createPost(validPost);
    await seedAuthor(testApp.db, 1);
    const child = await createCommentRepository(testApp.db).create({
      ...{
        postId: '0190a6c4-5b8e-7000-8000-00000000a001',
        authorName: 'AuthorName 1',
        body: 'Body 1',
        authorId: null,
      },
      postId: created.id,
    });
    const response = await testApp.app.request(`/posts/${created.id}/comments`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { id: unknown }[]; meta: { total: number } };
    expect(body.data.map((related) => related.id)).toEqual([child.id]);
    expect(body.meta.total).toBe(1);
    expect((await testApp.app.request('/posts/0190a6c4-5b8e-7000-8000-00000000dead/comments')).status).toBe(
      404,
    );
  });

  it('links and unlinks tags (PUT|DELETE /posts/:id/tags/:tagId), and includes them', async () => {
    const created = await createPost(validPost);
    const linked = await createTagRepository(testApp.db).create({ name: 'Name 1' });
    expect((await send('PUT', `/posts/${created.id}/tags/${linked.id}`)).status).toBe(204);
    expect((await send('PUT', `/posts/${created.id}/tags/${linked.id}`)).status).toBe(204);
    const response = await testApp.app.request(`/posts/${created.id}?include=tags`);
    const body = (await response.json()) as { data: { tags: { id: unknown }[] } };
    expect(body.data.tags.map((related) => related.id)).toEqual([linked.id]);
    expect((await send('DELETE', `/posts/${created.id}/tags/${linked.id}`)).status).toBe(204);
    expect((await send('DELETE', `/posts/${created.id}/tags/${linked.id}`)).status).toBe(404);
  });

  it('deletes with it a comment that refers to it (onDelete cascade)', async () => {
    const created = await createPost(validPost);
    await seedAuthor(testApp.db, 1);
    const child = await createCommentRepository(testApp.db).create({
      ...{
        postId: '0190a6c4-5b8e-7000-8000-00000000a001',
        authorName: 'AuthorName 1',
        body: 'Body 1',
        authorId: null,
      },
      postId: created.id,
    });
    expect((await send('DELETE', `/posts/${created.id}`)).status).toBe(204);
    expect(await createCommentRepository(testApp.db).findById(child.id)).toBeUndefined();
  });
});
