import { listingOf } from '../../../src/spec/listing.js';
import type { ModelView } from '../../../src/spec/columns.js';
import { mergeImports } from '../../resource/routes-plan.js';
import type { CommandsPlan } from '../commands-plan.js';
import { eventFactory } from '../commands-plan.js';
import { cqrsModelNames, type CommandView } from '../model.js';
import { moduleOf } from './print.js';

const features = '../../features/cqrs';

/** The id of a record as a stream id (a string, whatever the id type). */
const streamId = (model: ModelView, id: string) => (model.idStrategy === 'uuid' ? id : `String(${id})`);

/**
 * What a custom command's input is: the fields it sets, validated as on create. `create` is the create schema (its
 * name, or its zod expression where the OpenAPI document evaluates the same pick).
 */
export const customSchema = (model: ModelView, command: CommandView, create = `create${model.names.pascal}Schema`): string =>
  `${create}.pick({ ${command.fields.map((column) => `${column.field}: true`).join(', ')} })`;

/** <model>.events.ts: the model's domain events, as types and as the functions that build them. */
export function eventsFile(model: ModelView, commands: readonly CommandView[]): string {
  const type = model.names.pascal;
  const names = cqrsModelNames(model);
  const stamp = model.timestamps ? ` & { updatedAt: string }` : '';
  const payloadOf = (command: CommandView): string => {
    switch (command.kind) {
      case 'create':
        return type;
      case 'update':
        return names.changes;
      case 'delete':
        return 'Record<string, never>';
      case 'custom':
        return `${command.event}Payload`;
    }
  };
  const customPayload = (command: CommandView): string[] =>
    command.kind === 'custom'
      ? [`/** What ${command.name} sets${model.timestamps ? ', and the new updatedAt' : ''}. */
        export type ${command.event}Payload = Pick<Create${type}Input, ${command.fields.map((column) => `'${column.field}'`).join(' | ')}>${stamp};`]
      : [];
  const factory = (command: CommandView): string => {
    const event = `NewEvent<'${command.event}', ${payloadOf(command)}>`;
    const doc = `/** ${eventDoc(model, command)} */\n`;
    if (command.kind === 'create') {
      return `${doc}export const ${eventFactory(command)} = (${model.names.camel}: ${type}): ${event} => ({ type: '${command.event}', streamId: ${streamId(model, `${model.names.camel}.id`)}, payload: ${model.names.camel} });`;
    }
    if (command.kind === 'delete') {
      return `${doc}export const ${eventFactory(command)} = (id: ${type}Id): ${event} => ({ type: '${command.event}', streamId: ${streamId(model, 'id')}, payload: {} });`;
    }
    return `${doc}export const ${eventFactory(command)} = (id: ${type}Id, changes: ${payloadOf(command)}): ${event} => ({ type: '${command.event}', streamId: ${streamId(model, 'id')}, payload: changes });`;
  };
  const usesCreateInput = commands.some((command) => command.kind === 'custom');
  return moduleOf(
    {
      [`${features}/domain-event.js`]: { types: ['DomainEvent', 'NewEvent'] },
      [`./${model.names.kebab}.schema.js`]: { types: [type, `${type}Id`, `Update${type}Input`, ...(usesCreateInput ? [`Create${type}Input`] : [])] },
    },
    [
      `/** What an update carries: the fields it changed${model.timestamps ? ', and the new updatedAt' : ''}. */
      export type ${names.changes} = Update${type}Input${stamp};`,
      ...commands.flatMap(customPayload),
      ...commands.map((command) => `export type ${command.event} = DomainEvent<'${command.event}', ${payloadOf(command)}>;`),
      `/** Every event of a ${model.names.camel} stream. */
      export type ${names.event} = ${commands.map((command) => command.event).join(' | ')};`,
      ...commands.map(factory),
    ],
  );
}

function eventDoc(model: ModelView, command: CommandView): string {
  const label = model.names.camel;
  switch (command.kind) {
    case 'create':
      return `A ${label} was created: the payload is the whole record.`;
    case 'update':
      return `Some fields of a ${label} changed: the payload holds them.`;
    case 'delete':
      return `A ${label} was deleted.`;
    case 'custom':
      return command.description ?? `${command.name} ran: the payload holds the fields it set.`;
  }
}

