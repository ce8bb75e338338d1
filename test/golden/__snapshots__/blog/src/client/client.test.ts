import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { ApiError, type Client, createClient } from './index.js';

describe('API client', () => {
  let testApp: TestApp;
  let server: ServerType;
  let client: Client;
  beforeEach(async () => {
    testApp = await createTestApp();
    server = serve({ fetch: testApp.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    client = createClient({ baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
  });
  afterEach(async () => {
    await new Promise((resolve) => server.close(resolve));
    await testApp.close();
  });

  it('creates, reads, lists, updates and deletes author records over HTTP', async () => {
    const created = await client.authors.create({ name: 'Name 1', email: 'Email 1', bio: 'Bio 1' });
    await client.authors.create({ name: 'Name 2', email: 'Email 2', bio: 'Bio 2' });
    expect(await client.authors.get(created.id)).toEqual(created);
    const page = await client.authors.list({
      filter: { id: { in: [created.id] } },
      sort: ['-id'],
      limit: 10,
    });
    expect(page.data).toEqual([created]);
    expect(page.meta).toEqual({ total: 1, limit: 10, offset: 0 });
    const updated = await client.authors.update(created.id, { name: 'Name 2' });
    expect(updated.name).toEqual('Name 2');
    await client.authors.delete(created.id);
    await expect(client.authors.get(created.id)).rejects.toMatchObject({ status: 404, code: 'not_found' });
  });

  it('throws an ApiError naming what the API refused', async () => {
    // A sort field the client's types would refuse, cast so the server gets to refuse it.
    const sort = ['-notAField' as 'id'];
    const error: unknown = await client.authors.list({ sort }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'invalid_query', details: [{ field: 'sort' }] });
  });
});
