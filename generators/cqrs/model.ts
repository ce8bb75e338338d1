import { KilnError, KilnErrors } from '../../src/errors.js';
import type { Column, ModelView } from '../../src/spec/columns.js';
import { camelCase, pascalCase } from '../../src/spec/naming.js';
import type { Spec } from '../../src/spec/schema.js';
import { selectedModels } from '../../src/spec/selected-models.js';
import { didYouMean } from '../../src/spec/suggest.js';
import type { CqrsOptions } from './options.js';

/** Where the CQRS feature writes, and the names its code uses. Pure: spec and options in, names out. */
export const cqrsDir = 'src/features/cqrs';
const file = (name: string) => `${cqrsDir}/${name}`;
export const cqrsPaths = {
  readme: file('README.md'),
  command: file('command.ts'),
  query: file('query.ts'),
  domainEvent: file('domain-event.ts'),
  commandBus: file('command-bus.ts'),
  queryBus: file('query-bus.ts'),
  eventBus: file('event-bus.ts'),
  middleware: file('middleware.ts'),
  subscribers: file('subscribers.ts'),
  commandMetadata: file('command-metadata.ts'),
  test: file('cqrs.test.ts'),
};

export const feature = 'cqrs';

export const cqrsModels = (spec: Spec, options: CqrsOptions): ModelView[] => selectedModels(spec, feature, options.models);

/** A model's command: the built-in create/update/delete, or a custom one from kiln.json. */
export interface CommandView {
  /** The key in kiln.json (`publish`) or `create` | `update` | `delete`. */
  key: string;
  kind: 'create' | 'update' | 'delete' | 'custom';
  /** The exported constant, e.g. `publishPost`. */
  constant: string;
  /** The command's name in logs and event metadata, e.g. `PublishPost`. */
  name: string;
  /** The event it emits, e.g. `PostPublished`. */
  event: string;
  /** Custom commands: the fields they set. */
  fields: Column[];
  description?: string;
}

const builtIn = { create: 'Created', update: 'Updated', delete: 'Deleted' } as const;
/** Names a custom command may not take: the built-in ones and the routes they would shadow. */
const reserved = new Set(['create', 'update', 'delete', 'get', 'list', 'history']);

/** Every command of a model, built-in first, custom ones in kiln.json order. Unknown fields are refused by name. */
export function commandsOf(model: ModelView, options: CqrsOptions): CommandView[] {
  const type = model.names.pascal;
  const builtIns = (Object.keys(builtIn) as (keyof typeof builtIn)[]).map((kind): CommandView => ({
    key: kind,
    kind,
    constant: `${kind}${type}`,
    name: `${pascalCase(kind)}${type}`,
    event: `${type}${builtIn[kind]}`,
    fields: [],
  }));
  const custom = Object.entries(options.commands[model.name] ?? {}).map(([key, command]): CommandView => ({
    key,
    kind: 'custom',
    constant: `${camelCase(key)}${type}`,
    name: `${pascalCase(key)}${type}`,
    event: `${type}${pastTense(pascalCase(key))}`,
    fields: command.fields.flatMap((name) => model.fields.filter((column) => column.field === name)),
    ...(command.description === undefined ? {} : { description: command.description }),
  }));
  return [...builtIns, ...custom];
}

/** The event's verb: `Publish` → `Published`, `Archive` → `Archived`, `Verify` → `Verified`. */
function pastTense(verb: string): string {
  if (verb.endsWith('e')) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  return `${verb}ed`;
}

/**
 * Refuses what the generated code could not honour: custom commands of models that are not selected, unknown or
 * duplicate fields, names that clash with a built-in command or route, and models whose rows are scoped to an
 * owner (their commands would need the scope; not supported yet).
 */
export function validateCqrs(spec: Spec, options: CqrsOptions): void {
  const models = cqrsModels(spec, options);
  const selected = models.map((model) => model.name);
  const problems: { path: string; message: string; hint?: string }[] = [];
  for (const [modelName, commands] of Object.entries(options.commands)) {
    const model = models.find((candidate) => candidate.name === modelName);
    if (!model) {
      problems.push({ path: `features.cqrs.commands.${modelName}`, message: `"${modelName}" is not one of the models cqrs applies to.${didYouMean(modelName, selected)}`, hint: `models: ${selected.join(', ') || '(none)'}` });
      continue;
    }
    const known = model.fields.map((column) => column.field);
    for (const [key, command] of Object.entries(commands)) {
      const path = `features.cqrs.commands.${modelName}.${key}`;
      if (!/^[a-z][A-Za-z0-9]*$/.test(key)) problems.push({ path, message: `command name "${key}" must be a camelCase identifier, e.g. "publish"` });
      else if (reserved.has(key)) problems.push({ path, message: `"${key}" is a built-in command or route of every model`, hint: 'choose another name, e.g. "publish" or "archive"' });
      command.fields.forEach((name, index) => {
        if (!known.includes(name)) problems.push({ path: `${path}.fields[${index}]`, message: `unknown field "${name}" of ${modelName}.${didYouMean(name, known)}`, hint: `fields: ${known.join(', ')}` });
        else if (command.fields.indexOf(name) !== index) problems.push({ path: `${path}.fields[${index}]`, message: `"${name}" is listed twice` });
      });
    }
  }
  if (problems.length > 0) throw new KilnErrors('spec/invalid-options', problems);
  for (const model of models) {
    if (model.spec.owner !== undefined) {
      throw new KilnError(
        'spec/invalid-options',
        `features.cqrs: model ${model.name} has an owner ("owner": "${model.spec.owner}"), and cqrs does not route owner-scoped writes yet`,
        `leave ${model.name} out of features.cqrs.models, or drop its owner`,
      );
    }
  }
}

/** Per model: where its CQRS modules live and what they export. */
export function cqrsModelPaths(model: ModelView) {
  const dir = `src/resources/${model.names.kebab}`;
  const module = (suffix: string) => `${dir}/${model.names.kebab}.${suffix}.ts`;
  return { commands: module('commands'), queries: module('queries'), events: module('events') };
}

export function cqrsModelNames(model: ModelView) {
  const type = model.names.pascal;
  return {
    /** The union of the model's events. */
    event: `${type}Event`,
    /** The event types, as a runtime list (subscribers, the event store). */
    eventTypes: `${model.names.camel}EventTypes`,
    getQuery: `get${type}`,
    listQuery: `list${pascalCase(model.names.camelPlural)}`,
    /** What an update or a custom command's event carries: the changed fields (and `updatedAt`). */
    changes: `${type}Changes`,
  };
}
