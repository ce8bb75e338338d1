import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { type Sample, sampleSchema } from './sample.schema.js';

interface ErrorResponse {
  error: { code: string; details?: { field: string }[] };
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

  it('lists sample records with a total', async () => {
    await createSample(validSample);
    await createSample(otherSample);
    const response = await testApp.app.request('/samples?limit=1');
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      data: unknown[];
      meta: { total: number; limit: number; offset: number };
    };
    expect(body.data).toHaveLength(1);
    expect(body.meta).toEqual({ total: 2, limit: 1, offset: 0 });
  });

  it('rejects a page size over the maximum with 400', async () => {
    const response = await testApp.app.request('/samples?limit=1000');
    expect(response.status).toBe(400);
  });

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
