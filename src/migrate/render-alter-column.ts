import type { Dialect } from '../dialect/index.js';
import { changedParts, hasDefault, isChecked, sqlTypeOf } from './column-definition.js';
import { addCheckStatement, columnArguments, dropCheckStatement, q } from './render-column.js';
import type { ColumnSnapshot } from './snapshot.js';

/**
 * Changes one column in place on PostgreSQL (one ALTER per part that changed) or MySQL (MODIFY COLUMN restates
 * the whole definition). SQLite rebuilds the table instead (render-rebuild.ts). The old check goes first, since
 * it may not hold for the new type or values, and the new one comes last.
 */
export function alterColumnStatements(table: string, before: ColumnSnapshot, after: ColumnSnapshot, dialect: Dialect): string[] {
  const parts = changedParts(before, after, dialect);
  const checkChanged = parts.includes('check');
  const statements: string[] = [];
  if (checkChanged && isChecked(before)) statements.push(dropCheckStatement(table, before.name, dialect));
  if (dialect.kind === 'mysql') {
    if (fillsNulls(before, after)) statements.push(fillNullsStatement(table, after, dialect));
    if (parts.some((part) => part !== 'check')) {
      statements.push(`await db.schema.alterTable(${q(table)}).modifyColumn(${columnArguments(after, table, dialect, false)}).execute();`);
    }
  } else {
    statements.push(...postgresAlterations(table, before, after, dialect));
  }
  if (checkChanged && isChecked(after)) statements.push(addCheckStatement(table, after, dialect));
  return statements;
}

function postgresAlterations(table: string, before: ColumnSnapshot, after: ColumnSnapshot, dialect: Dialect): string[] {
  const parts = changedParts(before, after, dialect);
  const alter = (change: string) => `await db.schema.alterTable(${q(table)}).alterColumn(${q(after.name)}, (column) => column.${change}).execute();`;
  const typeChanged = parts.includes('type');
  const statements: string[] = [];
  if (typeChanged) {
    // The old default may not convert to the new type; it is set again below.
    if (hasDefault(before)) statements.push(alter('dropDefault()'));
    statements.push(changeTypeStatement(table, before, after, dialect));
  }
  if (fillsNulls(before, after)) statements.push(fillNullsStatement(table, after, dialect));
  if (parts.includes('nullable')) statements.push(alter(after.nullable ? 'dropNotNull()' : 'setNotNull()'));
  if (hasDefault(after) && (typeChanged || parts.includes('default'))) statements.push(alter(`setDefault(${dialect.defaultLiteral(after)})`));
  else if (!hasDefault(after) && parts.includes('default') && !typeChanged) statements.push(alter('dropDefault()'));
  return statements;
}

/**
 * ALTER COLUMN … TYPE. Every type converts to a string type by assignment, which also refuses a value that is too
 * long; an explicit cast would silently cut it. Other targets need USING with an explicit cast.
 */
function changeTypeStatement(table: string, before: ColumnSnapshot, after: ColumnSnapshot, dialect: Dialect): string {
  const type = sqlTypeOf(after, dialect);
  if (isStringType(after)) return `await db.schema.alterTable(${q(table)}).alterColumn(${q(after.name)}, (column) => column.setDataType(${q(type)})).execute();`;
  const column = `\${sql.ref(${q(after.name)})}`;
  const using = type === 'jsonb' && !isStringType(before) ? `to_jsonb(${column})` : `${column}::${type}`;
  return `await sql\`alter table \${sql.table(${q(table)})} alter column ${column} type ${type} using ${using}\`.execute(db);`;
}

const isStringType = (column: ColumnSnapshot) => ['string', 'text', 'enum'].includes(column.type);

/** A column that becomes required with a default: rows without a value get the default first. */
const fillsNulls = (before: ColumnSnapshot, after: ColumnSnapshot) => before.nullable && !after.nullable && hasDefault(after);

const fillNullsStatement = (table: string, column: ColumnSnapshot, dialect: Dialect) =>
  `await sql\`update \${sql.table(${q(table)})} set \${sql.ref(${q(column.name)})} = \${${dialect.defaultLiteral(column)}} where \${sql.ref(${q(column.name)})} is null\`.execute(db);`;
