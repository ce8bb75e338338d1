import { KilnErrors } from '../../src/errors.js';
import { identifier, type ColumnSnapshot, type TableSnapshot } from '../../src/migrate/snapshot.js';
import type { ModelView } from '../../src/spec/columns.js';
import type { DatabaseKind } from '../../src/spec/field-types.js';
import type { Spec } from '../../src/spec/schema.js';
import { selectedModels } from '../../src/spec/selected-models.js';
import { cqrsModels } from '../cqrs/model.js';
import { cqrsOptions } from '../cqrs/options.js';
import type { EventSourcingOptions } from './options.js';

/** Where the event-sourcing feature writes, and the names its code uses. Pure: spec and options in, names out. */
export const feature = 'event-sourcing';
export const esDir = 'src/features/event-sourcing';
const file = (name: string) => `${esDir}/${name}`;
export const esPaths = {
  readme: file('README.md'),
  tables: file('event-tables.ts'),
  store: file('event-store.ts'),
  snapshots: file('snapshots.ts'),
  aggregate: file('aggregate.ts'),
  asOf: file('as-of.ts'),
  settings: file('event-sourcing-settings.ts'),
  rebuild: file('rebuild.ts'),
  rebuildScript: file('rebuild-script.ts'),
  test: file('event-sourcing.test.ts'),
};
/** What `?asOf=` accepts (zod, as the as-of query validates it): an ISO 8601 time with its offset. */
export const asOfSchema = 'z.iso.datetime({ offset: true })';
export const rebuildScript = { name: 'events:rebuild', command: 'tsx src/features/event-sourcing/rebuild-script.ts' };
export const eventsTable = 'domain_events';
export const snapshotsTable = 'domain_snapshots';

/** Per model: its event-sourcing modules, beside its resource. */
export function esModelPaths(model: ModelView) {
  const module = (suffix: string) => `src/resources/${model.names.kebab}/${model.names.kebab}.${suffix}.ts`;
  return { aggregate: module('aggregate'), projection: module('projection'), history: module('history') };
}

export function esModelNames(model: ModelView) {
  const type = model.names.pascal;
  return {
    aggregate: `${model.names.camel}Aggregate`,
    evolve: `evolve${type}`,
    load: `load${type}`,
    save: `save${type}`,
    project: `project${type}`,
    prune: `prune${model.names.pascal}Rows`,
    historyQuery: `get${type}History`,
    asOfQuery: `get${type}AsOf`,
  };
}

/**
 * The event-sourced models: those `models` names (default: every model cqrs applies to). Each must go through
 * cqrs and have UUID ids (a record's id is its stream's id, known before anything is written).
 */
export function esModels(spec: Spec, options: EventSourcingOptions): ModelView[] {
  const commanded = cqrsModels(spec, cqrsOptions.parse(spec.features?.cqrs ?? {})).map((model) => model.name);
  const models = selectedModels(spec, feature, options.models).filter((model) => options.models !== undefined || commanded.includes(model.name));
  const problems = models.flatMap((model) => {
    const path = options.models === undefined ? `models.${model.name}` : `features.${feature}.models[${options.models.indexOf(model.name)}]`;
    // Only a model named in \`models\` can be one cqrs does not apply to: the default is cqrs's own models.
    if (!commanded.includes(model.name)) {
      return [{ path, message: `${model.name} is event-sourced but its writes do not go through cqrs`, hint: `add "${model.name}" to features.cqrs.models` }];
    }
    if (model.idStrategy !== 'uuid') {
      return [{ path, message: `${model.name} has "id": "${model.idStrategy}", and an event-sourced record needs its id before anything is written`, hint: `use "id": "uuid" for ${model.name}` }];
    }
    return [];
  });
  if (problems.length > 0) throw new KilnErrors('spec/invalid-options', problems);
  return models;
}

const column = (name: string, type: ColumnSnapshot['type'], extra: Partial<ColumnSnapshot> = {}): ColumnSnapshot => ({ name, type, nullable: false, ...extra });

/** The feature's tables: the append-only events (one row per event, unique per stream version) and the snapshots. */
export function esTables(database: DatabaseKind): Record<string, TableSnapshot> {
  const index = (table: string, columns: string[], unique: boolean) => ({
    name: identifier(`${table}_${columns.join('_')}_${unique ? 'unique' : 'index'}`, database),
    columns,
    unique,
  });
  return {
    [eventsTable]: {
      model: feature,
      columns: [
        column('position', 'integer', { primaryKey: true, idStrategy: 'increments' }),
        column('stream_type', 'string', { max: 100 }),
        column('stream_id', 'string', { max: 64 }),
        column('version', 'integer'),
        column('type', 'string', { max: 100 }),
        column('payload', 'text'),
        column('metadata', 'text'),
        column('occurred_at', 'datetime'),
      ],
      indexes: [index(eventsTable, ['stream_id', 'version'], true), index(eventsTable, ['stream_type', 'version'], false)],
    },
    [snapshotsTable]: {
      model: feature,
      columns: [
        column('id', 'integer', { primaryKey: true, idStrategy: 'increments' }),
        column('stream_id', 'string', { max: 64 }),
        column('version', 'integer'),
        column('state', 'text'),
        column('taken_at', 'datetime'),
      ],
      indexes: [index(snapshotsTable, ['stream_id', 'version'], true)],
    },
  };
}
