import { KilnError } from '../errors.js';
import { modelViews } from '../spec/columns.js';
import { columnName } from '../spec/names.js';
import type { Spec } from '../spec/schema.js';
import type { Operation } from './operations.js';
import { snapshotOf, type ColumnSnapshot, type SchemaSnapshot, type TableSnapshot } from './snapshot.js';

export interface DiffOptions {
  /** Permits dropping tables and columns (their data is lost). */
  allowDestructive: boolean;
  /** Tables that do not come from the spec's models (contributed by features), keyed by table name. */
  tables?: Readonly<Record<string, TableSnapshot>>;
}

/**
 * The operations that take the database from `previous` (the snapshot of the last migration) to what `spec`
 * describes. Never guesses a rename and never drops data unless told to: both are refused with a message that
 * shows the exact fix.
 */
export function diffSchema(previous: SchemaSnapshot, spec: Spec, options: DiffOptions): { operations: Operation[]; next: SchemaSnapshot } {
  const next = snapshotOf(spec, options.tables);
  const renames = declaredRenames(spec, previous);
  const operations: Operation[] = [];
  const destructive: string[] = [];

  const tableRenames = new Map([...renames.tables].filter(([to, from]) => !(to in previous.tables) && from in previous.tables && !(from in next.tables)));
  const renamedAway = new Set(tableRenames.values());
  const created = Object.keys(next.tables).filter((table) => !(table in previous.tables) && !tableRenames.has(table));
  const dropped = Object.keys(previous.tables).filter((table) => !(table in next.tables) && !renamedAway.has(table));
  if (created.length > 0 && dropped.length > 0 && !options.allowDestructive) {
    throw ambiguousRename('model', dropped.map((table) => previous.tables[table]!.model), created.map((table) => next.tables[table]!.model), (model) => `models.${model}`);
  }

  for (const [to, from] of tableRenames) {
    operations.push({ kind: 'renameTable', from, to });
    operations.push(...diffTable(to, renameIndexes(previous.tables[from]!, from, to), next.tables[to]!, renames.columns.get(to), options, destructive, spec));
  }
  for (const table of Object.keys(next.tables)) {
    if (table in previous.tables) {
      operations.push(...diffTable(table, previous.tables[table]!, next.tables[table]!, renames.columns.get(table), options, destructive, spec));
    }
  }
  for (const table of created) {
    const definition = next.tables[table]!;
    operations.push({ kind: 'createTable', table, definition });
    for (const index of definition.indexes) operations.push({ kind: 'createIndex', table, index });
  }
  for (const table of dropped) {
    destructive.push(`drops the table "${table}" (model ${previous.tables[table]!.model}) and every row in it`);
    operations.push({ kind: 'dropTable', table, definition: previous.tables[table]! });
  }
  if (destructive.length > 0 && !options.allowDestructive) {
    throw new KilnError(
      'migrate/destructive',
      `the next migration would lose data:\n${destructive.map((line) => `  - ${line}`).join('\n')}`,
      'if that is intended, run again with --allow-destructive (back up the data first); otherwise restore the spec',
    );
  }
  return { operations, next };
}

