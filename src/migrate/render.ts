import { printSourceFile } from '../ast/project.js';
import { func, importsOf, param } from '../ast/structures.js';
import type { Dialect } from '../dialect/index.js';
import { invert, type Operation } from './operations.js';
import type { ColumnSnapshot, IndexSnapshot } from './snapshot.js';

/** A kysely migration module: `up` applies the operations in order, `down` inverts them in reverse. */
export function renderMigration(operations: readonly Operation[], dialect: Dialect): string {
  const up = operations.map((operation) => renderOperation(operation, dialect));
  const down = [...operations].reverse().map((operation) => renderOperation(invert(operation), dialect));
  const usesSql = [...up, ...down].some((statement) => statement.includes('sql`'));
  return printSourceFile({
    statements: [
      ...importsOf({ kysely: { names: usesSql ? ['sql'] : [], types: ['Kysely'] } }),
      func('up', [param('db', 'Kysely<unknown>')], 'Promise<void>', up, { exported: true, async: true }),
      func('down', [param('db', 'Kysely<unknown>')], 'Promise<void>', down, { exported: true, async: true }),
    ],
  });
}

function renderOperation(operation: Operation, dialect: Dialect): string {
  const q = (name: string) => `'${name}'`;
  switch (operation.kind) {
    case 'createTable': {
      const columns = operation.definition.columns.map((column) => `.addColumn(${columnArguments(column, dialect)})`);
      return `await db.schema.createTable(${q(operation.table)})${columns.join('')}.execute();`;
    }
    case 'dropTable':
      return `await db.schema.dropTable(${q(operation.table)}).execute();`;
    case 'renameTable':
      return `await db.schema.alterTable(${q(operation.from)}).renameTo(${q(operation.to)}).execute();`;
    case 'addColumn':
      return `await db.schema.alterTable(${q(operation.table)}).addColumn(${columnArguments(operation.column, dialect)}).execute();`;
    case 'dropColumn':
      return `await db.schema.alterTable(${q(operation.table)}).dropColumn(${q(operation.column.name)}).execute();`;
    case 'renameColumn':
      return `await db.schema.alterTable(${q(operation.table)}).renameColumn(${q(operation.from)}, ${q(operation.to)}).execute();`;
    case 'createIndex':
      return `await db.schema.createIndex(${q(operation.index.name)}).on(${q(operation.table)})${indexColumns(operation.index)}${operation.index.unique ? '.unique()' : ''}.execute();`;
    case 'dropIndex':
      // MySQL indexes belong to their table; the others are schema-wide.
      return `await db.schema.dropIndex(${q(operation.index.name)})${dialect.kind === 'mysql' ? `.on(${q(operation.table)})` : ''}.execute();`;
  }
}

function indexColumns(index: IndexSnapshot): string {
  const [only] = index.columns;
  return index.columns.length === 1 && only ? `.column('${only}')` : `.columns([${index.columns.map((column) => `'${column}'`).join(', ')}])`;
}

function columnArguments(column: ColumnSnapshot, dialect: Dialect): string {
  const type = column.primaryKey && column.idStrategy === 'increments' ? 'integer' : dialect.sqlType(column);
  const modifiers = columnModifiers(column, dialect);
  return `'${column.name}', '${type}'${modifiers.length > 0 ? `, (column) => column${modifiers.join('')}` : ''}`;
}

function columnModifiers(column: ColumnSnapshot, dialect: Dialect): string[] {
  if (column.primaryKey) {
    if (column.idStrategy !== 'increments') return ['.primaryKey()'];
    return ['.primaryKey()', dialect.kind === 'postgres' ? '.generatedByDefaultAsIdentity()' : '.autoIncrement()'];
  }
  const modifiers: string[] = [];
  if (!column.nullable) modifiers.push('.notNull()');
  if (column.default !== undefined && column.default !== null) modifiers.push(`.defaultTo(${dialect.defaultLiteral(column)})`);
  if (column.type === 'enum' && column.values) {
    const values = column.values.map((value) => `'${value}'`).join(', ');
    modifiers.push(`.check(sql\`\${sql.ref('${column.name}')} in (${values})\`)`);
  }
  return modifiers;
}
