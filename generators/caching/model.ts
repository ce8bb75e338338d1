import type { ModelView } from '../../src/spec/columns.js';
import type { Spec } from '../../src/spec/schema.js';
import { selectedModels } from '../../src/spec/selected-models.js';
import type { CachingOptions } from './options.js';

/** Where the caching feature writes, and the names its code uses. Pure: spec and options in, names out. */
export const cacheDir = 'src/features/cache';

const file = (name: string) => `${cacheDir}/${name}`;
export const cachePaths = {
  readme: file('README.md'),
  store: file('cache-store.ts'),
  memoryStore: file('memory-store.ts'),
  memoryStoreTest: file('memory-store.test.ts'),
  redisStore: file('redis-store.ts'),
  singleFlight: file('single-flight.ts'),
  resourceCache: file('resource-cache.ts'),
  httpCaching: file('http-caching.ts'),
  settings: file('cache-settings.ts'),
  createCache: file('create-cache.ts'),
  test: file('cache.test.ts'),
};

export const cachedModels = (spec: Spec, options: CachingOptions): ModelView[] => selectedModels(spec, 'caching', options.models);

/** Whether the generated cache may use Redis (and so needs REDIS_URL, ioredis and the Redis-backed tests). */
export const usesRedis = (options: CachingOptions): boolean => options.store !== 'memory';

/** The name a model goes by in cache keys: its URL segment, e.g. `blog-posts`. */
export const collectionOf = (model: ModelView): string => model.names.kebabPlural;