function diffTable(
  table: string,
  before: TableSnapshot,
  after: TableSnapshot,
  columnRenames: Map<string, string> | undefined,
  options: DiffOptions,
  destructive: string[],
  spec: Spec,
): Operation[] {
  const operations: Operation[] = [];
  const beforeColumns = new Map(before.columns.map((column) => [column.name, column]));
  const afterColumns = new Map(after.columns.map((column) => [column.name, column]));
  const renamed = new Map([...(columnRenames ?? [])].filter(([to, from]) => !beforeColumns.has(to) && beforeColumns.has(from) && !afterColumns.has(from)));
  const renamedAway = new Set(renamed.values());
  const added = after.columns.filter((column) => !beforeColumns.has(column.name) && !renamed.has(column.name));
  const removed = before.columns.filter((column) => !afterColumns.has(column.name) && !renamedAway.has(column.name));

  if (added.length > 0 && removed.length > 0 && !options.allowDestructive) {
    throw ambiguousRename('field', removed.map((column) => fieldOf(spec, column.name)), added.map((column) => fieldOf(spec, column.name)), (field) => `models.${after.model}.fields.${field}`);
  }
  const beforeIndexes = new Map(before.indexes.map((index) => [index.name, index]));
  const afterIndexes = new Map(after.indexes.map((index) => [index.name, index]));
  for (const index of before.indexes) {
    const kept = afterIndexes.get(index.name);
    if (!kept || !sameIndex(kept, index, renamed)) operations.push({ kind: 'dropIndex', table, index });
  }
  for (const [to, from] of renamed) {
    const previous = beforeColumns.get(from)!;
    const next = afterColumns.get(to)!;
    operations.push({ kind: 'renameColumn', table, from, to });
    if (!sameColumn({ ...previous, name: to }, next)) throw unsupportedChange(after.model, to, previous, next);
  }
  for (const column of removed) {
    destructive.push(`drops the column "${table}.${column.name}" and its data`);
    operations.push({ kind: 'dropColumn', table, column });
  }
  for (const column of added) {
    if (!column.nullable && column.default === undefined) {
      throw new KilnError(
        'migrate/required-without-default',
        `models.${after.model}.fields.${fieldOf(spec, column.name)}: a new required field needs a default, because the "${table}" table already exists and may hold rows`,
        'give it a "default", or make it "optional": true',
      );
    }
    operations.push({ kind: 'addColumn', table, column });
  }
  for (const column of after.columns) {
    const previous = beforeColumns.get(column.name);
    if (previous && !sameColumn(previous, column)) throw unsupportedChange(after.model, column.name, previous, column);
  }
  for (const index of after.indexes) {
    const existing = beforeIndexes.get(index.name);
    if (!existing || !sameIndex(index, existing, renamed)) operations.push({ kind: 'createIndex', table, index });
  }
  return operations;
}

/** Renames declared with `renamedFrom`, as table → previous table and table → (column → previous column). */
function declaredRenames(spec: Spec, previous: SchemaSnapshot) {
  const tables = new Map<string, string>();
  const columns = new Map<string, Map<string, string>>();
  const tableOfModel = new Map(Object.entries(previous.tables).map(([table, definition]) => [definition.model, table]));
  for (const model of modelViews(spec)) {
    const from = model.spec.renamedFrom && tableOfModel.get(model.spec.renamedFrom);
    if (from) tables.set(model.names.table, from);
    const renamedColumns = new Map(
      model.fields.flatMap((column) => (column.renamedFrom ? [[column.name, columnName(column.renamedFrom)] as const] : [])),
    );
    if (renamedColumns.size > 0) columns.set(model.names.table, renamedColumns);
  }
  return { tables, columns };
}

function fieldOf(spec: Spec, column: string): string {
  for (const model of modelViews(spec)) {
    const found = model.columns.find((candidate) => candidate.name === column);
    if (found) return found.field;
  }
  return column.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

function renameIndexes(definition: TableSnapshot, from: string, to: string): TableSnapshot {
  return { ...definition, indexes: definition.indexes.map((index) => ({ ...index, name: index.name.replace(from, to) })) };
}

const sameColumn = (a: ColumnSnapshot, b: ColumnSnapshot) => JSON.stringify(a) === JSON.stringify(b);

function sameIndex(a: { columns: string[]; unique: boolean }, b: { columns: string[]; unique: boolean }, renamed: Map<string, string>): boolean {
  const renamedBack = (column: string) => renamed.get(column) ?? column;
  return a.unique === b.unique && a.columns.map(renamedBack).join() === b.columns.join();
}

function ambiguousRename(kind: 'model' | 'field', gone: string[], appeared: string[], pathOf: (name: string) => string): KilnError {
  const [from = '', to = ''] = [gone[0], appeared[0]];
  return new KilnError(
    'migrate/ambiguous-rename',
    `${kind} ${gone.map((name) => `"${name}"`).join(', ')} disappeared and ${appeared.map((name) => `"${name}"`).join(', ')} appeared: Kiln does not guess renames`,
    `if "${to}" is "${from}" renamed, add "renamedFrom": "${from}" to ${pathOf(to)} in kiln.json, e.g.\n    "${to}": { …, "renamedFrom": "${from}" }\n  to drop "${from}" (losing its data) and add "${to}" instead, run again with --allow-destructive`,
  );
}

function unsupportedChange(model: string, column: string, before: ColumnSnapshot, after: ColumnSnapshot): KilnError {
  const changed = (Object.keys({ ...before, ...after }) as (keyof ColumnSnapshot)[]).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
  return new KilnError(
    'migrate/unsupported-change',
    `models.${model}: changing ${changed.join(', ')} of column "${column}" is not generated yet`,
    'revert that change in kiln.json for now, or write the migration by hand in src/db/migrations/',
  );
}
