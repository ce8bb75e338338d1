import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../../dialect/index.js';
import { referentialActions } from '../../migrate/render-column.js';
import type { ForeignKeySnapshot } from '../../migrate/snapshot.js';
import type { DatabaseKind } from '../../spec/field-types.js';
import type { Drift } from '../drift.js';

/** A foreign key as the live database holds it. */
export interface LiveForeignKey {
  /** The constraint's name; undefined on SQLite, which does not report it. */
  name: string | undefined;
  column: string;
  references: string;
  referencedColumn: string;
  /** The ON DELETE action in lower case: `cascade`, `restrict`, `set null`, `no action`, `set default`. */
  onDelete: string;
}

type ForeignKeyRow = { table_name: string; name: string | null; column_name: string; references_table: string; references_column: string | null; on_delete: string };

/**
 * Every single-column foreign key of the current schema, by table: `pragma_foreign_key_list` on SQLite, the catalog
 * on PostgreSQL (where `current_schema()` scopes it as for indexes), information_schema on MySQL. Composite keys are
 * reported column by column (Kiln makes none).
 */
export async function foreignKeysOf(db: Kysely<unknown>, database: DatabaseKind): Promise<Map<string, LiveForeignKey[]>> {
  const rows = (await foreignKeyQuery(database).execute(db)).rows;
  const tables = new Map<string, LiveForeignKey[]>();
  for (const row of rows) {
    const foreignKey: LiveForeignKey = {
      name: row.name ?? undefined,
      column: row.column_name,
      references: row.references_table,
      // SQLite leaves `to` empty when the key names no column: it then refers to the primary key.
      referencedColumn: row.references_column ?? 'id',
      onDelete: normalizeAction(row.on_delete, database),
    };
    tables.set(row.table_name, [...(tables.get(row.table_name) ?? []), foreignKey]);
  }
  return tables;
}

function foreignKeyQuery(database: DatabaseKind) {
  switch (database) {
    case 'sqlite':
      return sql<ForeignKeyRow>`select m.name as table_name, null as name, f."from" as column_name, f."table" as references_table, f."to" as references_column, f.on_delete as on_delete
        from sqlite_master m join pragma_foreign_key_list(m.name) f
        where m.type = 'table'
        order by m.name, f.id, f.seq`;
    case 'postgres':
      return sql<ForeignKeyRow>`select t.relname as table_name, c.conname as name, a.attname as column_name, r.relname as references_table, ra.attname as references_column,
          case c.confdeltype when 'c' then 'cascade' when 'r' then 'restrict' when 'n' then 'set null' when 'd' then 'set default' else 'no action' end as on_delete
        from pg_constraint c
        join pg_class t on t.oid = c.conrelid
        join pg_namespace n on n.oid = t.relnamespace
        join pg_class r on r.oid = c.confrelid
        cross join lateral unnest(c.conkey, c.confkey) with ordinality as k(attnum, refnum, position)
        join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum
        join pg_attribute ra on ra.attrelid = r.oid and ra.attnum = k.refnum
        where c.contype = 'f' and n.nspname = current_schema()
        order by t.relname, c.conname, k.position`;
    case 'mysql':
      return sql<ForeignKeyRow>`select k.table_name as table_name, k.constraint_name as name, k.column_name as column_name, k.referenced_table_name as references_table,
          k.referenced_column_name as references_column, r.delete_rule as on_delete
        from information_schema.key_column_usage k
        join information_schema.referential_constraints r on r.constraint_schema = k.constraint_schema and r.constraint_name = k.constraint_name and r.table_name = k.table_name
        where k.table_schema = database() and k.referenced_table_name is not null
        order by k.table_name, k.constraint_name, k.ordinal_position`;
  }
}

/** MySQL's InnoDB treats NO ACTION exactly as RESTRICT; elsewhere they differ (PostgreSQL may defer NO ACTION). */
function normalizeAction(action: string, database: DatabaseKind): string {
  const normal = action.toLowerCase();
  return database === 'mysql' && normal === 'no action' ? 'restrict' : normal;
}

