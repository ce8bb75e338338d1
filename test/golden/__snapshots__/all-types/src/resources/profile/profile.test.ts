import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedUser } from '../../testing/seed.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { type Profile, profileSchema } from './profile.schema.js';

interface ErrorResponse {
  error: { code: string; details?: { field: string; message: string }[] };
}

const validProfile = { bio: 'Bio 1', userId: '0190a6c4-5b8e-7000-8000-00000000a001' } as const;

const otherProfile = { bio: 'Bio 2', userId: '0190a6c4-5b8e-7000-8000-00000000a002' } as const;

describe('/profiles', () => {
  let testApp: TestApp;
  beforeEach(async () => {
    testApp = await createTestApp();
    await seedUser(testApp.db, 1);
    await seedUser(testApp.db, 2);
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

  const dataOf = async (response: Response): Promise<Profile> =>
    profileSchema.parse(((await response.json()) as { data: unknown }).data);

  const listOf = async (response: Response): Promise<Profile[]> => {
    expect(response.status).toBe(200);
    return profileSchema.array().parse(((await response.json()) as { data: unknown }).data);
  };

  const createProfile = async (input: object): Promise<Profile> => {
    const response = await send('POST', '/profiles', input);
    expect(response.status).toBe(201);
    return dataOf(response);
  };

  it('creates a profile (POST /profiles → 201)', async () => {
    const profile = await createProfile(validProfile);
    expect(profile).toMatchObject(validProfile);
  });

  it('rejects a profile without its required fields (400 names them)', async () => {
    const response = await send('POST', '/profiles', {});
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorResponse;
    expect(body.error.details?.map((detail) => detail.field)).toEqual(
      expect.arrayContaining(['bio', 'userId']),
    );
  });

  it('rejects a wrongly typed bio with 400', async () => {
    const response = await send('POST', '/profiles', { ...validProfile, bio: 12345 });
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorResponse;
    expect(body.error.details?.map((detail) => detail.field)).toContain('bio');
  });

  it('rejects unknown fields with 400', async () => {
    const response = await send('POST', '/profiles', { ...validProfile, notAField: true });
    expect(response.status).toBe(400);
  });

  it('rejects malformed JSON with 400', async () => {
    const response = await testApp.app.request('/profiles', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorResponse).error.code).toBe('invalid_json');
  });

  it('gets a profile by id', async () => {
    const created = await createProfile(validProfile);
    const response = await testApp.app.request(`/profiles/${created.id}`);
    expect(response.status).toBe(200);
    expect(await dataOf(response)).toEqual(created);
  });

  it('answers 404 for a profile that does not exist', async () => {
    for (const method of ['GET', 'PATCH', 'DELETE']) {
      const response = await send(
        method,
        '/profiles/0190a6c4-5b8e-7000-8000-00000000dead',
        method === 'PATCH' ? {} : undefined,
      );
      expect(response.status).toBe(404);
    }
    expect((await testApp.app.request('/profiles/not-an-id')).status).toBe(404);
  });

  it('rejects unknown filter fields, operators and sort fields with 400 naming them', async () => {
    const cases = [
      ['filter[notAField][eq]=1', 'filter[notAField][eq]', 'notAField'],
      ['filter[id][like]=1', 'filter[id][like]', 'like'],
      ['filter[id][eq]=not-an-id', 'filter[id][eq]', 'a UUID'],
      ['sort=-notAField', 'sort', 'notAField'],
    ] as const;
    for (const [query, field, named] of cases) {
      const response = await testApp.app.request(`/profiles?${query}`);
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as ErrorResponse;
      expect(body.error.details, query).toContainEqual({ field, message: expect.stringContaining(named) });
    }
  });

  it('filters by each filterable field', async () => {
    const created = await createProfile(validProfile);
    const second = await createProfile(otherProfile);
    const queries = [`filter[id][in]=${created.id}`];
    for (const query of queries) {
      expect(
        (await listOf(await testApp.app.request(`/profiles?${query}`))).map((row) => row.id),
        query,
      ).toEqual([created.id]);
    }
    const excluded = await listOf(await testApp.app.request(`/profiles?filter[id][ne]=${created.id}`));
    expect(excluded.map((row) => row.id)).toEqual([second.id]);
  });

  it('sorts by userId both ways', async () => {
    await createProfile(validProfile);
    await createProfile(otherProfile);
    const ids = async (sort: string) =>
      (await listOf(await testApp.app.request(`/profiles?sort=${sort}`))).map((row) => row.id);
    const ascending = await ids('userId');
    expect(ascending).toHaveLength(2);
    expect(await ids('-userId')).toEqual([...ascending].reverse());
  });

  it('rejects a page size over the maximum with 400', async () => {
    const response = await testApp.app.request('/profiles?limit=101');
    expect(response.status).toBe(400);
  });

  it('lists profile records with a total', async () => {
    await createProfile(validProfile);
    await createProfile(otherProfile);
    const response = await testApp.app.request('/profiles?limit=1');
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      data: unknown[];
      meta: { total: number; limit: number; offset: number };
    };
    expect(body.data).toHaveLength(1);
    expect(body.meta).toEqual({ total: 2, limit: 1, offset: 0 });
  });

  it('updates a profile (PATCH)', async () => {
    const created = await createProfile(validProfile);
    const response = await send('PATCH', `/profiles/${created.id}`, { bio: otherProfile.bio });
    expect(response.status).toBe(200);
    expect(await dataOf(response)).toMatchObject({ id: created.id, bio: otherProfile.bio });
  });

  it('deletes a profile (DELETE → 204, then 404)', async () => {
    const created = await createProfile(validProfile);
    expect((await send('DELETE', `/profiles/${created.id}`)).status).toBe(204);
    expect((await testApp.app.request(`/profiles/${created.id}`)).status).toBe(404);
  });

  it('refuses a second profile of the same user with 409 (a hasOne: userId is unique)', async () => {
    await createProfile(validProfile);
    const response = await send('POST', '/profiles', { ...otherProfile, userId: validProfile.userId });
    expect(response.status).toBe(409);
  });

  it('rejects an include that is not a relation with 400, naming the allowed ones', async () => {
    const response = await testApp.app.request('/profiles?include=nope');
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorResponse).error.code).toBe('invalid_include');
  });

  it('rejects an include deeper than 1 level with 400, naming the limit', async () => {
    const response = await testApp.app.request('/profiles?include=user.profile');
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as ErrorResponse & { error: { message: string } };
    expect(error.code).toBe('invalid_include');
    expect(error.message).toContain('at most 1');
  });

  it('includes its user (?include=user)', async () => {
    const created = await createProfile(validProfile);
    const response = await testApp.app.request(`/profiles/${created.id}?include=user`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { user: { id: unknown } | null } };
    expect(body.data.user?.id).toBe(validProfile.userId);
  });
});
