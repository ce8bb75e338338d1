import type { KyselyPlugin } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../app.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { createProfileRepository } from '../profile/profile.repository.js';
import { type User, userSchema } from './user.schema.js';

interface ErrorResponse {
  error: { code: string; details?: { field: string; message: string }[] };
}

const validUser = { handle: 'Handle 1', group: 7 } as const;

const otherUser = { handle: 'Handle 2', group: 8 } as const;

describe('/users', () => {
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

  const dataOf = async (response: Response): Promise<User> =>
    userSchema.parse(((await response.json()) as { data: unknown }).data);

  const listOf = async (response: Response): Promise<User[]> => {
    expect(response.status).toBe(200);
    return userSchema.array().parse(((await response.json()) as { data: unknown }).data);
  };

  const createUser = async (input: object): Promise<User> => {
    const response = await send('POST', '/users', input);
    expect(response.status).toBe(201);
    return dataOf(response);
  };

  it('creates a user (POST /users → 201)', async () => {
    const user = await createUser(validUser);
    expect(user).toMatchObject(validUser);
  });

  it('rejects a user without its required fields (400 names them)', async () => {
    const response = await send('POST', '/users', {});
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorResponse;
    expect(body.error.details?.map((detail) => detail.field)).toEqual(expect.arrayContaining(['handle']));
  });

  it('rejects a wrongly typed handle with 400', async () => {
    const response = await send('POST', '/users', { ...validUser, handle: 12345 });
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorResponse;
    expect(body.error.details?.map((detail) => detail.field)).toContain('handle');
  });

  it('rejects unknown fields with 400', async () => {
    const response = await send('POST', '/users', { ...validUser, notAField: true });
    expect(response.status).toBe(400);
  });

  it('rejects malformed JSON with 400', async () => {
    const response = await testApp.app.request('/users', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorResponse).error.code).toBe('invalid_json');
  });

  it('gets a user by id', async () => {
    const created = await createUser(validUser);
    const response = await testApp.app.request(`/users/${created.id}`);
    expect(response.status).toBe(200);
    expect(await dataOf(response)).toEqual(created);
  });

  it('answers 404 for a user that does not exist', async () => {
    for (const method of ['GET', 'PATCH', 'DELETE']) {
      const response = await send(
        method,
        '/users/0190a6c4-5b8e-7000-8000-00000000dead',
        method === 'PATCH' ? {} : undefined,
      );
      expect(response.status).toBe(404);
    }
    expect((await testApp.app.request('/users/not-an-id')).status).toBe(404);
  });

  it('rejects unknown filter fields, operators and sort fields with 400 naming them', async () => {
    const cases = [
      ['filter[notAField][eq]=1', 'filter[notAField][eq]', 'notAField'],
      ['filter[id][like]=1', 'filter[id][like]', 'like'],
      ['filter[id][eq]=not-an-id', 'filter[id][eq]', 'a UUID'],
      ['sort=-notAField', 'sort', 'notAField'],
    ] as const;
    for (const [query, field, named] of cases) {
      const response = await testApp.app.request(`/users?${query}`);
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as ErrorResponse;
      expect(body.error.details, query).toContainEqual({ field, message: expect.stringContaining(named) });
    }
  });

  it('filters by each filterable field', async () => {
    const created = await createUser(validUser);
    const second = await createUser(otherUser);
    const queries = [
      `filter[id][in]=${created.id}`,
      'filter[handle][eq]=Handle%201',
      'filter[handle][startsWith]=Handle%201',
    ];
    for (const query of queries) {
      expect(
        (await listOf(await testApp.app.request(`/users?${query}`))).map((row) => row.id),
        query,
      ).toEqual([created.id]);
    }
    const excluded = await listOf(await testApp.app.request(`/users?filter[id][ne]=${created.id}`));
    expect(excluded.map((row) => row.id)).toEqual([second.id]);
  });

  it('sorts by handle both ways', async () => {
    await createUser(validUser);
    await createUser(otherUser);
    const ids = async (sort: string) =>
      (await listOf(await testApp.app.request(`/users?sort=${sort}`))).map((row) => row.id);
    const ascending = await ids('handle');
    expect(ascending).toHaveLength(2);
    expect(await ids('-handle')).toEqual([...ascending].reverse());
  });

  it('rejects a page size over the maximum with 400', async () => {
    const response = await testApp.app.request('/users?limit=101');
    expect(response.status).toBe(400);
  });

  it('lists user records with a total', async () => {
    await createUser(validUser);
    await createUser(otherUser);
    const response = await testApp.app.request('/users?limit=1');
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      data: unknown[];
      meta: { total: number; limit: number; offset: number };
    };
    expect(body.data).toHaveLength(1);
    expect(body.meta).toEqual({ total: 2, limit: 1, offset: 0 });
  });

  it('updates a user (PATCH)', async () => {
    const created = await createUser(validUser);
    const response = await send('PATCH', `/users/${created.id}`, { group: otherUser.group });
    expect(response.status).toBe(200);
    expect(await dataOf(response)).toMatchObject({ id: created.id, group: otherUser.group });
  });

  it('deletes a user (DELETE → 204, then 404)', async () => {
    const created = await createUser(validUser);
    expect((await send('DELETE', `/users/${created.id}`)).status).toBe(204);
    expect((await testApp.app.request(`/users/${created.id}`)).status).toBe(404);
  });

  it('rejects a duplicate handle with 409', async () => {
    await createUser(validUser);
    const response = await send('POST', '/users', { ...otherUser, handle: validUser.handle });
    expect(response.status).toBe(409);
  });

  it('rejects an include that is not a relation with 400, naming the allowed ones', async () => {
    const response = await testApp.app.request('/users?include=nope');
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorResponse).error.code).toBe('invalid_include');
  });

  it('rejects an include deeper than 1 level with 400, naming the limit', async () => {
    const response = await testApp.app.request('/users?include=profile.user');
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as ErrorResponse & { error: { message: string } };
    expect(error.code).toBe('invalid_include');
    expect(error.message).toContain('at most 1');
  });

  it('loads profile in a constant number of queries, however large the page (no N+1)', async () => {
    for (let i = 0; i < 20; i++)
      await createUser({ ...validUser, handle: `${i}${validUser.handle}`.slice(0, 30) });
    const queriesFor = async (limit: number) => {
      const { response, queries } = await requestCountingQueries(`/users?limit=${limit}&include=profile`);
      expect(response.status).toBe(200);
      expect(((await response.json()) as { data: unknown[] }).data).toHaveLength(limit);
      return queries;
    };
    const small = await queriesFor(2);
    expect(await queriesFor(20)).toBe(small);
    // The page, its total, and one query per included relation.
    expect(small).toBe(3);
  });

  it('includes its profile (?include=profile)', async () => {
    const created = await createUser(validUser);
    const child = await createProfileRepository(testApp.db).create({
      ...{ bio: 'Bio 1', userId: '0190a6c4-5b8e-7000-8000-00000000a001' },
      userId: created.id,
    });
    const response = await testApp.app.request(`/users/${created.id}?include=profile`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { profile: { id: unknown } | null } };
    expect(body.data.profile?.id).toEqual(child.id);
  });

  it('deletes with it a profile that refers to it (onDelete cascade)', async () => {
    const created = await createUser(validUser);
    const child = await createProfileRepository(testApp.db).create({
      ...{ bio: 'Bio 1', userId: '0190a6c4-5b8e-7000-8000-00000000a001' },
      userId: created.id,
    });
    expect((await send('DELETE', `/users/${created.id}`)).status).toBe(204);
    expect(await createProfileRepository(testApp.db).findById(child.id)).toBeUndefined();
  });
});
