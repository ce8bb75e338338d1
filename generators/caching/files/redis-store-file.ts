import { printSourceFile } from '../../../src/ast/project.js';
import { func, importsOf, param } from '../../../src/ast/structures.js';

/** redis-store.ts: the store shared by every instance. */
export function redisStoreFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({
        ioredis: { types: ['Redis'] },
        '../../lib/redis.js': { names: ['closeRedisClient'] },
        './cache-store.js': { types: ['CacheStore'] },
      }),
      func('createRedisStore', [param('client', 'Redis')], 'CacheStore', [
        `return {
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
        };`,
      ], {
        exported: true,
        docs: [
          'The shared store: every instance reads and invalidates the same keys, so a write through one instance is seen\n' +
            'by all. Entries expire by TTL; list versions have none (were Redis to evict one anyway, under an allkeys\n' +
            'eviction policy, pages of an older version could be served again until their TTL ends).',
        ],
      }),
    ],
  });
}
