import type { GeneratorContext } from '../../src/generator/define.js';
import { addImports, type ResourceRoutesPlan } from '../resource/routes-plan.js';
import { cachedModels, collectionOf } from './model.js';
import type { CachingOptions } from './options.js';

/**
 * The caching feature's part of a resource's routes (the `resource.routes` extension point): reads go through
 * the cache with ETag/Cache-Control headers and a 304 for a matching If-None-Match; every write invalidates.
 */
export function cacheRoutes(plan: ResourceRoutesPlan, options: CachingOptions, { spec }: GeneratorContext): void {
  if (!cachedModels(spec, options).some((model) => model.name === plan.model.name)) return;
  const cache = `${plan.model.names.camel}Cache`;
  addImports(plan, { '../../features/cache/http-caching.js': { names: ['cachedPage', 'cachedRecord', 'notModified'] } });
  plan.setup.push(`const ${cache} = deps.cache.collection('${collectionOf(plan.model)}');`);
  plan.middleware.list.push('notModified()');
  plan.middleware.get.push('notModified()');
  plan.read.list = `cachedPage(c, ${cache}, query, () => ${plan.read.list})`;
  plan.read.get = `cachedRecord(c, ${cache}, id, () => ${plan.read.get})`;
  plan.afterWrite.create.push(`await ${cache}.invalidate(${plan.names.instance}.id);`);
  plan.afterWrite.update.push(`await ${cache}.invalidate(id);`);
  plan.afterWrite.delete.push(`await ${cache}.invalidate(id);`);
}
