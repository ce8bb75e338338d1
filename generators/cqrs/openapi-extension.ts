import type { GeneratorContext } from '../../src/generator/define.js';
import { jsonSchemaOf } from '../openapi/json-schema.js';
import { jsonResponse, ref, type OpenApiPlan } from '../openapi/plan.js';
import { dataOf, withArticle } from '../openapi/shapes.js';
import { resourceNames, sampleValue } from '../resource/model.js';
import { resourcePlans } from '../resource/plans.js';
import { schemaExpressions } from '../resource/schema-file.js';
import { customSchema } from './files/model-files.js';
import { commandsOf, cqrsModelPaths, cqrsModels } from './model.js';
import type { CqrsOptions } from './options.js';

/**
 * cqrs's part of the OpenAPI document (`openapi.document`): each custom command's `POST /<collection>/{id}/<name>`
 * gets its input — the JSON Schema of the very zod schema the route validates with (`<command>Schema`, a pick of
 * the create schema), with an example — and the record it answers with.
 */
export function documentCommands(plan: OpenApiPlan, options: CqrsOptions, { spec, extensions }: GeneratorContext): void {
  for (const model of cqrsModels(spec, options)) {
    const names = resourceNames(model);
    const create = schemaExpressions(model, Object.keys(resourcePlans(model, extensions).routes.serverAssigned)).create;
    const module = `../${cqrsModelPaths(model).commands.replace(/^src\//, '').replace(/\.ts$/, '.js')}`;
    for (const command of commandsOf(model, options).filter((candidate) => candidate.kind === 'custom')) {
      const path = `${names.urlPath}/{id}/${command.key}`;
      const documented = plan.resourceOperations.find((entry) => entry.model.name === model.name && entry.method === 'post' && entry.path === path);
      if (!documented) continue;
      plan.document.components.schemas[command.name] = jsonSchemaOf(customSchema(model, command, `(${create})`), 'input');
      plan.documentedSchemas.push({ component: command.name, module, schema: `${command.constant}Schema`, io: 'input' });
      const example = Object.fromEntries(command.fields.map((column) => [column.field, sampleValue(column, 2, column.field)]));
      Object.assign(documented.operation, {
        operationId: command.constant,
        summary: command.description ?? `${command.name}: sets ${command.fields.map((column) => column.field).join(', ')} of ${withArticle(names.label.toLowerCase())}`,
        requestBody: { required: true, content: { 'application/json': { schema: ref('schemas', command.name), example } } },
        responses: { ...documented.operation.responses, 200: jsonResponse(`The ${names.label.toLowerCase()} the command changed`, dataOf(names.type)) },
      });
    }
  }
}
