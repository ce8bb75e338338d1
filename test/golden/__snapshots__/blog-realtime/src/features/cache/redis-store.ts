import type { Redis } from 'ioredis';
import { closeRedisClient } from '../../lib/redis.js';
import type { CacheStore } from './cache-store.js';

/**
 * The shared store: every instance reads and invalidates the same keys, so a write through one instance is seen
 * by all. Entries expire by TTL; list versions have none (were Redis to evict one anyway, under an allkeys
 * eviction policy, pages of an older version could be served again until their TTL ends).
 */
export function createRedisStore(client: Redis): CacheStore {
  return {
    get: async (key) => (await client.get(key)) ?? undefined,
    set: async (key, value, ttlSeconds) => {
      await client.set(key, value, 'EX', ttlSeconds);
    },
    delete: async (key) => {
      await client.del(key);
    },
    counter: async (key) => Number((await client.get(key)) ?? 0),
    increment: (key) => client.incr(key),
    close: () => closeRedisClient(client),
  };
}
