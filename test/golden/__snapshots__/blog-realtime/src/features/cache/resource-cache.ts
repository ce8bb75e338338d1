import { createHash } from 'node:crypto';
import type { Logger } from '../../lib/logger.js';
import type { CacheStore } from './cache-store.js';
import { createSingleFlight } from './single-flight.js';

/** A cached read: the value and a validator of it (the SHA-1 of its JSON), for ETag and If-None-Match. */
export interface Cached<T> {
  value: T;
  etag: string;
}

/**
 * Cache-aside for resource reads. A record is cached under its id and deleted when written; a list page is
 * cached under its collection's list version, which every write increments, so one INCR retires every page of
 * the collection without listing keys. The records of a collection whose rows the database changes when a row of
 * another is deleted (a foreign key with onDelete cascade or setNull) are cached under its generation too, so
 * one more INCR retires them all. The store only makes reads faster: when it fails, reads go to the database and
 * the response is the same.
 */
export interface ResourceCache {
  /** The cache of one collection (`posts`): its records by id and its list pages. */
  collection(name: string): CollectionCache;
  close(): Promise<void>;
}

export interface CollectionCache {
  /** One record by id: from the cache, or loaded and stored (`undefined`, a missing row, is not cached). */
  record<T>(id: string | number, load: () => Promise<T | undefined>): Promise<Cached<T> | undefined>;
  /** One page of the list, keyed by the query and the collection's current list version. */
  page<T>(query: Record<string, unknown>, load: () => Promise<T>): Promise<Cached<T>>;
  /** After a committed write: deletes the record's entry and retires every cached page of the collection. */
  invalidate(id: string | number): Promise<void>;
  /**
   * After a committed delete elsewhere that changed rows of this collection the app cannot name (a cascade or a
   * setNull): retires every record and page. Only for the collections listed in `changedByDeletes`.
   */
  invalidateAll(): Promise<void>;
}

export interface ResourceCacheOptions {
  store: CacheStore;
  logger: Logger;
  /** Starts every key, so apps (and test runs) sharing one Redis never see each other's entries. */
  keyPrefix: string;
  ttlSeconds: number;
  /** After the store fails, how long reads skip it before trying again. */
  retryAfterMs?: number;
  /** Invalidations remembered while the store is down; beyond this, reads skip the cache for a TTL. */
  maxMissedInvalidations?: number;
  /** Collections whose records are cached under a generation, which `invalidateAll` increments. */
  changedByDeletes?: readonly string[];
}

export function createResourceCache(options: ResourceCacheOptions): ResourceCache {
  const {
    store,
    logger,
    keyPrefix,
    ttlSeconds,
    retryAfterMs = 1_000,
    maxMissedInvalidations = 10_000,
    changedByDeletes = [],
  } = options;
  const flights = createSingleFlight();

  let unavailableUntil = 0;
  /** Runs a store operation; `fallback` when the store fails, or failed a moment ago. */
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
  }

  // A write during an outage cannot delete its entries, which would be served again once the store is back. Its
  // keys are remembered and applied first; until then, reads skip the cache.
  const missedDeletes = new Set<string>();
  const missedVersions = new Set<string>();
  let skipReadsUntil = 0;
  function remember(key: string, version: string): void {
    if (missedDeletes.size >= maxMissedInvalidations) {
      // Too many to track: every entry stored before now will have expired one TTL from now.
      skipReadsUntil = Date.now() + ttlSeconds * 1000;
      missedDeletes.clear();
    } else missedDeletes.add(key);
    missedVersions.add(version);
  }

  async function cacheUsable(): Promise<boolean> {
    if (Date.now() < skipReadsUntil) return false;
    if (missedDeletes.size === 0 && missedVersions.size === 0) return true;
    return attempt(async () => {
      for (const key of missedDeletes) await store.delete(key).then(() => missedDeletes.delete(key));
      for (const key of missedVersions) await store.increment(key).then(() => missedVersions.delete(key));
      return true;
    }, false);
  }

  /** Reads through the cache: one load per key at a time, stored unless a write made it stale meanwhile. */
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
  }

  return {
    collection(name) {
      const versionKey = `${keyPrefix}:${name}:version`;
      const generationKey = `${keyPrefix}:${name}:generation`;
      const generational = changedByDeletes.includes(name);
      /** Where a record is cached now; undefined when the store cannot tell the generation. */
      async function recordKey(id: string | number): Promise<string | undefined> {
        if (!generational) return `${keyPrefix}:${name}:id:${id}`;
        const generation = await attempt(() => store.counter(generationKey), undefined);
        return generation === undefined ? undefined : `${keyPrefix}:${name}:id:${generation}:${id}`;
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
          const version = (await cacheUsable())
            ? await attempt(() => store.counter(versionKey), undefined)
            : undefined;
          if (version === undefined) return tagged(await load());
          return readThrough(`${keyPrefix}:${name}:list:${version}:${JSON.stringify(query)}`, load);
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
  };
}

/** A strong validator: equal JSON, equal tag. */
const etagOf = (json: string) => `"${createHash('sha1').update(json).digest('base64url')}"`;

/** A value read around the cache, tagged like a cached one. */
function tagged<T>(value: T): Cached<T> {
  return { value, etag: etagOf(JSON.stringify(value)) };
}
