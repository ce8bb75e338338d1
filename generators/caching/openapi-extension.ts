import type { GeneratorContext } from '../../src/generator/define.js';
import type { JsonSchema } from '../openapi/json-schema.js';
import type { OpenApiPlan } from '../openapi/plan.js';
import { resourceNames } from '../resource/model.js';
import { resourcePlans } from '../resource/plans.js';
import { cachedModels } from './model.js';
import type { CachingOptions } from './options.js';

const headers: Record<string, JsonSchema> = {
  ETag: { description: 'A validator of this response: send it back as If-None-Match', schema: { type: 'string' } },
  'Cache-Control': { description: 'private, no-cache: keep the response, revalidate it every time', schema: { type: 'string' } },
};

/**
 * The caching feature's part of the OpenAPI document (`openapi.document`): each read that goes through the cache (the
 * routes plan gives it `notModified()`; a read scoped to its user does not) takes `If-None-Match`, sends `ETag` and
 * `Cache-Control`, and answers 304 without a body while the ETag still matches.
 */
export function documentCaching(plan: OpenApiPlan, options: CachingOptions, { spec, extensions }: GeneratorContext): void {
  for (const model of cachedModels(spec, options)) {
    const { middleware } = resourcePlans(model, extensions).routes;
    const names = resourceNames(model);
    const cached = [
      ...(middleware.list.includes('notModified()') ? [names.urlPath] : []),
      ...(middleware.get.includes('notModified()') ? [`${names.urlPath}/{id}`] : []),
    ];
    for (const { model: owner, method, path, operation } of plan.resourceOperations) {
      if (owner.name !== model.name || method !== 'get' || !cached.includes(path)) continue;
      operation.parameters = [
        ...(operation.parameters ?? []),
        { name: 'If-None-Match', in: 'header', description: 'The ETag of an earlier response: 304 while it still matches', schema: { type: 'string' } },
      ];
      operation.responses = {
        ...operation.responses,
        200: { ...operation.responses[200], headers },
        304: { description: 'Not modified: the ETag still matches If-None-Match', headers },
      };
    }
  }
}
