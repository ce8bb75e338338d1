import { modelViews, type ModelView } from '../../src/spec/columns.js';
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

/**
 * The cached collections whose rows the database changes when a row of `model` is deleted: those with a foreign key
 * to it that cascades (and, since their rows go too, whatever theirs cascade to or set null) or sets null. Its delete
 * route retires them whole; it cannot name the rows. In spec order.
 */
export function changedByDeletesOf(spec: Spec, options: CachingOptions, model: ModelView): ModelView[] {
  const all = modelViews(spec);
  const changed = new Set<string>();
  const deleted = new Set([model.name]);
  const queue = [model.name];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const child of all) {
      for (const column of child.fields) {
        if (column.references?.model !== next || column.references.onDelete === 'restrict') continue;
        changed.add(child.name);
        if (column.references.onDelete === 'cascade' && !deleted.has(child.name)) {
          deleted.add(child.name);
          queue.push(child.name);
        }
      }
    }
  }
  const cached = new Set(cachedModels(spec, options).map((candidate) => candidate.name));
  return all.filter((candidate) => changed.has(candidate.name) && cached.has(candidate.name));
}

/** Every collection some delete elsewhere changes: their records are cached under a generation (see resource-cache.ts). */
export const changedByDeletes = (spec: Spec, options: CachingOptions): string[] =>
  [...new Set(modelViews(spec).flatMap((model) => changedByDeletesOf(spec, options, model).map(collectionOf)))].sort();
