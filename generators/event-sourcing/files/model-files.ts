import type { Dialect } from '../../../src/dialect/index.js';
import type { Column, ModelView } from '../../../src/spec/columns.js';
import { moduleOf } from '../../cqrs/files/print.js';
import { commandsOf, cqrsModelNames } from '../../cqrs/model.js';
import type { CqrsOptions } from '../../cqrs/options.js';
import { asOfSchema, esModelNames, eventsTable } from '../model.js';

const features = '../../features';

/** <model>.aggregate.ts: how the model's records follow from their events, and loading and saving one. */
export function aggregateModelFile(model: ModelView, cqrsOptions: CqrsOptions): string {
  const type = model.names.pascal;
  const names = esModelNames(model);
  const events = cqrsModelNames(model).event;
  const commands = commandsOf(model, cqrsOptions);
  const state = model.names.camel === 'event' ? 'record' : model.names.camel;
  const cases = commands.map((command) => {
    switch (command.kind) {
      case 'create':
        return `case '${command.event}':\nreturn event.payload;`;
      case 'delete':
        return `case '${command.event}':\nreturn undefined;`;
      default:
        return `case '${command.event}':\nreturn ${state} && { ...${state}, ...event.payload };`;
    }
  });
  return moduleOf(
    {
      kysely: { types: ['Kysely'] },
      '../../db/tables.js': { types: ['Database'] },
      [`${features}/cqrs/command.js`]: { types: ['CommandContext'] },
      [`${features}/event-sourcing/aggregate.js`]: { names: ['loadAggregate', 'saveAggregate'], types: ['Aggregate', 'Loaded'] },
      [`./${model.names.kebab}.events.js`]: { types: [events] },
      [`./${model.names.kebab}.projection.js`]: { names: [names.project, names.prune] },
      [`./${model.names.kebab}.schema.js`]: { types: [type, `${type}Id`] },
    },
    [
      `/** A ${model.names.camel} after an event: undefined before it was created and after it was deleted. */
      export function ${names.evolve}(${state}: ${type} | undefined, event: ${events}): ${type} | undefined {
        switch (event.type) {
          ${cases.join('\n')}
        }
      }`,
      `export const ${names.aggregate}: Aggregate<${type}, ${events}> = {
        streamType: '${type}',
        evolve: ${names.evolve},
        project: ${names.project},
        prune: ${names.prune},
      };`,
      `/** A ${model.names.camel} and the version of its last event, from its events (after the latest snapshot). */
      export const ${names.load} = (db: Kysely<Database>, id: ${type}Id): Promise<Loaded<${type}>> => loadAggregate(db, ${names.aggregate}, id);`,
      `/** Appends a command's events to a loaded ${model.names.camel} (409 if another command got there first) and projects the result. */
      export const ${names.save} = (context: CommandContext, id: ${type}Id, loaded: Loaded<${type}>, events: readonly ${events}[]): Promise<${type} | undefined> =>
        saveAggregate(context.db, ${names.aggregate}, id, loaded, events);`,
    ],
  );
}

/** <model>.projection.ts: the model's read table kept equal to what its events fold to. */
export function projectionFile(model: ModelView, dialect: Dialect): string {
  const type = model.names.pascal;
  const names = esModelNames(model);
  const table = `'${model.names.table}'`;
  const record = model.names.camel === 'row' ? 'record' : model.names.camel;
  const rowOf = model.columns.map((column) => `${column.name}: ${toRow(column, dialect, `${record}.${column.field}`)},`).join('\n');
  return moduleOf(
    {
      kysely: { types: ['Insertable', 'Kysely'] },
      '../../db/tables.js': { types: ['Database'] },
      [`../../db/tables/${model.names.kebab}.js`]: { types: [`${type}Table`] },
      [`./${model.names.kebab}.schema.js`]: { types: [type] },
    },
    [
      `/** Writes a ${model.names.camel}'s state to the ${model.names.table} table: its row updated or inserted, or deleted with the ${model.names.camel}. */
      export async function ${names.project}(db: Kysely<Database>, id: string, ${record}: ${type} | undefined): Promise<void> {
        if (!${record}) {
          await db.deleteFrom(${table}).where('id', '=', id).execute();
          return;
        }
        const row = to${type}Row(${record});
        const existing = await db.selectFrom(${table}).select('id').where('id', '=', id).executeTakeFirst();
        if (existing) await db.updateTable(${table}).set(row).where('id', '=', id).execute();
        else await db.insertInto(${table}).values(row).execute();
      }`,
      `/** Deletes the rows of ${model.names.table} that no ${type} stream accounts for (written around the events).${dialect.kind === 'postgres' ? ' Ids compare as text: stream ids are text, whatever the id column.' : ''} */
      export async function ${names.prune}(db: Kysely<Database>): Promise<void> {
        const streams = db.selectFrom('${eventsTable}').select('stream_id').where('stream_type', '=', '${type}');
        await db.deleteFrom(${table}).where(${dialect.kind === 'postgres' ? "(eb) => eb(eb.cast<string>('id', 'text'), 'not in', streams)" : "'id', 'not in', streams"}).execute();
      }`,
      `function to${type}Row(${record}: ${type}): Insertable<${type}Table> {
        return {
          ${rowOf}
        };
      }`,
    ],
  );
}

function toRow(column: Column, dialect: Dialect, value: string): string {
  const converted = dialect.toRow(column, value);
  if (converted === undefined) return value;
  return column.nullable ? `${value} === null ? null : ${converted}` : converted;
}

/** <model>.history.ts: the queries over a record's events: its audit trail and its state at a past time. */
export function historyFile(model: ModelView): string {
  const type = model.names.pascal;
  const names = esModelNames(model);
  const events = cqrsModelNames(model).event;
  return moduleOf(
    {
      zod: { names: ['z'] },
      [`${features}/cqrs/query.js`]: { names: ['defineQuery'] },
      [`${features}/event-sourcing/aggregate.js`]: { names: ['stateAt'] },
      [`${features}/event-sourcing/event-store.js`]: { names: ['readStream'] },
      [`./${model.names.kebab}.aggregate.js`]: { names: [names.aggregate] },
      [`./${model.names.kebab}.events.js`]: { types: [events] },
      [`./${model.names.kebab}.schema.js`]: { names: [`${model.names.camel}IdSchema`] },
    },
    [
      `/** Every event of a ${model.names.camel}, oldest first: what happened, when, by which command and whom. */
      export const ${names.historyQuery} = defineQuery({
        name: 'Get${type}History',
        schema: z.object({ id: ${model.names.camel}IdSchema }),
        handle: ({ id }, { db }) => readStream<${events}>(db, id),
      });`,
      `/** A ${model.names.camel} as it was at \`asOf\`; undefined when it did not exist then. */
      export const ${names.asOfQuery} = defineQuery({
        name: 'Get${type}AsOf',
        schema: z.object({ id: ${model.names.camel}IdSchema, asOf: ${asOfSchema} }),
        handle: ({ id, asOf }, { db }) => stateAt(db, ${names.aggregate}, id, asOf),
      });`,
    ],
  );
}
