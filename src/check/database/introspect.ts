import { sql, type Kysely } from 'kysely';
import type { DatabaseKind } from '../../spec/field-types.js';
import { foreignKeysOf, type LiveForeignKey } from './foreign-keys.js';

/** What a live database holds, in the terms the spec snapshot uses. */
export interface LiveSchema {
  tables: Map<string, LiveTable>;
  /** Migrations recorded in kysely_migration, by name. */
  applied: string[];
}

export interface LiveTable {
  columns: LiveColumn[];
  indexes: LiveIndex[];
  /** Names of check constraints; undefined where they are not introspected (SQLite keeps them in the table's SQL). */
  checks: string[] | undefined;
  foreignKeys: LiveForeignKey[];
}

export interface LiveColumn {
  name: string;
  /** The full type as the engine reports it (`character varying(200)`, `int(11)`, `text`). */
  type: string;
  nullable: boolean;
  hasDefault: boolean;
}

export interface LiveIndex {
  name: string;
  columns: string[];
  unique: boolean;
  /** False for a PostgreSQL index whose concurrent build failed half-way. */
  valid: boolean;
}

/**
 * Reads tables, columns, nullability and defaults through kysely's introspection, and what it does not report —
 * full column types, indexes, check constraints, foreign keys, applied migrations — from each engine's catalog. On PostgreSQL
 * only the current schema (the first on the search_path) counts.
 */
export async function introspectDatabase(db: Kysely<unknown>, database: DatabaseKind): Promise<LiveSchema> {
  const schema = database === 'postgres' ? await currentSchema(db) : undefined;
  const inSchema = (table: { schema?: string }) => schema === undefined || table.schema === schema;
  const all = (await db.introspection.getTables({ withInternalKyselyTables: true })).filter((table) => !table.isView && inSchema(table));
  const details = await columnDetails(db, database);
  const indexes = group(await indexRows(db, database), (row) => row.table_name);
  const checks = database === 'sqlite' ? undefined : group(await checkRows(db, database), (row) => row.table_name);
  const foreignKeys = await foreignKeysOf(db, database);
  const tables = new Map<string, LiveTable>();
  for (const table of all.filter((candidate) => !candidate.name.startsWith('kysely_migration'))) {
    tables.set(table.name, {
      columns: table.columns.map((column) => {
        const detail = details.get(`${table.name}.${column.name}`);
        return { name: column.name, type: detail?.type ?? column.dataType, nullable: column.isNullable, hasDefault: detail?.hasDefault ?? column.hasDefaultValue };
      }),
      indexes: indexesOf(indexes.get(table.name) ?? []),
      checks: checks && (checks.get(table.name) ?? []).map((row) => row.check_name),
      foreignKeys: foreignKeys.get(table.name) ?? [],
    });
  }
  const recorded = all.some((table) => table.name === 'kysely_migration');
  const applied = recorded ? (await sql<{ name: string }>`select name from kysely_migration`.execute(db)).rows.map((row) => row.name) : [];
  return { tables, applied: applied.sort() };
}

async function currentSchema(db: Kysely<unknown>): Promise<string | undefined> {
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  return rows[0]?.schema ?? undefined;
}

/**
 * `table.column` → the full type (with length and precision), which kysely's introspection leaves out, and on
 * MySQL whether there is a default: MariaDB reports the default of a nullable column as the text NULL.
 */
async function columnDetails(db: Kysely<unknown>, database: DatabaseKind): Promise<Map<string, { type: string; hasDefault?: boolean }>> {
  type Row = { table_name: string; column_name: string; column_type: string; column_default?: string | null };
  if (database === 'sqlite') return new Map(); // the declared type kysely reports is the whole type
  const query =
    database === 'postgres'
      ? sql<Row>`select c.relname as table_name, a.attname as column_name, format_type(a.atttypid, a.atttypmod) as column_type
          from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = current_schema() and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped`
      : sql<Row>`select table_name as table_name, column_name as column_name, column_type as column_type, column_default as column_default
          from information_schema.columns where table_schema = database()`;
  const { rows } = await query.execute(db);
  return new Map(
    rows.map((row) => [
      `${row.table_name}.${row.column_name}`,
      { type: row.column_type, ...(database === 'mysql' ? { hasDefault: (row.column_default ?? 'NULL') !== 'NULL' } : {}) },
    ]),
  );
}

type IndexRow = { table_name: string; index_name: string; is_unique: boolean | number; column_name: string; is_valid?: boolean };

/** One row per indexed column, in index order; primary keys left out. */
async function indexRows(db: Kysely<unknown>, database: DatabaseKind): Promise<IndexRow[]> {
  switch (database) {
    case 'postgres':
      return (
        await sql<IndexRow>`select t.relname as table_name, i.relname as index_name, ix.indisunique as is_unique, ix.indisvalid as is_valid, a.attname as column_name
          from pg_index ix
          join pg_class i on i.oid = ix.indexrelid
          join pg_class t on t.oid = ix.indrelid
          join pg_namespace n on n.oid = t.relnamespace
          cross join lateral unnest(ix.indkey) with ordinality as k(attnum, position)
          join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum
          where n.nspname = current_schema() and not ix.indisprimary
          order by t.relname, i.relname, k.position`.execute(db)
      ).rows;
    case 'mysql':
      return (
        await sql<IndexRow>`select table_name as table_name, index_name as index_name, non_unique = 0 as is_unique, column_name as column_name
          from information_schema.statistics where table_schema = database() and index_name <> 'PRIMARY'
          order by table_name, index_name, seq_in_index`.execute(db)
      ).rows;
    case 'sqlite':
      return (
        await sql<IndexRow>`select m.name as table_name, l.name as index_name, l."unique" as is_unique, i.name as column_name
          from sqlite_master m join pragma_index_list(m.name) l join pragma_index_info(l.name) i
          where m.type = 'table' and l.origin = 'c'
          order by m.name, l.name, i.seqno`.execute(db)
      ).rows;
  }
}

function indexesOf(rows: IndexRow[]): LiveIndex[] {
  return [...group(rows, (row) => row.index_name)].map(([name, columns]) => ({
    name,
    columns: columns.map((row) => row.column_name),
    unique: Boolean(columns[0]?.is_unique),
    valid: columns[0]?.is_valid ?? true,
  }));
}

type CheckRow = { table_name: string; check_name: string };

async function checkRows(db: Kysely<unknown>, database: 'postgres' | 'mysql'): Promise<CheckRow[]> {
  const query =
    database === 'postgres'
      ? sql<CheckRow>`select t.relname as table_name, c.conname as check_name
          from pg_constraint c join pg_class t on t.oid = c.conrelid join pg_namespace n on n.oid = t.relnamespace
          where c.contype = 'c' and n.nspname = current_schema()`
      : sql<CheckRow>`select table_name as table_name, constraint_name as check_name
          from information_schema.table_constraints where constraint_schema = database() and constraint_type = 'CHECK'`;
  return (await query.execute(db)).rows;
}

function group<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}
