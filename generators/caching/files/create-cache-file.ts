import { printSourceFile } from '../../../src/ast/project.js';
import { func, importsOf, param } from '../../../src/ast/structures.js';
import type { CachingOptions } from '../options.js';

/** create-cache.ts: the app's cache, on the store kiln.json chose. Only the code of that choice is written. */
export function createCacheFile(store: CachingOptions['store'], generations: boolean): string {
  const redis = `createRedisStore(createRedisClient(config.REDIS_URL, logger, 'cache'))`;
  const memory = 'createMemoryStore(cacheSettings.maxEntries)';
  const choice = {
    auto: {
      docs: "The app's cache: in Redis when REDIS_URL is set (shared by every instance), in this process's memory otherwise.",
      body: [`const store = config.REDIS_URL ? ${redis} : ${memory};`],
    },
    memory: {
      docs: "The app's cache, in this process's memory (kiln.json: `\"store\": \"memory\"`; REDIS_URL is not used).",
      body: [`const store = ${memory};`],
    },
    redis: {
      docs: 'The app\'s cache, in Redis (kiln.json: `"store": "redis"`): start-up fails without REDIS_URL, except in tests.',
      body: [
        "if (!config.REDIS_URL && config.NODE_ENV !== 'test') {",
        '  throw new ConfigError(\'REDIS_URL is not set, and kiln.json sets features.caching.store to "redis"\');',
        '}',
        '// Tests without Redis cache in memory; the Redis-backed tests say loudly that they were skipped.',
        `const store = config.REDIS_URL ? ${redis} : ${memory};`,
      ],
    },
  }[store];
  const usesRedis = store !== 'memory';
  return printSourceFile({
    statements: [
      ...importsOf({
        '../../config.js': { names: store === 'redis' ? ['ConfigError'] : [], types: ['Config'] },
        '../../lib/logger.js': { types: ['Logger'] },
        '../../lib/redis.js': { names: usesRedis ? ['createRedisClient'] : [] },
        './cache-settings.js': { names: ['cacheSettings'] },
        './memory-store.js': { names: ['createMemoryStore'] },
        './redis-store.js': { names: usesRedis ? ['createRedisStore'] : [] },
        './resource-cache.js': { names: ['createResourceCache'], types: ['ResourceCache'] },
      }),
      func('createCache', [param(usesRedis ? 'config' : '_config', 'Config'), param('logger', 'Logger')], 'ResourceCache', [
        ...choice.body,
        `return createResourceCache({ store, logger, keyPrefix: cacheSettings.keyPrefix, ttlSeconds: cacheSettings.ttlSeconds${generations ? ', changedByDeletes: cacheSettings.changedByDeletes' : ''} });`,
      ], { exported: true, docs: [choice.docs] }),
    ],
  });
}
