import { printSourceFile } from '../../../src/ast/project.js';
import { classOf, constant, func, importsOf, mergeImports, param } from '../../../src/ast/structures.js';
import type { ModelView } from '../../../src/spec/columns.js';
import type { Spec } from '../../../src/spec/schema.js';
import { sampleInput } from '../../resource/model.js';
import type { Credentials } from '../../resource/plans.js';
import { seedStatements } from '../../resource/seed-file.js';
import { deleteTest, includeTest } from './cache-relation-tests.js';

/**
 * cache.test.ts: the caching of one model's routes, proven through the app: a second GET runs no query, a write
 * invalidates, lists follow the version, 304 on a matching ETag; in memory always, and in Redis (with an outage
 * mid-test) when REDIS_URL is set.
 */
/** What the relation tests need: the spec, its models, the collections a delete of the model changes, and whether any delete does. */
export interface CacheTestRelations {
  spec: Spec;
  models: readonly ModelView[];
  changed: readonly ModelView[];
  generations: readonly string[];
  /** A delete keeps the row (a soft delete), so the database carries nothing on. */
  keepsDeletedRows: boolean;
}

export function cacheTestFile(model: ModelView, collection: string, usesRedis: boolean, credentials: Credentials, relations: CacheTestRelations): string {
  const path = `/${model.names.kebabPlural}`;
  // Foreign keys point to the rows seeded for the generated tests (src/testing/seed.ts).
  const sample = (variant: 1 | 2) => JSON.stringify(sampleInput(model.fields, variant));
  const seeds = seedStatements(model);
  const parents = [...new Set(model.fields.flatMap((column) => (column.references ? [`seed${column.references.model}`] : [])))];
  const include = includeTest(model, relations.spec, relations.models, path);
  // With access rules, the related routes may need credentials of their own: left to the resource tests.
  const deletion = Object.keys(credentials.byMethod).length > 0 || relations.keepsDeletedRows ? undefined : deleteTest(model, relations.changed, path);
  const relationTests = [include, deletion].flatMap((test) => (test ? [test] : []));
  const changed = model.fields.find((column) => !column.unique) ?? model.fields[0];
  const change = changed ? `{ ${changed.field}: secondInput.${changed.field} }` : '{}';
  const changedValue = (response: string) =>
    changed ? [`expect(((await ${response}.json()) as { data: Record<string, unknown> }).data.${changed.field}).toEqual(secondInput.${changed.field});`] : [];
  const byId = (id = 'id') => `\`${path}/\${${id}}\``;
  // With access rules on the model's writes, each request is sent as a user allowed to make it.
  const methods = Object.entries(credentials.byMethod);
  const signIn =
    methods.length === 0
      ? []
      : [...credentials.statements, `const signedIn: Record<string, Record<string, string>> = { ${methods.map(([method, headers]) => `${method}: ${headers}`).join(', ')} };`];
  const signedIn = methods.length === 0 ? '' : '...signedIn[method], ';

  const behaviour = `
    it('serves a second GET from the cache, without a database query', async () => {
      const { id } = await subject.create(firstInput);
      const first = await subject.send('GET', ${byId()});
      const queries = subject.counter.queries;
      const second = await subject.send('GET', ${byId()});
      expect(second.status).toBe(200);
      expect(subject.counter.queries).toBe(queries);
      expect(await second.json()).toEqual(await first.json());
    });

    it('loads a record once for concurrent misses', async () => {
      const { id } = await subject.create(firstInput);
      const queries = subject.counter.queries;
      const responses = await Promise.all(Array.from({ length: 10 }, () => subject.send('GET', ${byId()})));
      expect(responses.map((response) => response.status)).toEqual(Array(10).fill(200));
      expect(subject.counter.queries - queries).toBe(1);
    });

    it('sends an ETag and answers 304 to If-None-Match with it', async () => {
      const { id } = await subject.create(firstInput);
      const first = await subject.send('GET', ${byId()});
      const etag = first.headers.get('etag') ?? '';
      expect(etag).toMatch(/^".+"$/);
      expect(first.headers.get('cache-control')).toBe('private, no-cache');
      const revalidated = await subject.send('GET', ${byId()}, undefined, { 'if-none-match': etag });
      expect(revalidated.status).toBe(304);
      expect(await revalidated.text()).toBe('');
      const list = await subject.send('GET', '${path}');
      const listAgain = await subject.send('GET', '${path}', undefined, { 'if-none-match': list.headers.get('etag') ?? '' });
      expect(listAgain.status).toBe(304);
    });

    it('drops a record from the cache when it is updated (PATCH) or deleted', async () => {
      const { id } = await subject.create(firstInput);
      await subject.send('GET', ${byId()});
      expect((await subject.send('PATCH', ${byId()}, ${change})).status).toBe(200);
      const after = await subject.send('GET', ${byId()});
      ${changedValue('after').join('\n')}
      expect((await subject.send('DELETE', ${byId()})).status).toBe(204);
      expect((await subject.send('GET', ${byId()})).status).toBe(404);
    });

    it('retires every cached list page with one version bump per write', async () => {
      await subject.create(firstInput);
      const versionKey = \`\${subject.keyPrefix}:${collection}:version\`;
      const version = await subject.store.counter(versionKey);
      const total = async () => ((await (await subject.send('GET', '${path}')).json()) as { meta: { total: number } }).meta.total;
      expect(await total()).toBe(1);
      const queries = subject.counter.queries;
      expect(await total()).toBe(1);
      expect(subject.counter.queries).toBe(queries);
      await subject.create(secondInput);
      expect(await subject.store.counter(versionKey)).toBe(version + 1);
      expect(await total()).toBe(2);
    });${relationTests.map((test) => `\n\n${test.test}`).join('')}`;

  const redisTests = `
    describeWithRedis('caching in Redis', (redisUrl) => {
      cachingBehaviour(async () => createRedisStore(await connectedClient(redisUrl)));

      it('answers from the database, never a 500, when Redis goes away mid-test; catches up when it is back', async () => {
        const client = await connectedClient(redisUrl);
        const subject = await cachedApp(createRedisStore(client), { retryAfterMs: 50 });
        try {
          const { id } = await subject.create(firstInput);
          await subject.send('GET', ${byId()});
          const ended = new Promise((resolve) => client.once('end', resolve));
          client.disconnect();
          const queries = subject.counter.queries;
          expect((await subject.send('GET', ${byId()})).status).toBe(200);
          expect(subject.counter.queries).toBeGreaterThan(queries);
          expect((await subject.send('PATCH', ${byId()}, ${change})).status).toBe(200);
          expect((await subject.send('GET', '${path}')).status).toBe(200);

          // The PATCH could not delete the cached copy: it must not be served once Redis is back.
          await ended;
          await client.connect();
          await new Promise((resolve) => setTimeout(resolve, 60));
          const after = await subject.send('GET', ${byId()});
          expect(after.status).toBe(200);
          ${changedValue('after').join('\n')}
        } finally {
          await subject.close();
        }
      });

      it('answers from the database when Redis is unreachable from the start', async () => {
        const subject = await cachedApp(createRedisStore(createRedisClient('redis://127.0.0.1:1', logger, 'cache test')));
        try {
          const { id } = await subject.create(firstInput);
          expect((await subject.send('GET', ${byId()})).status).toBe(200);
          expect((await subject.send('GET', '${path}')).status).toBe(200);
          expect((await subject.send('PATCH', ${byId()}, ${change})).status).toBe(200);
          expect((await subject.send('DELETE', ${byId()})).status).toBe(204);
        } finally {
          await subject.close();
        }
      });
    });`;

  return printSourceFile({
    statements: [
      ...importsOf(mergeImports(credentials.imports, ...relationTests.map((test) => test.imports), {
        kysely: { types: ['KyselyPlugin', 'PluginTransformQueryArgs', 'PluginTransformResultArgs', 'QueryResult', 'RootOperationNode', 'UnknownRow'] },
        vitest: { names: ['afterEach', 'beforeEach', 'describe', 'expect', 'it'] },
        '../../app.js': { names: ['createApp'] },
        '../../lib/logger.js': { names: ['createLogger'] },
        '../../lib/redis.js': { names: usesRedis ? ['createRedisClient'] : [] },
        '../../testing/redis.js': { names: usesRedis ? ['describeWithRedis', 'uniqueName'] : ['uniqueName'] },
        '../../testing/seed.js': { names: parents },
        '../../testing/test-app.js': { names: ['createTestApp'] },
        './cache-settings.js': { names: relations.generations.length > 0 ? ['cacheSettings'] : [] },
        './cache-store.js': { types: ['CacheStore'] },
        './memory-store.js': { names: ['createMemoryStore'] },
        './redis-store.js': { names: usesRedis ? ['createRedisStore'] : [] },
        './resource-cache.js': { names: ['createResourceCache'] },
      })),
      constant('firstInput', `${sample(1)} as const`),
      constant('secondInput', `${sample(2)} as const`),
      constant('logger', "createLogger('silent')"),
      classOf('QueryCounter', {
        exported: false,
        docs: ['Counts the SQL queries the app runs: a read served from the cache runs none.'],
        implements: ['KyselyPlugin'],
        properties: [{ name: 'queries', initializer: '0' }],
        methods: [
          { name: 'transformQuery', parameters: [param('args', 'PluginTransformQueryArgs')], returnType: 'RootOperationNode', statements: ['this.queries++;', 'return args.node;'] },
          { name: 'transformResult', isAsync: true, parameters: [param('args', 'PluginTransformResultArgs')], returnType: 'Promise<QueryResult<UnknownRow>>', statements: ['return args.result;'] },
        ],
      }),
      func('cachedApp', [param('store', 'CacheStore'), param('options', '{ retryAfterMs?: number }', '{}')], undefined, [
        'const testApp = await createTestApp();',
        ...seeds,
        "const keyPrefix = uniqueName('test');",
        `const cache = createResourceCache({ store, logger, keyPrefix, ttlSeconds: 60, ${relations.generations.length > 0 ? 'changedByDeletes: cacheSettings.changedByDeletes, ' : ''}...options });`,
        'const counter = new QueryCounter();',
        'const app = createApp({ ...testApp.deps, db: testApp.db.withPlugin(counter), cache });',
        ...signIn,
        `const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
          app.request(path, {
            method,
            headers: { 'content-type': 'application/json', ${signedIn}...headers },
            ...(body === undefined ? {} : { body: JSON.stringify(body) }),
          });`,
        `const create = async (input: object) => {
          const response = await send('POST', '${path}', input);
          expect(response.status).toBe(201);
          return ((await response.json()) as { data: { id: ${model.idStrategy === 'uuid' ? 'string' : 'number'} } }).data;
        };`,
        `const close = async () => {
          await cache.close();
          await testApp.close();
        };`,
        `return { send, create, counter, store, keyPrefix, close${relationTests.length > 0 ? ', db: testApp.db' : ''} };`,
      ], { async: true, docs: [`An app whose cache sits on \`store\`, and the count of its database queries (${path} is the cached resource).`] }),
      ...(usesRedis
        ? [
            func('connectedClient', [param('redisUrl', 'string')], undefined, [
              "const client = createRedisClient(redisUrl, logger, 'cache test');",
              "await new Promise((resolve) => client.once('ready', resolve));",
              'return client;',
            ], { async: true, docs: ['A Redis client once it is connected: it refuses commands until then (it has no offline queue).'] }),
          ]
        : []),
      func('cachingBehaviour', [param('createStore', '() => CacheStore | Promise<CacheStore>')], 'void', [
        'let subject: Awaited<ReturnType<typeof cachedApp>>;',
        `beforeEach(async () => {
          subject = await cachedApp(await createStore());
        });`,
        'afterEach(() => subject.close());',
        behaviour,
      ], { docs: ['What caching must do, whichever store holds the entries.'] }),
      "describe('caching in memory', () => cachingBehaviour(() => createMemoryStore(1000)));",
      ...(usesRedis ? [redisTests] : []),
    ],
  });
}
