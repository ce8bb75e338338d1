import type { GeneratorContext } from '../../src/generator/define.js';
import { addImports, readExpression, type ResourceRoutesPlan } from '../resource/routes-plan.js';
import { cachedModels, changedByDeletesOf, collectionOf } from './model.js';
import type { CachingOptions } from './options.js';

/**
 * The caching feature's part of a resource's routes (the `resource.routes` extension point): reads go through
 * the cache with ETag/Cache-Control headers and a 304 for a matching If-None-Match; every write invalidates.
 * A read scoped to the requesting user (an owner access rule) is not cached: its result differs per user. A delete
 * also retires the cached collections whose rows the database changes with it (see changedByDeletesOf).
 */
export function cacheRoutes(plan: ResourceRoutesPlan, options: CachingOptions, { spec }: GeneratorContext): void {
  const cached = cachedModels(spec, options).some((model) => model.name === plan.model.name);
  if (cached) cacheOwnRoutes(plan);
  // A delete the database carries on to other rows (onDelete cascade or setNull) retires their cached collections.
  for (const changed of changedByDeletesOf(spec, options, plan.model)) {
    const cache = `${changed.names.camel}Cache`;
    if (changed.name !== plan.model.name) plan.setup.push(`const ${cache} = deps.cache.collection('${collectionOf(changed)}');`);
    plan.afterWrite.delete.push(`await ${cache}.invalidateAll();`);
  }
}

function cacheOwnRoutes(plan: ResourceRoutesPlan): void {
  const cache = `${plan.model.names.camel}Cache`;
  const cachesList = plan.scopes.list === undefined;
  const cachesGet = plan.scopes.get === undefined;
  addImports(plan, {
    '../../features/cache/http-caching.js': {
      names: [...(cachesList ? ['cachedPage'] : []), ...(cachesGet ? ['cachedRecord'] : []), ...(cachesList || cachesGet ? ['notModified'] : [])],
    },
  });
  plan.setup.push(`const ${cache} = deps.cache.collection('${collectionOf(plan.model)}');`);
  if (cachesList) {
    plan.middleware.list.push('notModified()');
    plan.read.list = `cachedPage(c, ${cache}, query, () => ${readExpression(plan, 'list')})`;
  }
  if (cachesGet) {
    plan.middleware.get.push('notModified()');
    plan.read.get = `cachedRecord(c, ${cache}, id, () => ${readExpression(plan, 'get')})`;
  }
  plan.afterWrite.create.push(`await ${cache}.invalidate(${plan.names.instance}.id);`);
  plan.afterWrite.update.push(`await ${cache}.invalidate(id);`);
  plan.afterWrite.delete.push(`await ${cache}.invalidate(id);`);
}
