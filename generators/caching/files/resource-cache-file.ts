import { printSourceFile } from '../../../src/ast/project.js';
import { constant, func, importsOf, interfaceOf, methodSignature, param, property } from '../../../src/ast/structures.js';

/**
 * resource-cache.ts: cache-aside for resource reads over any store, with single-flight loads, invalidation by
 * key and list version, and a fallback to the database whenever the store fails.
 */
export function resourceCacheFile(): string {
  const id = param('id', 'string | number');
  return printSourceFile({
    statements: [
      ...importsOf({
        'node:crypto': { names: ['createHash'] },
        '../../lib/logger.js': { types: ['Logger'] },
        './cache-store.js': { types: ['CacheStore'] },
        './single-flight.js': { names: ['createSingleFlight'] },
      }),
      interfaceOf('Cached', [property('value', 'T'), property('etag', 'string')], {
        typeParameters: ['T'],
        docs: ['A cached read: the value and a validator of it (the SHA-1 of its JSON), for ETag and If-None-Match.'],
      }),
      interfaceOf('ResourceCache', [], {
        docs: [
          'Cache-aside for resource reads. A record is cached under its id and deleted when written; a list page is\n' +
            "cached under its collection's list version, which every write increments, so one INCR retires every page of\n" +
            'the collection without listing keys. The records of a collection whose rows the database changes when a row of\n' +
            'another is deleted (a foreign key with onDelete cascade or setNull) are cached under its generation too, so\n' +
            'one more INCR retires them all. The store only makes reads faster: when it fails, reads go to the database and\n' +
            'the response is the same.',
        ],
        methods: [
          methodSignature('collection', [param('name', 'string')], 'CollectionCache', {
            docs: ['The cache of one collection (`posts`): its records by id and its list pages.'],
          }),
          methodSignature('close', [], 'Promise<void>'),
        ],
      }),
      interfaceOf('CollectionCache', [], {
        methods: [
          methodSignature('record', [id, param('load', '() => Promise<T | undefined>')], 'Promise<Cached<T> | undefined>', {
            typeParameters: ['T'],
            docs: ['One record by id: from the cache, or loaded and stored (`undefined`, a missing row, is not cached).'],
          }),
          methodSignature('page', [param('query', 'Record<string, unknown>'), param('load', '() => Promise<T>')], 'Promise<Cached<T>>', {
            typeParameters: ['T'],
            docs: ["One page of the list, keyed by the query and the collection's current list version."],
          }),
          methodSignature('invalidate', [id], 'Promise<void>', {
            docs: ["After a committed write: deletes the record's entry and retires every cached page of the collection."],
          }),
          methodSignature('invalidateAll', [], 'Promise<void>', {
            docs: [
              'After a committed delete elsewhere that changed rows of this collection the app cannot name (a cascade or a\n' +
                'setNull): retires every record and page. Only for the collections listed in `changedByDeletes`.',
            ],
          }),
        ],
      }),
      interfaceOf('ResourceCacheOptions', [
        property('store', 'CacheStore'),
        property('logger', 'Logger'),
        property('keyPrefix', 'string', { docs: ['Starts every key, so apps (and test runs) sharing one Redis never see each other\'s entries.'] }),
        property('ttlSeconds', 'number'),
        property('retryAfterMs', 'number', { optional: true, docs: ['After the store fails, how long reads skip it before trying again.'] }),
        property('maxMissedInvalidations', 'number', {
          optional: true,
          docs: ['Invalidations remembered while the store is down; beyond this, reads skip the cache for a TTL.'],
        }),
        property('changedByDeletes', 'readonly string[]', {
          optional: true,
          docs: ['Collections whose records are cached under a generation, which `invalidateAll` increments.'],
        }),
      ]),
      func('createResourceCache', [param('options', 'ResourceCacheOptions')], 'ResourceCache', [
        'const { store, logger, keyPrefix, ttlSeconds, retryAfterMs = 1_000, maxMissedInvalidations = 10_000, changedByDeletes = [] } = options;',
        'const flights = createSingleFlight();',
        '',
        'let unavailableUntil = 0;',
        `/** Runs a store operation; \`fallback\` when the store fails, or failed a moment ago. */
        async function attempt<T>(operation: () => Promise<T>, fallback: T): Promise<T> {
          if (Date.now() < unavailableUntil) return fallback;
          try {
            const result = await operation();
            if (unavailableUntil !== 0) logger.info('cache available again');
            unavailableUntil = 0;
            return result;
          } catch (error) {
            if (unavailableUntil === 0) {
              logger.warn('cache unavailable, reading from the database', { error: String(error) });
            }
            unavailableUntil = Date.now() + retryAfterMs;
            return fallback;
          }
        }`,
        '',
        '// A write during an outage cannot delete its entries, which would be served again once the store is back. Its',
        '// keys are remembered and applied first; until then, reads skip the cache.',
        'const missedDeletes = new Set<string>();',
        'const missedVersions = new Set<string>();',
        'let skipReadsUntil = 0;',
        `function remember(key: string, version: string): void {
          if (missedDeletes.size >= maxMissedInvalidations) {
            // Too many to track: every entry stored before now will have expired one TTL from now.
            skipReadsUntil = Date.now() + ttlSeconds * 1000;
            missedDeletes.clear();
          } else missedDeletes.add(key);
          missedVersions.add(version);
        }`,
        `async function cacheUsable(): Promise<boolean> {
          if (Date.now() < skipReadsUntil) return false;
          if (missedDeletes.size === 0 && missedVersions.size === 0) return true;
          return attempt(async () => {
            for (const key of missedDeletes) await store.delete(key).then(() => missedDeletes.delete(key));
            for (const key of missedVersions) await store.increment(key).then(() => missedVersions.delete(key));
            return true;
          }, false);
        }`,
        '',
        `/** Reads through the cache: one load per key at a time, stored unless a write made it stale meanwhile. */
        function readThrough<T>(key: string, load: () => Promise<T>): Promise<Cached<T>>;
        function readThrough<T>(key: string, load: () => Promise<T | undefined>): Promise<Cached<T> | undefined>;
        function readThrough<T>(key: string, load: () => Promise<T | undefined>): Promise<Cached<T> | undefined> {
          return flights.run(key, async (flight) => {
            const cached = await attempt(() => store.get(key), undefined);
            if (cached !== undefined) return { value: JSON.parse(cached) as T, etag: etagOf(cached) };
            const value = await load();
            if (value === undefined) return undefined;
            const text = JSON.stringify(value);
            if (!flight.stale) await attempt(() => store.set(key, text, ttlSeconds), undefined);
            return { value, etag: etagOf(text) };
          });
        }`,
        '',
        `return {
          collection(name) {
            const versionKey = \`\${keyPrefix}:\${name}:version\`;
            const generationKey = \`\${keyPrefix}:\${name}:generation\`;
            const generational = changedByDeletes.includes(name);
            /** Where a record is cached now; undefined when the store cannot tell the generation. */
            async function recordKey(id: string | number): Promise<string | undefined> {
              if (!generational) return \`\${keyPrefix}:\${name}:id:\${id}\`;
              const generation = await attempt(() => store.counter(generationKey), undefined);
              return generation === undefined ? undefined : \`\${keyPrefix}:\${name}:id:\${generation}:\${id}\`;
            }
            /** Retires every page (the next version) and, for a generational collection, every record (the next generation). */
            async function retireAll(): Promise<void> {
              const counters = generational ? [versionKey, generationKey] : [versionKey];
              const done = await attempt(async () => {
                await Promise.all(counters.map((key) => store.increment(key)));
                return true;
              }, false);
              if (!done) for (const key of counters) missedVersions.add(key);
            }
            return {
              async record<T>(id: string | number, load: () => Promise<T | undefined>) {
                const key = (await cacheUsable()) ? await recordKey(id) : undefined;
                if (key !== undefined) return readThrough<T>(key, load);
                const value = await load();
                return value === undefined ? undefined : tagged(value);
              },
              async page(query, load) {
                const version = (await cacheUsable()) ? await attempt(() => store.counter(versionKey), undefined) : undefined;
                if (version === undefined) return tagged(await load());
                return readThrough(\`\${keyPrefix}:\${name}:list:\${version}:\${JSON.stringify(query)}\`, load);
              },
              async invalidate(id) {
                const key = await recordKey(id);
                if (key === undefined) return retireAll();
                flights.invalidate(key);
                const done = await attempt(async () => {
                  await Promise.all([store.delete(key), store.increment(versionKey)]);
                  return true;
                }, false);
                if (!done) remember(key, versionKey);
              },
              invalidateAll: retireAll,
            };
          },
          close: () => store.close(),
        };`,
      ], { exported: true }),
      constant('etagOf', '(json: string) => `"${createHash(\'sha1\').update(json).digest(\'base64url\')}"`', {
        docs: ['A strong validator: equal JSON, equal tag.'],
      }),
      func('tagged', [param('value', 'T')], 'Cached<T>', ['return { value, etag: etagOf(JSON.stringify(value)) };'], {
        typeParameters: ['T'],
        docs: ['A value read around the cache, tagged like a cached one.'],
      }),
    ],
  });
}
