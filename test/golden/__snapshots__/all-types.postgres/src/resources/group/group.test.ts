import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { type Group, groupSchema } from './group.schema.js';

interface ErrorResponse {
  error: { code: string; details?: { field: string; message: string }[] };
}

const validGroup = { name: 'Name 1' } as const;

const otherGroup = { name: 'Name 2' } as const;

describe('/groups', () => {
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

  const dataOf = async (response: Response): Promise<Group> =>
    groupSchema.parse(((await response.json()) as { data: unknown }).data);

  const listOf = async (response: Response): Promise<Group[]> => {
    expect(response.status).toBe(200);
    return groupSchema.array().parse(((await response.json()) as { data: unknown }).data);
  };

  const createGroup = async (input: object): Promise<Group> => {
    const response = await send('POST', '/groups', input);
    expect(response.status).toBe(201);
    return dataOf(response);
  };

  it('creates a group (POST /groups → 201)', async () => {
    const group = await createGroup(validGroup);
    expect(group).toMatchObject(validGroup);
  });

  it('rejects a group without its required fields (400 names them)', async () => {
    const response = await send('POST', '/groups', {});
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorResponse;
    expect(body.error.details?.map((detail) => detail.field)).toEqual(expect.arrayContaining(['name']));
  });

  it('rejects a wrongly typed name with 400', async () => {
    const response = await send('POST', '/groups', { ...validGroup, name: 12345 });
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorResponse;
    expect(body.error.details?.map((detail) => detail.field)).toContain('name');
  });

  it('rejects unknown fields with 400', async () => {
    const response = await send('POST', '/groups', { ...validGroup, notAField: true });
    expect(response.status).toBe(400);
  });

  it('rejects malformed JSON with 400', async () => {
    const response = await testApp.app.request('/groups', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorResponse).error.code).toBe('invalid_json');
  });

  it('gets a group by id', async () => {
    const created = await createGroup(validGroup);
    const response = await testApp.app.request(`/groups/${created.id}`);
    expect(response.status).toBe(200);
    expect(await dataOf(response)).toEqual(created);
  });

  it('answers 404 for a group that does not exist', async () => {
    for (const method of ['GET', 'PATCH', 'DELETE']) {
      const response = await send(method, '/groups/999999', method === 'PATCH' ? {} : undefined);
      expect(response.status).toBe(404);
    }
    expect((await testApp.app.request('/groups/not-an-id')).status).toBe(404);
  });

  it('rejects unknown filter fields, operators and sort fields with 400 naming them', async () => {
    const cases = [
      ['filter[notAField][eq]=1', 'filter[notAField][eq]', 'notAField'],
      ['filter[id][like]=1', 'filter[id][like]', 'like'],
      ['filter[id][eq]=not-an-id', 'filter[id][eq]', 'an integer'],
      ['sort=-notAField', 'sort', 'notAField'],
    ] as const;
    for (const [query, field, named] of cases) {
      const response = await testApp.app.request(`/groups?${query}`);
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as ErrorResponse;
      expect(body.error.details, query).toContainEqual({ field, message: expect.stringContaining(named) });
    }
  });

  it('filters by each filterable field', async () => {
    const created = await createGroup(validGroup);
    const second = await createGroup(otherGroup);
    const queries = [
      `filter[id][in]=${created.id}`,
      'filter[name][eq]=Name%201',
      'filter[name][startsWith]=Name%201',
    ];
    for (const query of queries) {
      expect(
        (await listOf(await testApp.app.request(`/groups?${query}`))).map((row) => row.id),
        query,
      ).toEqual([created.id]);
    }
    const excluded = await listOf(await testApp.app.request(`/groups?filter[id][ne]=${created.id}`));
    expect(excluded.map((row) => row.id)).toEqual([second.id]);
  });

  it('sorts by name both ways', async () => {
    await createGroup(validGroup);
    await createGroup(otherGroup);
    const ids = async (sort: string) =>
      (await listOf(await testApp.app.request(`/groups?sort=${sort}`))).map((row) => row.id);
    const ascending = await ids('name');
    expect(ascending).toHaveLength(2);
    expect(await ids('-name')).toEqual([...ascending].reverse());
  });

  it('rejects a page size over the maximum with 400', async () => {
    const response = await testApp.app.request('/groups?limit=101');
    expect(response.status).toBe(400);
  });

  it('lists group records with a total', async () => {
    await createGroup(validGroup);
    await createGroup(otherGroup);
    const response = await testApp.app.request('/groups?limit=1');
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      data: unknown[];
      meta: { total: number; limit: number; offset: number };
    };
    expect(body.data).toHaveLength(1);
    expect(body.meta).toEqual({ total: 2, limit: 1, offset: 0 });
  });

  it('updates a group (PATCH)', async () => {
    const created = await createGroup(validGroup);
    const response = await send('PATCH', `/groups/${created.id}`, { name: otherGroup.name });
    expect(response.status).toBe(200);
    expect(await dataOf(response)).toMatchObject({ id: created.id, name: otherGroup.name });
  });

  it('deletes a group (DELETE → 204, then 404)', async () => {
    const created = await createGroup(validGroup);
    expect((await send('DELETE', `/groups/${created.id}`)).status).toBe(204);
    expect((await testApp.app.request(`/groups/${created.id}`)).status).toBe(404);
  });

  it('rejects a duplicate name with 409', async () => {
    await createGroup(validGroup);
    const response = await send('POST', '/groups', { ...otherGroup, name: validGroup.name });
    expect(response.status).toBe(409);
  });
});
