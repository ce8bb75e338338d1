import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { type Sample, sampleSchema } from './sample.schema.js';

interface ErrorResponse {
  error: { code: string; details?: { field: string; message: string }[] };
}

const validSample = {
  label: 'Label 1',
  notes: 'Notes 1',
  quantity: 7,
  ratio: 1,
  price: '12.50',
  active: true,
  flagged: true,
  releasedOn: '2024-01-31',
  publishedAt: '2024-01-31T12:00:00.000Z',
  externalId: '0190a6c4-5b8e-7000-8000-000000000001',
  metadata: { label: 'first', tags: ['a', 'b'] },
  settings: { label: 'first', tags: ['a', 'b'] },
  kind: 'basic',
  order: 7,
  select: 'Select 1',
  from: 'From 1',
} as const;

const otherSample = {
  label: 'Label 2',
  notes: 'Notes 2',
  quantity: 8,
  ratio: 1,
  price: '13.50',
  active: false,
  flagged: false,
  releasedOn: '2024-02-29',
  publishedAt: '2024-02-29T08:30:00.000Z',
  externalId: '0190a6c4-5b8e-7000-8000-000000000002',
  metadata: { label: 'second', count: 2 },
  settings: { label: 'second', count: 2 },
  kind: 'premium',
  order: 8,
  select: 'Select 2',
  from: 'From 2',
} as const;

