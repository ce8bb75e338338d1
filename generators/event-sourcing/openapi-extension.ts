import type { GeneratorContext } from '../../src/generator/define.js';
import { commandsOf } from '../cqrs/model.js';
import { cqrsOptions } from '../cqrs/options.js';
import { jsonSchemaOf, type JsonSchema } from '../openapi/json-schema.js';
import { jsonResponse, ref, type OpenApiPlan } from '../openapi/plan.js';
import { withArticle } from '../openapi/shapes.js';
import { resourceNames } from '../resource/model.js';
import { asOfSchema, esModels } from './model.js';
import type { EventSourcingOptions } from './options.js';

/**
 * event sourcing's part of the OpenAPI document (`openapi.document`), per event-sourced model: `?asOf=` on
 * `GET /<collection>/{id}` (400 for a time it cannot read), the events `GET /<collection>/{id}/history` answers with,
 * and the 409 of every write that appends an event (another command appended first).
 */
export function documentEventSourcing(plan: OpenApiPlan, options: EventSourcingOptions, { spec }: GeneratorContext): void {
  const commandOptions = cqrsOptions.parse(spec.features?.cqrs ?? {});
  for (const model of esModels(spec, options)) {
    const names = resourceNames(model);
    const record = `${names.urlPath}/{id}`;
    const label = names.label.toLowerCase();
    for (const { method, path, operation } of plan.resourceOperations.filter((entry) => entry.model.name === model.name)) {
      if (method === 'get' && path === record) {
        operation.parameters = [
          ...(operation.parameters ?? []),
          {
            name: 'asOf',
            in: 'query',
            description: `The ${label} as it was at this time (ISO 8601 with an offset): 404 if it did not exist yet`,
            schema: jsonSchemaOf(asOfSchema, 'input'),
          },
        ];
        operation.responses = { ...operation.responses, 400: ref('responses', 'BadRequest') };
      } else if (method === 'get' && path === `${record}/history`) {
        const { 400: _none, ...responses } = operation.responses;
        Object.assign(operation, {
          operationId: `get${names.type}History`,
          summary: `Every change of ${withArticle(label)}, oldest first: what happened, when, by which command and whom`,
          responses: { ...responses, 200: jsonResponse('Its events, in version order', { type: 'object', properties: { data: { type: 'array', items: ref('schemas', `${names.type}Event`) } }, required: ['data'], additionalProperties: false }) },
        });
      } else if (((method === 'patch' || method === 'delete') && path === record) || (method === 'post' && path.startsWith(`${record}/`))) {
        // Every command loads the stream and appends after the version it read.
        operation.responses = { ...operation.responses, 409: ref('responses', 'Conflict') };
      }
    }
    plan.document.components.schemas[`${names.type}Event`] = eventSchema(commandsOf(model, commandOptions).map((command) => command.event));
  }
}

/** A stored event, as `readStream` returns it (src/features/event-sourcing/event-store.ts). */
function eventSchema(types: string[]): JsonSchema {
  return {
    type: 'object',
    properties: {
      type: { type: 'string', enum: types },
      streamId: { type: 'string', description: 'The id of the record it happened to' },
      version: { type: 'integer', minimum: 1, description: 'Its place in the stream: 1 for the first event' },
      payload: { type: 'object', description: 'What changed: the whole record when it was created, the changed fields after' },
      metadata: {
        type: 'object',
        properties: { command: { type: 'string' }, actor: { type: 'string' }, requestId: { type: 'string' } },
        required: ['command'],
        description: 'The command that caused it, who sent it (the signed-in user, with jwt-auth) and in which request',
      },
      occurredAt: { type: 'string', format: 'date-time' },
    },
    required: ['type', 'streamId', 'version', 'payload', 'metadata', 'occurredAt'],
    additionalProperties: false,
  };
}
