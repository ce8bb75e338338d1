import type { Dialect } from '../dialect/index.js';
import { hasDefault, sqlTypeOf } from './column-definition.js';
import { createIndexStatement, createTableStatement, q } from './render-column.js';
import type { ColumnSnapshot, TableSnapshot } from './snapshot.js';

/**
 * SQLite cannot change a column's type, nullability, default or check in place, so the table is rebuilt the way
 * https://www.sqlite.org/lang_altertable.html#otheralter describes: a new table with the new definition, the rows
 * copied over (converted where the type changed), the old table dropped, the new one renamed and its indexes
 * created again. The migration runner wraps it in a transaction, so a failed copy changes nothing.
 */
export function rebuildStatements(table: string, before: TableSnapshot, after: TableSnapshot, renamed: Record<string, string>, dialect: Dialect): string[] {
  const temporary = `${table}__new`;
  const sources = new Map(before.columns.map((column) => [column.name, column]));
  const copied = after.columns.flatMap((column) => {
    const source = sources.get(renamed[column.name] ?? column.name);
    return source ? [{ column, expression: copyExpression(source, column, dialect) }] : [];
  });
  return [
    `// SQLite cannot alter a column in place: copy "${table}" into a table with the new definition and swap them.`,
    createTableStatement(temporary, after, dialect, table),
    `await sql\`insert into "${temporary}" (${copied.map(({ column }) => `"${column.name}"`).join(', ')}) select ${copied.map(({ expression }) => expression).join(', ')} from "${table}"\`.execute(db);`,
    `await db.schema.dropTable(${q(table)}).execute();`,
    `await db.schema.alterTable(${q(temporary)}).renameTo(${q(table)}).execute();`,
    ...after.indexes.map((index) => createIndexStatement(table, index)),
  ];
}

/** The value a copied column takes: converted to the new storage class, and the default where it was null. */
function copyExpression(source: ColumnSnapshot, target: ColumnSnapshot, dialect: Dialect): string {
  let expression = `"${source.name}"`;
  const type = sqlTypeOf(target, dialect);
  if (type !== sqlTypeOf(source, dialect)) expression = `cast(${expression} as ${type})`;
  if (target.type === 'boolean' && source.type !== 'boolean') expression = `${expression} <> 0`;
  if (source.nullable && !target.nullable && hasDefault(target)) expression = `coalesce(${expression}, \${${dialect.defaultLiteral(target)}})`;
  return expression;
}
