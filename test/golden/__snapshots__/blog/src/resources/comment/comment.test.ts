import type { KyselyPlugin } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../app.js';
import { seedAuthor, seedPost } from '../../testing/seed.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { type Comment, commentSchema } from './comment.schema.js';

interface ErrorResponse {
  error: { code: string; details?: { field: string; message: string }[] };
}

const validComment = {
  postId: '0190a6c4-5b8e-7000-8000-00000000a001',
  authorName: 'AuthorName 1',
  body: 'Body 1',
  authorId: '0190a6c4-5b8e-7000-8000-00000000a001',
} as const;

const otherComment = {
  postId: '0190a6c4-5b8e-7000-8000-00000000a002',
  authorName: 'AuthorName 2',
  body: 'Body 2',
  authorId: '0190a6c4-5b8e-7000-8000-00000000a002',
} as const;

describe('/comments', () => {
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
    await seedPost(testApp.db, 1);
    await seedPost(testApp.db, 2);
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

  const dataOf = async (response: Response): Promise<Comment> =>
    commentSchema.parse(((await response.json()) as { data: unknown }).data);

  const listOf = async (response: Response): Promise<Comment[]> => {
    expect(response.status).toBe(200);
    return commentSchema.array().parse(((await response.json()) as { data: unknown }).data);
  };

  const createComment = async (input: object): Promise<Comment> => {
    const response = await send('POST', '/comments', input);
    expect(response.status).toBe(201);
    return dataOf(response);
  };

  it('creates a comment (POST /comments → 201)', async () => {
    const comment = await createComment(validComment);
    expect(comment).toMatchObject(validComment);
  });

  it('rejects a comment without its required fields (400 names them)', async () => {
    const response = await send('POST', '/comments', {});
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorResponse;
    expect(body.error.details?.map((detail) => detail.field)).toEqual(
      expect.arrayContaining(['postId', 'authorName', 'body']),
    );
  });

  it('rejects a wrongly typed postId with 400', async () => {
    const response = await send('POST', '/comments', { ...validComment, postId: 12345 });
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorResponse;
    expect(body.error.details?.map((detail) => detail.field)).toContain('postId');
  });

  it('rejects unknown fields with 400', async () => {
    const response = await send('POST', '/comments', { ...validComment, notAField: true });
    expect(response.status).toBe(400);
  });

  it('rejects malformed JSON with 400', async () => {
    const response = await testApp.app.request('/comments', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorResponse).error.code).toBe('invalid_json');
  });

  it('gets a comment by id', async () => {
    const created = await createComment(validComment);
    const response = await testApp.app.request(`/comments/${created.id}`);
    expect(response.status).toBe(200);
    expect(await dataOf(response)).toEqual(created);
  });

  it('answers 404 for a comment that does not exist', async () => {
    for (const method of ['GET', 'PATCH', 'DELETE']) {
      const response = await send(
        method,
        '/comments/0190a6c4-5b8e-7000-8000-00000000dead',
        method === 'PATCH' ? {} : undefined,
      );
      expect(response.status).toBe(404);
    }
    expect((await testApp.app.request('/comments/not-an-id')).status).toBe(404);
  });

  it('rejects unknown filter fields, operators and sort fields with 400 naming them', async () => {
    const cases = [
      ['filter[notAField][eq]=1', 'filter[notAField][eq]', 'notAField'],
      ['filter[id][like]=1', 'filter[id][like]', 'like'],
      ['filter[id][eq]=not-an-id', 'filter[id][eq]', 'a UUID'],
      ['sort=-notAField', 'sort', 'notAField'],
    ] as const;
    for (const [query, field, named] of cases) {
      const response = await testApp.app.request(`/comments?${query}`);
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as ErrorResponse;
      expect(body.error.details, query).toContainEqual({ field, message: expect.stringContaining(named) });
    }
  });

  it('filters by each filterable field', async () => {
    const created = await createComment(validComment);
    const second = await createComment(otherComment);
    const queries = [`filter[id][in]=${created.id}`];
    for (const query of queries) {
      expect(
        (await listOf(await testApp.app.request(`/comments?${query}`))).map((row) => row.id),
        query,
      ).toEqual([created.id]);
    }
    const excluded = await listOf(await testApp.app.request(`/comments?filter[id][ne]=${created.id}`));
    expect(excluded.map((row) => row.id)).toEqual([second.id]);
  });

  it('sorts by postId both ways', async () => {
    await createComment(validComment);
    await createComment(otherComment);
    const ids = async (sort: string) =>
      (await listOf(await testApp.app.request(`/comments?sort=${sort}`))).map((row) => row.id);
    const ascending = await ids('postId');
    expect(ascending).toHaveLength(2);
    expect(await ids('-postId')).toEqual([...ascending].reverse());
  });

  it('rejects a page size over the maximum with 400', async () => {
    const response = await testApp.app.request('/comments?limit=101');
    expect(response.status).toBe(400);
  });

  it('lists comment records a page at a time with a cursor', async () => {
    await createComment(validComment);
    await createComment(otherComment);
    let response = await testApp.app.request('/comments?limit=1');
    const first = (await response.json()) as {
      data: Comment[];
      meta: { limit: number; nextCursor: string | null };
    };
    expect(first.data).toHaveLength(1);
    expect(first.meta.nextCursor).toEqual(expect.any(String));
    response = await testApp.app.request(`/comments?limit=1&after=${first.meta.nextCursor}`);
    const second = (await response.json()) as {
      data: Comment[];
      meta: { limit: number; nextCursor: string | null };
    };
    expect(second.data.map((row) => row.id)).not.toContain(first.data[0]?.id);
    expect(second.meta).toEqual({ limit: 1, nextCursor: null });
  });

  it('rejects a cursor that is not one, or was made for another sort, with 400', async () => {
    await createComment(validComment);
    await createComment(otherComment);
    const response = await testApp.app.request('/comments?limit=1');
    const { meta } = (await response.json()) as {
      data: Comment[];
      meta: { limit: number; nextCursor: string | null };
    };
    for (const query of ['after=not-a-cursor', `after=${meta.nextCursor}&sort=-id`]) {
      const rejected = await testApp.app.request(`/comments?${query}`);
      expect(rejected.status, query).toBe(400);
      expect(((await rejected.json()) as ErrorResponse).error.details?.map((detail) => detail.field)).toEqual(
        ['after'],
      );
    }
  });

  it.each(['id', '-id'])(
    'returns every row exactly once, page by page, while rows are inserted (sort=%s)',
    async (sort) => {
      const nthComment = (i: number) => ({ ...validComment });
      const existing: Comment['id'][] = [];
      for (let i = 0; i < 5; i++) existing.push((await createComment(nthComment(i))).id);
      const seen: Comment['id'][] = [];
      let after: string | null = null;
      let inserted = 5;
      do {
        const response = await testApp.app.request(
          `/comments?limit=2&sort=${sort}${after ? `&after=${after}` : ''}`,
        );
        expect(response.status).toBe(200);
        const { data, meta } = (await response.json()) as {
          data: Comment[];
          meta: { limit: number; nextCursor: string | null };
        };
        seen.push(...data.map((row) => row.id));
        after = meta.nextCursor;
        await createComment(nthComment(inserted++));
      } while (after !== null);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.filter((id) => existing.includes(id)).sort()).toEqual([...existing].sort());
    },
  );

  it('updates a comment (PATCH)', async () => {
    const created = await createComment(validComment);
    const response = await send('PATCH', `/comments/${created.id}`, { postId: otherComment.postId });
    expect(response.status).toBe(200);
    expect(await dataOf(response)).toMatchObject({ id: created.id, postId: otherComment.postId });
  });

  it('deletes a comment (DELETE → 204, then 404)', async () => {
    const created = await createComment(validComment);
    expect((await send('DELETE', `/comments/${created.id}`)).status).toBe(204);
    expect((await testApp.app.request(`/comments/${created.id}`)).status).toBe(404);
  });

  it('rejects an include that is not a relation with 400, naming the allowed ones', async () => {
    const response = await testApp.app.request('/comments?include=nope');
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorResponse).error.code).toBe('invalid_include');
  });

  it('rejects an include deeper than 1 level with 400, naming the limit', async () => {
    const response = await testApp.app.request('/comments?include=post.author');
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as ErrorResponse & { error: { message: string } };
    expect(error.code).toBe('invalid_include');
    expect(error.message).toContain('at most 1');
  });

  it('loads post, author in a constant number of queries, however large the page (no N+1)', async () => {
    for (let i = 0; i < 20; i++) await createComment(validComment);
    const queriesFor = async (limit: number) => {
      const { response, queries } = await requestCountingQueries(
        `/comments?limit=${limit}&include=post,author`,
      );
      expect(response.status).toBe(200);
      expect(((await response.json()) as { data: unknown[] }).data).toHaveLength(limit);
      return queries;
    };
    const small = await queriesFor(2);
    expect(await queriesFor(20)).toBe(small);
    // The page and one query per included relation.
    expect(small).toBe(3);
  });

  it('includes its post (?include=post)', async () => {
    const created = await createComment(validComment);
    const response = await testApp.app.request(`/comments/${created.id}?include=post`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { post: { id: unknown } | null } };
    expect(body.data.post?.id).toBe(validComment.postId);
  });

  it('includes its author (?include=author)', async () => {
    const created = await createComment(validComment);
    const response = await testApp.app.request(`/comments/${created.id}?include=author`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { author: { id: unknown } | null } };
    expect(body.data.author?.id).toBe(validComment.authorId);
  });
});
