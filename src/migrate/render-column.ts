import type { Dialect } from '../dialect/index.js';
import { hasDefault, isChecked, sqlTypeOf } from './column-definition.js';
import { checkName, primaryKeyName, type ColumnSnapshot, type ForeignKeySnapshot, type IndexSnapshot, type TableSnapshot } from './snapshot.js';

/**
 * Kysely source for the pieces of a table: columns, their enum checks and indexes. Every statement is one line of
 * TypeScript (prettier lays it out); names are snake_case, so single quotes never need escaping.
 */
export const q = (name: string): string => `'${name}'`;

/**
 * MySQL has no named column-level checks, so its checks are table constraints. Elsewhere a check sits on its
 * column, which lets SQLite drop the column without rebuilding the table.
 */
const inlineChecks = (dialect: Dialect) => dialect.kind !== 'mysql';

/** `db.schema.createTable(…)` with every column; checks are named after `checkTable` (the table's final name). */
export function createTableStatement(table: string, definition: TableSnapshot, dialect: Dialect, checkTable = table): string {
  const columns = definition.columns.map((column) => `.addColumn(${columnArguments(column, checkTable, dialect, inlineChecks(dialect))})`);
  const checks = inlineChecks(dialect)
    ? []
    : definition.columns.filter(isChecked).map((column) => `.addCheckConstraint(${q(checkName(checkTable, column.name, dialect.kind))}, ${checkExpression(column)})`);
  const primaryKey = definition.primaryKey ? [`.addPrimaryKeyConstraint(${q(primaryKeyName(checkTable, dialect.kind))}, [${definition.primaryKey.map(q).join(', ')}])`] : [];
  const foreignKeys = (definition.foreignKeys ?? []).map((foreignKey) => `.addForeignKeyConstraint(${foreignKeyArguments(foreignKey)})`);
  return `await db.schema.createTable(${q(table)})${columns.join('')}${primaryKey.join('')}${checks.join('')}${foreignKeys.join('')}.execute();`;
}

/** The SQL spelling of each `onDelete`. */
export const referentialActions = { cascade: 'cascade', restrict: 'restrict', setNull: 'set null' } as const;

/** `'posts_author_id_fkey', ['author_id'], 'authors', ['id'], (constraint) => constraint.onDelete('cascade')` */
export const foreignKeyArguments = (foreignKey: ForeignKeySnapshot): string =>
  `${q(foreignKey.name)}, [${q(foreignKey.column)}], ${q(foreignKey.references)}, ['id'], (constraint) => constraint.onDelete('${referentialActions[foreignKey.onDelete]}')`;

export const addForeignKeyStatement = (table: string, foreignKey: ForeignKeySnapshot): string =>
  `await db.schema.alterTable(${q(table)}).addForeignKeyConstraint(${foreignKeyArguments(foreignKey)}).execute();`;

/** MySQL drops a foreign key with its own statement (DROP CONSTRAINT is MariaDB-only for foreign keys). */
export const dropForeignKeyStatement = (table: string, foreignKey: ForeignKeySnapshot, dialect: Dialect): string =>
  dialect.kind === 'mysql'
    ? `await sql\`alter table \${sql.table(${q(table)})} drop foreign key \${sql.id(${q(foreignKey.name)})}\`.execute(db);`
    : `await db.schema.alterTable(${q(table)}).dropConstraint(${q(foreignKey.name)}).execute();`;

/** A column added to an existing table, with its check where the engine allows it on the column. */
export function addColumnStatements(table: string, column: ColumnSnapshot, dialect: Dialect): string[] {
  const inline = dialect.kind === 'sqlite';
  const add = `await db.schema.alterTable(${q(table)}).addColumn(${columnArguments(column, table, dialect, inline)}).execute();`;
  return inline || !isChecked(column) ? [add] : [add, addCheckStatement(table, column, dialect)];
}

/** `'title', 'varchar(200)', (column) => column.notNull()`: the arguments of addColumn and modifyColumn. */
export function columnArguments(column: ColumnSnapshot, table: string, dialect: Dialect, withCheck: boolean): string {
  const modifiers = columnModifiers(column, dialect);
  if (withCheck && isChecked(column)) {
    modifiers.push(`.modifyEnd(sql\`constraint \${sql.id(${q(checkName(table, column.name, dialect.kind))})} check (${checkCondition(column)})\`)`);
  }
  return `${q(column.name)}, ${q(sqlTypeOf(column, dialect))}${modifiers.length > 0 ? `, (column) => column${modifiers.join('')}` : ''}`;
}

function columnModifiers(column: ColumnSnapshot, dialect: Dialect): string[] {
  if (column.primaryKey) {
    if (column.idStrategy !== 'increments') return ['.primaryKey()'];
    return ['.primaryKey()', dialect.kind === 'postgres' ? '.generatedByDefaultAsIdentity()' : '.autoIncrement()'];
  }
  const modifiers: string[] = [];
  if (!column.nullable) modifiers.push('.notNull()');
  if (hasDefault(column)) modifiers.push(`.defaultTo(${dialect.defaultLiteral(column)})`);
  return modifiers;
}

/** sql`${sql.ref('status')} in ('draft', 'published')`: the condition of an enum column's check. */
export const checkExpression = (column: ColumnSnapshot): string => `sql\`${checkCondition(column)}\``;

const checkCondition = (column: ColumnSnapshot) =>
  `\${sql.ref(${q(column.name)})} in (${(column.values ?? []).map((value) => `'${value}'`).join(', ')})`;

/**
 * A check added to a table that exists. PostgreSQL adds it NOT VALID, which only checks new rows and so holds its
 * lock briefly; the existing rows are validated afterwards (validateCheckStatement) without blocking writes.
 */
export function addCheckStatement(table: string, column: ColumnSnapshot, dialect: Dialect): string {
  const name = q(checkName(table, column.name, dialect.kind));
  if (dialect.kind === 'postgres') {
    return `await sql\`alter table \${sql.table(${q(table)})} add constraint \${sql.id(${name})} check (${checkCondition(column)}) not valid\`.execute(db);`;
  }
  return `await db.schema.alterTable(${q(table)}).addCheckConstraint(${name}, ${checkExpression(column)}).execute();`;
}

export const validateCheckStatement = (table: string, column: string, dialect: Dialect): string =>
  `await sql\`alter table \${sql.table(${q(table)})} validate constraint \${sql.id(${q(checkName(table, column, dialect.kind))})}\`.execute(db);`;

export const dropCheckStatement = (table: string, column: string, dialect: Dialect): string =>
  `await db.schema.alterTable(${q(table)}).dropConstraint(${q(checkName(table, column, dialect.kind))}).execute();`;

export function createIndexStatement(table: string, index: IndexSnapshot): string {
  const [only] = index.columns;
  const columns = index.columns.length === 1 && only ? `.column(${q(only)})` : `.columns([${index.columns.map(q).join(', ')}])`;
  return `await db.schema.createIndex(${q(index.name)}).on(${q(table)})${columns}${index.unique ? '.unique()' : ''}.execute();`;
}

/** MySQL indexes belong to their table; the other engines name them schema-wide. */
export const dropIndexStatement = (table: string, index: IndexSnapshot, dialect: Dialect): string =>
  `await db.schema.dropIndex(${q(index.name)})${dialect.kind === 'mysql' ? `.on(${q(table)})` : ''}.execute();`;
