import type { Config } from '../../config.js';
import type { Logger } from '../../lib/logger.js';
import { createRedisClient } from '../../lib/redis.js';
import { cacheSettings } from './cache-settings.js';
import { createMemoryStore } from './memory-store.js';
import { createRedisStore } from './redis-store.js';
import { createResourceCache, type ResourceCache } from './resource-cache.js';

/** The app's cache: in Redis when REDIS_URL is set (shared by every instance), in this process's memory otherwise. */
export function createCache(config: Config, logger: Logger): ResourceCache {
  const store = config.REDIS_URL
    ? createRedisStore(createRedisClient(config.REDIS_URL, logger, 'cache'))
    : createMemoryStore(cacheSettings.maxEntries);
  return createResourceCache({
    store,
    logger,
    keyPrefix: cacheSettings.keyPrefix,
    ttlSeconds: cacheSettings.ttlSeconds,
  });
}
