import { dialectFor, type Dialect } from '../dialect/index.js';
import { KilnError } from '../errors.js';
import { modelViews } from '../spec/columns.js';
import { columnName } from '../spec/names.js';
import type { Spec } from '../spec/schema.js';
import { changedParts, hasDefault } from './column-definition.js';
import type { Operation } from './operations.js';
import { alterationRisks } from './risks.js';
import { snapshotOf, type ColumnSnapshot, type ForeignKeySnapshot, type IndexSnapshot, type SchemaSnapshot, type TableSnapshot } from './snapshot.js';

export interface DiffOptions {
  /** Permits changes that lose data: dropping tables or columns, narrowing a column. */
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
  const context: TableContext = { spec, dialect: dialectFor(spec.database), options, destructive: [] };
  const renames = declaredRenames(spec, previous);
  const operations: Operation[] = [];

  const tableRenames = new Map([...renames.tables].filter(([to, from]) => !(to in previous.tables) && from in previous.tables && !(from in next.tables)));
  const renamedAway = new Set(tableRenames.values());
  const created = Object.keys(next.tables).filter((table) => !(table in previous.tables) && !tableRenames.has(table));
  const dropped = Object.keys(previous.tables).filter((table) => !(table in next.tables) && !renamedAway.has(table));
  if (created.length > 0 && dropped.length > 0 && !options.allowDestructive) {
    throw ambiguousRename('model', dropped.map((table) => previous.tables[table]!.model), created.map((table) => next.tables[table]!.model), (model) => `models.${model}`);
  }

  // Foreign keys go first and come last: a column, index or table they depend on can then change in between.
  const foreignKeys: { dropped: Operation[]; added: Operation[] } = { dropped: [], added: [] };
  const changeTable = (table: string, from: string) => {
    const changes = diffTable(context, table, from, previous.tables[from]!, next.tables[table]!, renames.columns.get(table));
    foreignKeys.dropped.push(...changes.foreignKeys.dropped);
    foreignKeys.added.push(...changes.foreignKeys.added);
    return changes.operations;
  };
  for (const [to, from] of tableRenames) {
    operations.push({ kind: 'renameTable', from, to, definition: previous.tables[from]! });
    operations.push(...changeTable(to, from));
  }
  for (const table of Object.keys(next.tables)) {
    if (table in previous.tables) operations.push(...changeTable(table, table));
  }
  const existing = new Set(Object.keys(next.tables).filter((table) => !created.includes(table)));
  for (const table of referencedFirst(created, next)) {
    const definition = next.tables[table]!;
    // A table referenced before it exists (a cycle between new tables) gets that key once both exist; SQLite
    // checks references only when rows are written, and cannot add a key later. MySQL gets every key after the
    // table's indexes, so it uses them instead of creating an index of its own that a rollback could not drop.
    const deferred = (definition.foreignKeys ?? []).filter((key) => {
      if (context.dialect.kind === 'sqlite') return false;
      return context.dialect.kind === 'mysql' || (key.references !== table && !existing.has(key.references));
    });
    const inline = (definition.foreignKeys ?? []).filter((key) => !deferred.includes(key));
    operations.push({ kind: 'createTable', table, definition: withForeignKeys(definition, inline) });
    for (const index of definition.indexes) operations.push({ kind: 'createIndex', table, index });
    foreignKeys.added.push(...deferred.map((foreignKey): Operation => ({ kind: 'addForeignKey', table, foreignKey })));
    existing.add(table);
  }
  for (const table of referencedFirst(dropped, previous).reverse()) {
    const definition = previous.tables[table]!;
    context.destructive.push(`drops the table "${table}" (model ${definition.model}) and every row in it`);
    // Dropped one by one so that rolling back recreates them; MySQL drops an index only once no foreign key needs it.
    const separateKeys = context.dialect.kind === 'sqlite' ? [] : (definition.foreignKeys ?? []);
    foreignKeys.dropped.push(...separateKeys.map((foreignKey): Operation => ({ kind: 'dropForeignKey', table, foreignKey })));
    operations.push(...definition.indexes.map((index): Operation => ({ kind: 'dropIndex', table, index })));
    operations.push({ kind: 'dropTable', table, definition: separateKeys.length > 0 ? withForeignKeys(definition, []) : definition });
  }
  operations.unshift(...foreignKeys.dropped);
  operations.push(...foreignKeys.added);
  if (context.destructive.length > 0 && !options.allowDestructive) {
    throw new KilnError(
      'migrate/destructive',
      `the next migration would lose data:\n${context.destructive.map((line) => `  - ${line}`).join('\n')}`,
      'if that is intended, run again with --allow-destructive (back up the data first); otherwise restore the spec',
    );
  }
  return { operations, next };
}

