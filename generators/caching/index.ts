import { defineGenerator } from '../../src/generator/define.js';
import { modelViews } from '../../src/spec/columns.js';
import { configPoint, type ConfigPlan } from '../project/config-plan.js';
import { moduleFromSrc, serverPoint, type ServerPlan } from '../project/server-plan.js';
import { addRedisEnvironment, writeRedisSupport } from '../redis-support/use-redis.js';
import { routesPoint } from '../resource/routes-plan.js';
import { cacheSettingsFile } from './files/cache-settings-file.js';
import { cacheStoreFile } from './files/cache-store-file.js';
import { cacheTestFile } from './files/cache-test-file.js';
import { credentialsOf, repositoryPlan, resourcePlans } from '../resource/plans.js';
import { dialectFor } from '../../src/dialect/index.js';
import type { ResourceRoutesPlan } from '../resource/routes-plan.js';
import type { ResourceTestsPlan } from '../resource/tests-plan.js';
import { createCacheFile } from './files/create-cache-file.js';
import { httpCachingFile } from './files/http-caching-file.js';
import { memoryStoreFile, memoryStoreTestFile } from './files/memory-store-file.js';
import { redisStoreFile } from './files/redis-store-file.js';
import { resourceCacheFile } from './files/resource-cache-file.js';
import { singleFlightFile } from './files/single-flight-file.js';
import { cachedModels, cachePaths, changedByDeletes, changedByDeletesOf, collectionOf, usesRedis } from './model.js';
import { cachingOptions } from './options.js';
import { cacheRoutes } from './routes-extension.js';
import { documentCaching } from './openapi-extension.js';
import { openApiPoint } from '../openapi/plan.js';

export default defineGenerator({
  name: 'caching',
  summary: 'src/features/cache/: cache-aside for the read routes (memory LRU, or Redis when REDIS_URL is set), ETag/304, invalidation on write.',
  kind: 'feature',
  options: cachingOptions,
  requires: ['project', 'resource'],
  // Its routes extension must see jwt-auth's scopes, to leave per-user reads uncached, and wraps the reads cqrs
  // routes through its query bus.
  after: ['jwt-auth', 'cqrs'],
  extend: {
    [routesPoint]: cacheRoutes,
    [openApiPoint]: documentCaching,
    [serverPoint]: (plan: ServerPlan) => {
      plan.services.push({
        name: 'cache',
        type: { name: 'ResourceCache', from: moduleFromSrc(cachePaths.resourceCache) },
        factory: { name: 'createCache', from: moduleFromSrc(cachePaths.createCache) },
      });
    },
    [configPoint]: (plan: ConfigPlan, options) => {
      if (usesRedis(options)) addRedisEnvironment(plan);
    },
  },
  generate(tree, options, { spec, renderBlueprint, extensions }) {
    const models = cachedModels(spec, options);
    const redis = usesRedis(options);
    const keyPrefix = `${spec.name}:cache`;
    const readme = { ...options, keyPrefix, redis, models: models.map((model) => ({ name: model.name, collection: collectionOf(model) })) };
    tree.write(cachePaths.readme, renderBlueprint('README.md.hbs', readme));
    tree.write(cachePaths.store, cacheStoreFile());
    tree.write(cachePaths.memoryStore, memoryStoreFile());
    tree.write(cachePaths.memoryStoreTest, memoryStoreTestFile());
    if (redis) tree.write(cachePaths.redisStore, redisStoreFile());
    tree.write(cachePaths.singleFlight, singleFlightFile());
    tree.write(cachePaths.resourceCache, resourceCacheFile());
    tree.write(cachePaths.httpCaching, httpCachingFile());
    const generations = changedByDeletes(spec, options);
    tree.write(cachePaths.settings, cacheSettingsFile(options, keyPrefix, generations));
    tree.write(cachePaths.createCache, createCacheFile(options.store, generations.length > 0));
    // Proven on the first model whose reads are public and unscoped: the ones the cache serves for everyone.
    const tested = models.map((model) => ({ model, ...resourcePlans(model, extensions) })).find(({ routes, tests }) => cachesReads(routes, tests));
    if (tested) {
      const { model, tests } = tested;
      const keepsDeletedRows = repositoryPlan(model, dialectFor(spec.database), extensions).deleteSets !== undefined;
      const relations = { spec, models: modelViews(spec), changed: changedByDeletesOf(spec, options, model), generations, keepsDeletedRows };
      tree.write(cachePaths.test, cacheTestFile(model, collectionOf(model), redis, credentialsOf(tests), relations));
    }
    if (redis) writeRedisSupport(tree);
  },
});

/** Reads that anyone may make and that the cache serves (not scoped to the requesting user). */
const cachesReads = (routes: ResourceRoutesPlan, tests: ResourceTestsPlan): boolean =>
  routes.scopes.get === undefined && routes.scopes.list === undefined && tests.headers.get === undefined && tests.headers.list === undefined;
