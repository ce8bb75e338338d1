import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { type Comment, commentSchema } from './comment.schema.js';

interface ErrorResponse {
  error: { code: string; details?: { field: string }[] };
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

  it('rejects a page size over the maximum with 400', async () => {
    const response = await testApp.app.request('/comments?limit=1000');
    expect(response.status).toBe(400);
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