interface TableContext {
  spec: Spec;
  dialect: Dialect;
  options: DiffOptions;
  /** What the migration would lose, one line each; refused unless destructive changes are allowed. */
  destructive: string[];
}

interface TableChanges {
  operations: Operation[];
  /** Foreign keys to drop before any other change (`dropped`, under the table's previous name) and to add after all. */
  foreignKeys: { dropped: Operation[]; added: Operation[] };
}

function diffTable(context: TableContext, table: string, previousName: string, before: TableSnapshot, after: TableSnapshot, columnRenames: Map<string, string> | undefined): TableChanges {
  const { spec, dialect, options, destructive } = context;
  const beforeColumns = new Map(before.columns.map((column) => [column.name, column]));
  const afterColumns = new Map(after.columns.map((column) => [column.name, column]));
  const renamed = new Map([...(columnRenames ?? [])].filter(([to, from]) => !beforeColumns.has(to) && beforeColumns.has(from) && !afterColumns.has(from)));
  const renamedAway = new Set(renamed.values());
  const added = after.columns.filter((column) => !beforeColumns.has(column.name) && !renamed.has(column.name));
  const removed = before.columns.filter((column) => !afterColumns.has(column.name) && !renamedAway.has(column.name));

  if (added.length > 0 && removed.length > 0 && !options.allowDestructive) {
    throw ambiguousRename('field', removed.map((column) => fieldOf(spec, column.name)), added.map((column) => fieldOf(spec, column.name)), (field) => `models.${after.model}.fields.${field}`);
  }
  for (const column of added) {
    if (!column.nullable && !hasDefault(column)) {
      throw new KilnError(
        'migrate/required-without-default',
        `models.${after.model}.fields.${fieldOf(spec, column.name)}: a new required field needs a default, because the "${table}" table already exists and may hold rows`,
        'give it a "default", or make it "optional": true',
      );
    }
  }
  for (const column of removed) destructive.push(`drops the column "${table}.${column.name}" and its data`);

  const altered: { before: ColumnSnapshot; after: ColumnSnapshot }[] = [];
  for (const column of after.columns) {
    const previous = beforeColumns.get(renamed.get(column.name) ?? column.name);
    if (!previous || added.includes(column)) continue;
    const was = { ...previous, name: column.name };
    if (sameColumn(was, column)) continue;
    if (was.primaryKey || column.primaryKey) throw unsupportedChange(after.model, column.name, was, column);
    if (changedParts(was, column, dialect).length === 0) continue;
    destructive.push(...alterationRisks(table, was, column));
    altered.push({ before: was, after: column });
  }
  const keys = foreignKeyChanges(before, after);
  // SQLite alters no column or foreign key in place: copy the table instead, which also recreates its indexes.
  if (dialect.kind === 'sqlite' && (altered.length > 0 || keys.dropped.length > 0 || keys.added.length > 0)) {
    return { operations: [{ kind: 'rebuildTable', table, before, after, renamed: Object.fromEntries(renamed) }], foreignKeys: { dropped: [], added: [] } };
  }

  const indexes = indexChanges(table, before.indexes, after.indexes, renamed);
  // MySQL refuses to drop the index a foreign key it keeps relies on (one on a key that becomes unique, say) until
  // another index covers the column: such a drop waits until the new indexes exist.
  const keptKeyColumns = new Set((after.foreignKeys ?? []).filter((foreignKey) => !keys.added.includes(foreignKey)).map((foreignKey) => foreignKey.column));
  const dropsLast = (operation: Operation) =>
    dialect.kind === 'mysql' && operation.kind === 'dropIndex' && keptKeyColumns.has(operation.index.columns[0] ?? '') && afterColumns.has(operation.index.columns[0] ?? '');
  const foreignKeys = {
    dropped: keys.dropped.map((foreignKey): Operation => ({ kind: 'dropForeignKey', table: previousName, foreignKey })),
    added: keys.added.map((foreignKey): Operation => ({ kind: 'addForeignKey', table, foreignKey })),
  };
  return { foreignKeys, operations: [
    ...indexes.dropped.filter((operation) => !dropsLast(operation)),
    ...[...renamed].map(([to, from]): Operation => ({ kind: 'renameColumn', table, from, to, column: beforeColumns.get(from)! })),
    ...removed.map((column): Operation => ({ kind: 'dropColumn', table, column })),
    ...added.map((column): Operation => ({ kind: 'addColumn', table, column })),
    ...altered.map((change): Operation => ({ kind: 'alterColumn', table, ...change })),
    ...indexes.renamed,
    ...indexes.created,
    ...indexes.dropped.filter(dropsLast),
  ] };
}