describe('/samples', () => {
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

  const dataOf = async (response: Response): Promise<Sample> =>
    sampleSchema.parse(((await response.json()) as { data: unknown }).data);

  const listOf = async (response: Response): Promise<Sample[]> => {
    expect(response.status).toBe(200);
    return sampleSchema.array().parse(((await response.json()) as { data: unknown }).data);
  };

  const createSample = async (input: object): Promise<Sample> => {
    const response = await send('POST', '/samples', input);
    expect(response.status).toBe(201);
    return dataOf(response);
  };

  it('creates a sample (POST /samples → 201)', async () => {
    const sample = await createSample(validSample);
    expect(sample).toMatchObject(validSample);
  });

  it('rejects a sample without its required fields (400 names them)', async () => {
    const response = await send('POST', '/samples', {});
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorResponse;
    expect(body.error.details?.map((detail) => detail.field)).toEqual(
      expect.arrayContaining(['label', 'price']),
    );
  });

  it('rejects a wrongly typed label with 400', async () => {
    const response = await send('POST', '/samples', { ...validSample, label: 12345 });
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorResponse;
    expect(body.error.details?.map((detail) => detail.field)).toContain('label');
  });

  it('rejects unknown fields with 400', async () => {
    const response = await send('POST', '/samples', { ...validSample, notAField: true });
    expect(response.status).toBe(400);
  });

  it('rejects malformed JSON with 400', async () => {
    const response = await testApp.app.request('/samples', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorResponse).error.code).toBe('invalid_json');
  });

  it('gets a sample by id', async () => {
    const created = await createSample(validSample);
    const response = await testApp.app.request(`/samples/${created.id}`);
    expect(response.status).toBe(200);
    expect(await dataOf(response)).toEqual(created);
  });

  it('answers 404 for a sample that does not exist', async () => {
    for (const method of ['GET', 'PATCH', 'DELETE']) {
      const response = await send(
        method,
        '/samples/0190a6c4-5b8e-7000-8000-00000000dead',
        method === 'PATCH' ? {} : undefined,
      );
      expect(response.status).toBe(404);
    }
    expect((await testApp.app.request('/samples/not-an-id')).status).toBe(404);
  });

  it('rejects unknown filter fields, operators and sort fields with 400 naming them', async () => {
    const cases = [
      ['filter[notAField][eq]=1', 'filter[notAField][eq]', 'notAField'],
      ['filter[id][like]=1', 'filter[id][like]', 'like'],
      ['filter[id][eq]=not-an-id', 'filter[id][eq]', 'a UUID'],
      ['sort=-notAField', 'sort', 'notAField'],
    ] as const;
    for (const [query, field, named] of cases) {
      const response = await testApp.app.request(`/samples?${query}`);
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as ErrorResponse;
      expect(body.error.details, query).toContainEqual({ field, message: expect.stringContaining(named) });
    }
  });

  it('filters by each filterable field', async () => {
    const created = await createSample(validSample);
    const second = await createSample(otherSample);
    const queries = [
      `filter[id][in]=${created.id}`,
      'filter[label][eq]=Label%201',
      'filter[label][startsWith]=Label%201',
      'filter[quantity][eq]=7',
      'filter[quantity][lt]=8',
      'filter[price][eq]=12.50',
      'filter[price][lt]=13.50',
      'filter[active][eq]=true',
      'filter[releasedOn][eq]=2024-01-31',
      'filter[releasedOn][lt]=2024-02-29',
      'filter[publishedAt][eq]=2024-01-31T12%3A00%3A00.000Z',
      'filter[publishedAt][lt]=2024-02-29T08%3A30%3A00.000Z',
      'filter[externalId][eq]=0190a6c4-5b8e-7000-8000-000000000001',
      'filter[kind][eq]=basic',
    ];
    for (const query of queries) {
      expect(
        (await listOf(await testApp.app.request(`/samples?${query}`))).map((row) => row.id),
        query,
      ).toEqual([created.id]);
    }
    const excluded = await listOf(await testApp.app.request(`/samples?filter[id][ne]=${created.id}`));
    expect(excluded.map((row) => row.id)).toEqual([second.id]);
  });

  it('sorts by label both ways', async () => {
    await createSample(validSample);
    await createSample(otherSample);
    const ids = async (sort: string) =>
      (await listOf(await testApp.app.request(`/samples?sort=${sort}`))).map((row) => row.id);
    const ascending = await ids('label');
    expect(ascending).toHaveLength(2);
    expect(await ids('-label')).toEqual([...ascending].reverse());
  });

  it('searches with q, case-insensitively, % and _ matching only themselves', async () => {
    const created = await createSample(validSample);
    await createSample(otherSample);
    expect((await listOf(await testApp.app.request('/samples?q=LABEL%201'))).map((row) => row.id)).toEqual([
      created.id,
    ]);
    expect(await listOf(await testApp.app.request('/samples?q=%25'))).toEqual([]);
    expect(await listOf(await testApp.app.request('/samples?q=_'))).toEqual([]);
  });

  it('rejects a page size over the maximum with 400', async () => {
    const response = await testApp.app.request('/samples?limit=51');
    expect(response.status).toBe(400);
  });

  it('lists sample records a page at a time with a cursor', async () => {
    await createSample(validSample);
    await createSample(otherSample);
    let response = await testApp.app.request('/samples?limit=1');
    const first = (await response.json()) as {
      data: Sample[];
      meta: { limit: number; nextCursor: string | null };
    };
    expect(first.data).toHaveLength(1);
    expect(first.meta.nextCursor).toEqual(expect.any(String));
    response = await testApp.app.request(`/samples?limit=1&after=${first.meta.nextCursor}`);
    const second = (await response.json()) as {
      data: Sample[];
      meta: { limit: number; nextCursor: string | null };
    };
    expect(second.data.map((row) => row.id)).not.toContain(first.data[0]?.id);
    expect(second.meta).toEqual({ limit: 1, nextCursor: null });
  });

  it('rejects a cursor that is not one, or was made for another sort, with 400', async () => {
    await createSample(validSample);
    await createSample(otherSample);
    const response = await testApp.app.request('/samples?limit=1');
    const { meta } = (await response.json()) as {
      data: Sample[];
      meta: { limit: number; nextCursor: string | null };
    };
    for (const query of ['after=not-a-cursor', `after=${meta.nextCursor}&sort=-id`]) {
      const rejected = await testApp.app.request(`/samples?${query}`);
      expect(rejected.status, query).toBe(400);
      expect(((await rejected.json()) as ErrorResponse).error.details?.map((detail) => detail.field)).toEqual(
        ['after'],
      );
    }
  });

  it.each(['id', '-id'])(
    'returns every row exactly once, page by page, while rows are inserted (sort=%s)',
    async (sort) => {
      const nthSample = (i: number) => ({
        ...validSample,
        label: `${i}${validSample.label}`.slice(0, 40),
        externalId: `0190a6c4-5b8e-7000-8000-${String(i).padStart(12, '0')}`,
      });
      const existing: Sample['id'][] = [];
      for (let i = 0; i < 5; i++) existing.push((await createSample(nthSample(i))).id);
      const seen: Sample['id'][] = [];
      let after: string | null = null;
      let inserted = 5;
      do {
        const response = await testApp.app.request(
          `/samples?limit=2&sort=${sort}${after ? `&after=${after}` : ''}`,
        );
        expect(response.status).toBe(200);
        const { data, meta } = (await response.json()) as {
          data: Sample[];
          meta: { limit: number; nextCursor: string | null };
        };
        seen.push(...data.map((row) => row.id));
        after = meta.nextCursor;
        await createSample(nthSample(inserted++));
      } while (after !== null);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.filter((id) => existing.includes(id)).sort()).toEqual([...existing].sort());
    },
  );

  it('updates a sample (PATCH)', async () => {
    const created = await createSample(validSample);
    const response = await send('PATCH', `/samples/${created.id}`, { notes: otherSample.notes });
    expect(response.status).toBe(200);
    expect(await dataOf(response)).toMatchObject({ id: created.id, notes: otherSample.notes });
  });

  it('deletes a sample (DELETE → 204, then 404)', async () => {
    const created = await createSample(validSample);
    expect((await send('DELETE', `/samples/${created.id}`)).status).toBe(204);
    expect((await testApp.app.request(`/samples/${created.id}`)).status).toBe(404);
  });

  it('rejects a duplicate label with 409', async () => {
    await createSample(validSample);
    const response = await send('POST', '/samples', { ...otherSample, label: validSample.label });
    expect(response.status).toBe(409);
  });

  it('rejects a duplicate externalId with 409', async () => {
    await createSample(validSample);
    const response = await send('POST', '/samples', { ...otherSample, externalId: validSample.externalId });
    expect(response.status).toBe(409);
  });
});
