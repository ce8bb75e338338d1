import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { type Comment, commentSchema } from './comment.schema.js';

interface ErrorResponse {
  error: { code: string; details?: { field: string; message: string }[] };
}

const validComment = {
  postId: '0190a6c4-5b8e-7000-8000-000000000001',
  authorName: 'AuthorName 1',
  body: 'Body 1',
} as const;

const otherComment = {
  postId: '0190a6c4-5b8e-7000-8000-000000000002',
  authorName: 'AuthorName 2',
  body: 'Body 2',
} as const;

describe('/comments', () => {
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
    const queries = [
      `filter[id][in]=${created.id}`,
      'filter[postId][eq]=0190a6c4-5b8e-7000-8000-000000000001',
    ];
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

  it('lists comment records with a total', async () => {
    await createComment(validComment);
    await createComment(otherComment);
    const response = await testApp.app.request('/comments?limit=1');
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      data: unknown[];
      meta: { total: number; limit: number; offset: number };
    };
    expect(body.data).toHaveLength(1);
    expect(body.meta).toEqual({ total: 2, limit: 1, offset: 0 });
  });

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
});