/** Foreign keys are matched whole: any change (a renamed column or table, another onDelete) drops and re-adds one. */
function foreignKeyChanges(before: TableSnapshot, after: TableSnapshot) {
  const key = (foreignKey: ForeignKeySnapshot) => JSON.stringify(foreignKey);
  const was = new Set((before.foreignKeys ?? []).map(key));
  const is = new Set((after.foreignKeys ?? []).map(key));
  return {
    dropped: (before.foreignKeys ?? []).filter((foreignKey) => !is.has(key(foreignKey))),
    added: (after.foreignKeys ?? []).filter((foreignKey) => !was.has(key(foreignKey))),
  };
}

/** Tables in an order where each comes after the tables it references (alphabetical where that leaves a choice). */
function referencedFirst(tables: readonly string[], snapshot: SchemaSnapshot): string[] {
  const wanted = new Set(tables);
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (table: string) => {
    if (!wanted.has(table) || ordered.includes(table) || visiting.has(table)) return;
    visiting.add(table);
    for (const foreignKey of snapshot.tables[table]?.foreignKeys ?? []) visit(foreignKey.references);
    ordered.push(table);
  };
  for (const table of [...tables].sort()) visit(table);
  return ordered;
}

function withForeignKeys(definition: TableSnapshot, foreignKeys: ForeignKeySnapshot[]): TableSnapshot {
  const { foreignKeys: _all, ...rest } = definition;
  return foreignKeys.length > 0 ? { ...rest, foreignKeys } : rest;
}

/**
 * Index changes of one table. An index is matched by what it covers (its columns, renamed ones followed, and
 * whether it is unique), so a renamed table or column renames its indexes instead of rebuilding them.
 */
function indexChanges(table: string, before: IndexSnapshot[], after: IndexSnapshot[], renamed: Map<string, string>) {
  const newName = new Map([...renamed].map(([to, from]) => [from, to]));
  const covers = (index: IndexSnapshot, columns: string[]) => `${index.unique ? 'unique' : 'index'}(${columns.join(',')})`;
  const unmatched = new Map<string, IndexSnapshot[]>();
  for (const index of before) {
    const key = covers(index, index.columns.map((column) => newName.get(column) ?? column));
    unmatched.set(key, [...(unmatched.get(key) ?? []), index]);
  }
  const renamedIndexes: Operation[] = [];
  const created: Operation[] = [];
  for (const index of after) {
    const candidates = unmatched.get(covers(index, index.columns)) ?? [];
    const match = candidates.find((candidate) => candidate.name === index.name) ?? candidates[0];
    if (!match) {
      created.push({ kind: 'createIndex', table, index });
      continue;
    }
    candidates.splice(candidates.indexOf(match), 1);
    if (match.name !== index.name) renamedIndexes.push({ kind: 'renameIndex', table, from: match.name, index });
  }
  const dropped = [...unmatched.values()].flat().map((index): Operation => ({ kind: 'dropIndex', table, index }));
  return { dropped, renamed: renamedIndexes, created };
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

const sameColumn = (a: ColumnSnapshot, b: ColumnSnapshot) => JSON.stringify(a) === JSON.stringify(b);

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
    `models.${model}: changing ${changed.join(', ')} of the primary key "${column}" is not supported`,
    'revert that change in kiln.json; to change how ids are made, create a new model and copy the data over in a hand-written migration (gen migrate:new)',
  );
}