/**
 * How a table's live foreign keys differ from the ones kiln.json declares, matched by column: a key that is missing,
 * extra, or points elsewhere, does something else on delete, or (where the engine names keys) has another name, which
 * a later migration that drops it by name would not find. Each message says how to set it right.
 */
export function compareForeignKeys(table: string, expected: readonly ForeignKeySnapshot[], live: readonly LiveForeignKey[], dialect: Dialect): Drift[] {
  const drift: Drift[] = [];
  const remaining = [...live];
  for (const foreignKey of expected) {
    const path = `${table}.${foreignKey.column} foreign key`;
    const action = referentialActions[foreignKey.onDelete];
    const declared = `${foreignKey.references}.id on delete ${action}`;
    const index = remaining.findIndex((candidate) => candidate.column === foreignKey.column);
    const found = index === -1 ? undefined : remaining.splice(index, 1)[0];
    if (!found) {
      drift.push({ kind: 'db-missing', path, message: `→ ${declared} is in kiln.json but not in the database: ${addFix(table, foreignKey, dialect)}` });
      continue;
    }
    const target = `${found.references}.${found.referencedColumn}`;
    const differences = [
      ...(target !== `${foreignKey.references}.id` ? [`references ${target} in the database, ${foreignKey.references}.id in kiln.json`] : []),
      ...(found.onDelete !== action ? [`is on delete ${found.onDelete} in the database, on delete ${action} in kiln.json`] : []),
      ...(found.name !== undefined && found.name !== foreignKey.name ? [`is named ${found.name} in the database, ${foreignKey.name} in kiln.json (migrations find it by name)`] : []),
    ];
    if (differences.length > 0) {
      drift.push({ kind: 'db-mismatch', path, message: `${differences.join('; ')}: ${replaceFix(table, found, foreignKey, dialect)}` });
    }
  }
  for (const found of remaining) {
    drift.push({
      kind: 'db-extra',
      path: `${table}.${found.column} foreign key`,
      message: `→ ${found.references}.${found.referencedColumn} on delete ${found.onDelete} is in the database but not in kiln.json: declare the belongsTo relation in kiln.json, or ${dropFix(table, found, dialect)}`,
    });
  }
  return drift;
}

const migration = 'in a migration of your own (gen migrate:new <name>)';

function addFix(table: string, foreignKey: ForeignKeySnapshot, dialect: Dialect): string {
  if (dialect.kind === 'sqlite') return `SQLite cannot add a foreign key to a table, so rebuild ${table} with it ${migration}`;
  return `add it back ${migration}: ${addStatement(table, foreignKey)}`;
}

function replaceFix(table: string, found: LiveForeignKey, foreignKey: ForeignKeySnapshot, dialect: Dialect): string {
  if (dialect.kind === 'sqlite') return `SQLite cannot alter a foreign key, so rebuild ${table} with the key kiln.json declares ${migration}`;
  return `replace it ${migration}: ${dropStatement(table, found, dialect)}; ${addStatement(table, foreignKey)}`;
}

function dropFix(table: string, found: LiveForeignKey, dialect: Dialect): string {
  if (dialect.kind === 'sqlite' || found.name === undefined) return `rebuild ${table} without it ${migration}`;
  return `drop it ${migration}: ${dropStatement(table, found, dialect)}`;
}

const addStatement = (table: string, foreignKey: ForeignKeySnapshot) =>
  `alter table ${table} add constraint ${foreignKey.name} foreign key (${foreignKey.column}) references ${foreignKey.references} (id) on delete ${referentialActions[foreignKey.onDelete]}`;

const dropStatement = (table: string, found: LiveForeignKey, dialect: Dialect) =>
  `alter table ${table} drop ${dialect.kind === 'mysql' ? 'foreign key' : 'constraint'} ${found.name ?? ''}`;