/** <model>.commands.ts: the model's commands, each a schema and a small handler. */
export function commandsFile(plan: CommandsPlan): string {
  const { model, commands } = plan;
  const type = model.names.pascal;
  const id = `${model.names.camel}IdSchema`;
  const schemaOf = (command: CommandView): string => {
    switch (command.kind) {
      case 'create':
        return `create${type}Schema`;
      case 'update':
        return `update${type}Schema.extend({ id: ${id} })`;
      case 'delete':
        return `z.object({ id: ${id} })`;
      case 'custom':
        return `${command.constant}Schema.extend({ id: ${id} })`;
    }
  };
  const parameter = (command: CommandView) => (command.kind === 'create' ? 'input' : command.kind === 'delete' ? '{ id }' : '{ id, ...changes }');
  const docOf = (command: CommandView): string => {
    const emits = `emits ${command.event}`;
    switch (command.kind) {
      case 'create':
        return `Creates a ${model.names.camel}; ${emits}.`;
      case 'update':
        return `Changes some fields of a ${model.names.camel}; ${emits}. Undefined when there is no such ${model.names.camel}.`;
      case 'delete':
        return `Deletes a ${model.names.camel}; ${emits}. False when there was no such ${model.names.camel}.`;
      case 'custom':
        return `${command.description ?? `Sets ${command.fields.map((column) => column.field).join(', ')}`}; ${emits}. Undefined when there is no such ${model.names.camel}.`;
    }
  };
  const custom = commands.filter((command) => command.kind === 'custom');
  const usedSchemas = [
    `create${type}Schema`,
    id,
    `update${type}Schema`,
  ];
  return moduleOf(
    mergeImports(
      {
        zod: { names: ['z'] },
        [`${features}/command.js`]: { names: ['defineCommand'] },
        [`./${model.names.kebab}.events.js`]: { names: commands.map(eventFactory) },
        [`./${model.names.kebab}.schema.js`]: { names: usedSchemas },
      },
      plan.imports,
    ),
    [
      ...custom.map(
        (command) => `/** What a client sends to ${command.key} a ${model.names.camel}. */
        export const ${command.constant}Schema = ${customSchema(model, command)};`,
      ),
      ...commands.map(
        (command) => `/** ${docOf(command)} */
        export const ${command.constant} = defineCommand({
          name: '${command.name}',
          schema: ${schemaOf(command)},
          async handle(${parameter(command)}, context) {
            ${(plan.bodies[command.key] ?? []).join('\n')}
          },
        });`,
      ),
    ],
  );
}

/** <model>.queries.ts: the model's queries (get, list), reading its table. */
export function queriesFile(model: ModelView): string {
  const type = model.names.pascal;
  const names = cqrsModelNames(model);
  const repository = `create${type}Repository`;
  const listQueryType = listingOf(model).pagination === 'cursor' ? 'CursorListQuery' : 'OffsetListQuery';
  return moduleOf(
    {
      zod: { names: ['z'] },
      [`${features}/query.js`]: { names: ['defineQuery'] },
      '../../lib/list-query.js': { types: [listQueryType] },
      [`./${model.names.kebab}.repository.js`]: { names: [repository] },
      [`./${model.names.kebab}.schema.js`]: { names: [`${model.names.camel}IdSchema`] },
    },
    [
      `/** One ${model.names.camel} by id; undefined when there is none. */
      export const ${names.getQuery} = defineQuery({
        name: 'Get${type}',
        schema: z.object({ id: ${model.names.camel}IdSchema }),
        handle: ({ id }, { db }) => ${repository}(db).findById(id),
      });`,
      `/**
       * A page of ${model.names.camelPlural}. Its input is already checked against the model's list rules where it was
       * parsed from the URL (filters, sort and page all depend on them), so the schema only carries its type.
       */
      export const ${names.listQuery} = defineQuery({
        name: '${names.listQuery.charAt(0).toUpperCase()}${names.listQuery.slice(1)}',
        schema: z.custom<${listQueryType}>(),
        handle: (query, { db }) => ${repository}(db).list(query),
      });`,
    ],
  );
}
