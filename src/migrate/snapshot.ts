import { createHash } from 'node:crypto';
import type { DatabaseKind, FieldType, IdStrategy } from '../spec/field-types.js';
import { modelViews, type Column, type ModelView } from '../spec/columns.js';
import type { OnDelete } from '../spec/relation-types.js';
import { joinTables, type JoinTable } from '../spec/relations.js';
import type { Spec } from '../spec/schema.js';

/**
 * The database schema a spec implies, in a form that diffs well: what the last migration left behind is stored
 * in the lock, and the next migration is the difference between that and the current spec.
 */
export interface SchemaSnapshot {
  tables: Record<string, TableSnapshot>;
}

export interface TableSnapshot {
  model: string;
  columns: ColumnSnapshot[];
  indexes: IndexSnapshot[];
  /** Absent when the table has none, so snapshots from before relations existed compare equal. */
  foreignKeys?: ForeignKeySnapshot[];
  /** A composite primary key (a join table); a single-column key is marked on its column instead. */
  primaryKey?: string[];
}

/** A single-column foreign key to another table's `id`, enforced by the database. */
export interface ForeignKeySnapshot {
  name: string;
  column: string;
  references: string;
  onDelete: OnDelete;
}

export interface ColumnSnapshot {
  name: string;
  type: FieldType;
  nullable: boolean;
  primaryKey?: boolean;
  idStrategy?: IdStrategy;
  default?: unknown;
  max?: number;
  precision?: number;
  scale?: number;
  values?: readonly string[];
}

export interface IndexSnapshot {
  name: string;
  columns: string[];
  unique: boolean;
}

export const emptySnapshot: SchemaSnapshot = { tables: {} };

/** The schema of the spec's models, plus any tables contributed from elsewhere (features). */
export function snapshotOf(spec: Spec, contributed: Readonly<Record<string, TableSnapshot>> = {}): SchemaSnapshot {
  const tables = modelViews(spec)
    .map((model): [string, TableSnapshot] => [model.names.table, tableSnapshot(model, spec.database)])
    .concat(joinTables(spec).map((join): [string, TableSnapshot] => [join.table, joinTableSnapshot(join, spec.database)]))
    .concat(Object.entries(contributed))
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return { tables: Object.fromEntries(tables) };
}

function tableSnapshot(model: ModelView, database: DatabaseKind): TableSnapshot {
  const table = model.names.table;
  const single = model.columns
    .filter((column) => column.unique || column.index)
    .map((column) => indexSnapshot(table, [column.name], column.unique, database));
  const composite = model.indexes.map((columns) => indexSnapshot(table, columns, false, database));
  const foreignKeys = model.columns.flatMap((column) =>
    column.references ? [foreignKeySnapshot(table, column.name, column.references.table, column.references.onDelete, database)] : [],
  );
  return {
    model: model.name,
    columns: model.columns.map(columnSnapshot),
    indexes: [...single, ...composite],
    ...(foreignKeys.length > 0 ? { foreignKeys } : {}),
  };
}

/**
 * A manyToMany join table: one row per linked pair, the pair its primary key (which also serves lookups from the
 * first side), an index for lookups from the second, and rows deleted with either end.
 */
function joinTableSnapshot(join: JoinTable, database: DatabaseKind): TableSnapshot {
  const columns = join.sides.map((side): ColumnSnapshot => ({ name: side.column, type: side.idStrategy === 'uuid' ? 'uuid' : 'integer', nullable: false }));
  const [, second] = join.sides;
  return {
    model: join.sides.map((side) => side.model).join('/'),
    columns,
    indexes: [indexSnapshot(join.table, [second.column], false, database)],
    foreignKeys: join.sides.map((side) => foreignKeySnapshot(join.table, side.column, side.table, 'cascade', database)),
    primaryKey: columns.map((column) => column.name),
  };
}

function foreignKeySnapshot(table: string, column: string, references: string, onDelete: OnDelete, database: DatabaseKind): ForeignKeySnapshot {
  return { name: identifier(`${table}_${column}_fkey`, database), column, references, onDelete };
}

function columnSnapshot(column: Column): ColumnSnapshot {
  const snapshot: ColumnSnapshot = { name: column.name, type: column.type, nullable: column.nullable };
  if (column.role === 'id') {
    snapshot.primaryKey = true;
    if (column.idStrategy) snapshot.idStrategy = column.idStrategy;
  }
  if (column.default !== undefined) snapshot.default = column.default;
  if (column.type === 'string' || column.type === 'text') {
    if (column.max !== undefined && column.type === 'string') snapshot.max = column.max;
  }
  if (column.precision !== undefined) snapshot.precision = column.precision;
  if (column.scale !== undefined) snapshot.scale = column.scale;
  if (column.values) snapshot.values = column.values;
  return snapshot;
}

function indexSnapshot(table: string, columns: string[], unique: boolean, database: DatabaseKind): IndexSnapshot {
  return { name: identifier(`${table}_${columns.join('_')}_${unique ? 'unique' : 'index'}`, database), columns, unique };
}

/** The name of a composite primary key constraint. */
export const primaryKeyName = (table: string, database: DatabaseKind): string => identifier(`${table}_pkey`, database);

/** The name of the check constraint that holds an enum column to its values. */
export const checkName = (table: string, column: string, database: DatabaseKind): string => identifier(`${table}_${column}_check`, database);

/** PostgreSQL cuts identifiers at 63 bytes and MySQL refuses more than 64: shorten long ones deterministically. */
export function identifier(name: string, database: DatabaseKind): string {
  const limit = database === 'postgres' ? 63 : database === 'mysql' ? 64 : Number.POSITIVE_INFINITY;
  if (name.length <= limit) return name;
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 8);
  return `${name.slice(0, limit - 9)}_${hash}`;
}
