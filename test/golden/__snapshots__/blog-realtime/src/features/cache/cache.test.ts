import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../app.js';
import { createLogger } from '../../lib/logger.js';
import { createRedisClient } from '../../lib/redis.js';
import { describeWithRedis, uniqueName } from '../../testing/redis.js';
import { createTestApp } from '../../testing/test-app.js';
import type { CacheStore } from './cache-store.js';
import { createMemoryStore } from './memory-store.js';
import { createRedisStore } from './redis-store.js';
import { createResourceCache } from './resource-cache.js';

const firstInput = { name: 'Name 1', email: 'Email 1', bio: 'Bio 1' } as const;

const secondInput = { name: 'Name 2', email: 'Email 2', bio: 'Bio 2' } as const;

const logger = createLogger('silent');

/** Counts the SQL queries the app runs: a read served from the cache runs none. */
class QueryCounter implements KyselyPlugin {
  queries = 0;

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.queries++;
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

/** An app whose cache sits on `store`, and the count of its database queries (/authors is the cached resource). */
async function cachedApp(store: CacheStore, options: { retryAfterMs?: number } = {}) {
  const testApp = await createTestApp();
  const keyPrefix = uniqueName('test');
  const cache = createResourceCache({ store, logger, keyPrefix, ttlSeconds: 60, ...options });
  const counter = new QueryCounter();
  const app = createApp({ ...testApp.deps, db: testApp.db.withPlugin(counter), cache });
  const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    app.request(path, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const create = async (input: object) => {
    const response = await send('POST', '/authors', input);
    expect(response.status).toBe(201);
    return ((await response.json()) as { data: { id: string } }).data;
  };
  const close = async () => {
    await cache.close();
    await testApp.close();
  };
  return { send, create, counter, store, keyPrefix, close };
}

/** A Redis client once it is connected: it refuses commands until then (it has no offline queue). */
async function connectedClient(redisUrl: string) {
  const client = createRedisClient(redisUrl, logger, 'cache test');
  await new Promise((resolve) => client.once('ready', resolve));
  return client;
}

/** What caching must do, whichever store holds the entries. */
function cachingBehaviour(createStore: () => CacheStore | Promise<CacheStore>): void {
  let subject: Awaited<ReturnType<typeof cachedApp>>;
  beforeEach(async () => {
    subject = await cachedApp(await createStore());
  });
  afterEach(() => subject.close());

  it('serves a second GET from the cache, without a database query', async () => {
    const { id } = await subject.create(firstInput);
    const first = await subject.send('GET', `/authors/${id}`);
    const queries = subject.counter.queries;
    const second = await subject.send('GET', `/authors/${id}`);
    expect(second.status).toBe(200);
    expect(subject.counter.queries).toBe(queries);
    expect(await second.json()).toEqual(await first.json());
  });

  it('loads a record once for concurrent misses', async () => {
    const { id } = await subject.create(firstInput);
    const queries = subject.counter.queries;
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => subject.send('GET', `/authors/${id}`)),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(10).fill(200));
    expect(subject.counter.queries - queries).toBe(1);
  });

  it('sends an ETag and answers 304 to If-None-Match with it', async () => {
    const { id } = await subject.create(firstInput);
    const first = await subject.send('GET', `/authors/${id}`);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^".+"$/);
    expect(first.headers.get('cache-control')).toBe('private, no-cache');
    const revalidated = await subject.send('GET', `/authors/${id}`, undefined, { 'if-none-match': etag });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe('');
    const list = await subject.send('GET', '/authors');
    const listAgain = await subject.send('GET', '/authors', undefined, {
      'if-none-match': list.headers.get('etag') ?? '',
    });
    expect(listAgain.status).toBe(304);
  });

  it('drops a record from the cache when it is updated (PATCH) or deleted', async () => {
    const { id } = await subject.create(firstInput);
    await subject.send('GET', `/authors/${id}`);
    expect((await subject.send('PATCH', `/authors/${id}`, { name: secondInput.name })).status).toBe(200);
    const after = await subject.send('GET', `/authors/${id}`);
    expect(((await after.json()) as { data: Record<string, unknown> }).data.name).toEqual(secondInput.name);
    expect((await subject.send('DELETE', `/authors/${id}`)).status).toBe(204);
    expect((await subject.send('GET', `/authors/${id}`)).status).toBe(404);
  });

  it('retires every cached list page with one version bump per write', async () => {
    await subject.create(firstInput);
    const versionKey = `${subject.keyPrefix}:authors:version`;
    const version = await subject.store.counter(versionKey);
    const total = async () =>
      ((await (await subject.send('GET', '/authors')).json()) as { meta: { total: number } }).meta.total;
    expect(await total()).toBe(1);
    const queries = subject.counter.queries;
    expect(await total()).toBe(1);
    expect(subject.counter.queries).toBe(queries);
    await subject.create(secondInput);
    expect(await subject.store.counter(versionKey)).toBe(version + 1);
    expect(await total()).toBe(2);
  });
}

describe('caching in memory', () => cachingBehaviour(() => createMemoryStore(1000)));

describeWithRedis('caching in Redis', (redisUrl) => {
  cachingBehaviour(async () => createRedisStore(await connectedClient(redisUrl)));

  it('answers from the database, never a 500, when Redis goes away mid-test; catches up when it is back', async () => {
    const client = await connectedClient(redisUrl);
    const subject = await cachedApp(createRedisStore(client), { retryAfterMs: 50 });
    try {
      const { id } = await subject.create(firstInput);
      await subject.send('GET', `/authors/${id}`);
      const ended = new Promise((resolve) => client.once('end', resolve));
      client.disconnect();
      const queries = subject.counter.queries;
      expect((await subject.send('GET', `/authors/${id}`)).status).toBe(200);
      expect(subject.counter.queries).toBeGreaterThan(queries);
      expect((await subject.send('PATCH', `/authors/${id}`, { name: secondInput.name })).status).toBe(200);
      expect((await subject.send('GET', '/authors')).status).toBe(200);

      // The PATCH could not delete the cached copy: it must not be served once Redis is back.
      await ended;
      await client.connect();
      await new Promise((resolve) => setTimeout(resolve, 60));
      const after = await subject.send('GET', `/authors/${id}`);
      expect(after.status).toBe(200);
      expect(((await after.json()) as { data: Record<string, unknown> }).data.name).toEqual(secondInput.name);
    } finally {
      await subject.close();
    }
  });

  it('answers from the database when Redis is unreachable from the start', async () => {
    const subject = await cachedApp(
      createRedisStore(createRedisClient('redis://127.0.0.1:1', logger, 'cache test')),
    );
    try {
      const { id } = await subject.create(firstInput);
      expect((await subject.send('GET', `/authors/${id}`)).status).toBe(200);
      expect((await subject.send('GET', '/authors')).status).toBe(200);
      expect((await subject.send('PATCH', `/authors/${id}`, { name: secondInput.name })).status).toBe(200);
      expect((await subject.send('DELETE', `/authors/${id}`)).status).toBe(204);
    } finally {
      await subject.close();
    }
  });
});
