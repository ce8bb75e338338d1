import type { Dialect } from '../../dialect/index.js';
import { hasDefault, isChecked, sqlTypeOf } from '../../migrate/column-definition.js';
import { migrationsDir } from '../../migrate/layout.js';
import { checkName, type SchemaSnapshot, type TableSnapshot } from '../../migrate/snapshot.js';
import type { Drift } from '../drift.js';
import { compareForeignKeys } from './foreign-keys.js';
import type { LiveSchema, LiveTable } from './introspect.js';

/**
 * How a live database differs from the schema the spec implies: tables, columns (type, nullability, whether
 * there is a default), indexes, enum checks and foreign keys that are missing, extra or different. Drift paths name the
 * database object (`posts`, `posts.title`).
 */
export function compareSchema(expected: SchemaSnapshot, live: LiveSchema, dialect: Dialect): Drift[] {
  const drift: Drift[] = [];
  for (const [name, table] of Object.entries(expected.tables)) {
    const found = live.tables.get(name);
    if (found) drift.push(...compareTable(name, table, found, dialect));
    else drift.push({ kind: 'db-missing', path: name, message: `table is in kiln.json (model ${table.model}) but not in the database` });
  }
  for (const name of live.tables.keys()) {
    if (!(name in expected.tables)) drift.push({ kind: 'db-extra', path: name, message: 'table is in the database but not in kiln.json' });
  }
  return drift;
}

/** Migration files the database has not applied, and applied migrations whose file is gone. */
export function compareMigrations(files: readonly string[], applied: readonly string[]): Drift[] {
  const names = new Set(files.map((file) => file.replace(/\.ts$/, '')));
  const done = new Set(applied);
  return [
    ...[...names]
      .filter((name) => !done.has(name))
      .map((name): Drift => ({ kind: 'db-unapplied', path: `${migrationsDir}/${name}.ts`, message: 'has not been applied to the database (npm run db:migrate)' })),
    ...applied
      .filter((name) => !names.has(name))
      .map((name): Drift => ({ kind: 'db-extra', path: `kysely_migration ${name}`, message: 'was applied to the database, but there is no such migration file' })),
  ];
}

function compareTable(table: string, expected: TableSnapshot, live: LiveTable, dialect: Dialect): Drift[] {
  const drift: Drift[] = [];
  const columns = new Map(live.columns.map((column) => [column.name, column]));
  for (const column of expected.columns) {
    const path = `${table}.${column.name}`;
    const found = columns.get(column.name);
    if (!found) {
      drift.push({ kind: 'db-missing', path, message: 'column is in kiln.json but not in the database' });
      continue;
    }
    const type = sqlTypeOf(column, dialect);
    if (normalizeType(found.type) !== normalizeType(type)) drift.push({ kind: 'db-mismatch', path, message: `is ${found.type} in the database, ${type} in kiln.json` });
    // SQLite reports a primary key as nullable unless declared NOT NULL (a documented quirk); the app always sets it.
    const nullable = column.primaryKey && dialect.kind === 'sqlite' ? found.nullable : column.nullable;
    if (found.nullable !== nullable) {
      drift.push({ kind: 'db-mismatch', path, message: `is ${found.nullable ? 'nullable' : 'not null'} in the database, ${column.nullable ? 'optional' : 'required'} in kiln.json` });
    }
    if (!column.primaryKey && found.hasDefault !== hasDefault(column)) {
      drift.push({ kind: 'db-mismatch', path, message: `has ${found.hasDefault ? 'a' : 'no'} default in the database, ${hasDefault(column) ? 'a' : 'no'} default in kiln.json` });
    }
  }
  const declared = new Set(expected.columns.map((column) => column.name));
  for (const column of live.columns.filter((candidate) => !declared.has(candidate.name))) {
    drift.push({ kind: 'db-extra', path: `${table}.${column.name}`, message: `column (${column.type}, ${column.nullable ? 'nullable' : 'not null'}) is in the database but not in kiln.json` });
  }

  const indexes = new Map(live.indexes.map((index) => [index.name, index]));
  for (const index of expected.indexes) {
    const found = indexes.get(index.name);
    const covers = `${index.unique ? 'unique ' : ''}(${index.columns.join(', ')})`;
    if (!found) drift.push({ kind: 'db-missing', path: `${table} index ${index.name}`, message: `${covers} is in kiln.json but not in the database` });
    else if (!found.valid) drift.push({ kind: 'db-mismatch', path: `${table} index ${index.name}`, message: 'is invalid: its concurrent build failed (run the migration that builds it again)' });
    else if (found.unique !== index.unique || found.columns.join() !== index.columns.join()) {
      drift.push({ kind: 'db-mismatch', path: `${table} index ${index.name}`, message: `is ${found.unique ? 'unique ' : ''}(${found.columns.join(', ')}) in the database, ${covers} in kiln.json` });
    }
  }
  const named = new Set(expected.indexes.map((index) => index.name));
  for (const index of live.indexes.filter((candidate) => !named.has(candidate.name))) {
    drift.push({ kind: 'db-extra', path: `${table} index ${index.name}`, message: `(${index.columns.join(', ')}) is in the database but not in kiln.json` });
  }

  if (live.checks) {
    const checks = new Set(live.checks);
    for (const column of expected.columns.filter(isChecked)) {
      const name = checkName(table, column.name, dialect.kind);
      if (!checks.has(name)) drift.push({ kind: 'db-missing', path: `${table} check ${name}`, message: `the check that holds "${column.name}" to its enum values is not in the database` });
    }
  }
  drift.push(...compareForeignKeys(table, expected.foreignKeys ?? [], live.foreignKeys, dialect));
  return drift;
}

/**
 * One spelling per type, whatever the engine calls it: PostgreSQL reports `character varying(200)` and `timestamp
 * with time zone`, MySQL `int(11)`, `tinyint(1)` and (MariaDB) `longtext` for json.
 */
export function normalizeType(type: string): string {
  const aliases: [RegExp, string][] = [
    [/^character varying/, 'varchar'],
    [/^character\(/, 'char('],
    [/^(int4|int|int\(\d+\))$/, 'integer'],
    [/^(float8|double)$/, 'double precision'],
    [/^numeric/, 'decimal'],
    [/^(bool|tinyint\(1\))$/, 'boolean'],
    [/^timestamp with time zone$/, 'timestamptz'],
    [/^longtext$/, 'json'],
  ];
  return aliases.reduce((normal, [pattern, name]) => normal.replace(pattern, name), type.toLowerCase().replace(/,\s+/g, ','));
}
