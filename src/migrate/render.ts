import { printSourceFile } from '../ast/project.js';
import { constant, func, importsOf, param, type Statement } from '../ast/structures.js';
import type { Dialect } from '../dialect/index.js';
import { isChecked } from './column-definition.js';
import { addedChecks, type ConcurrentWork } from './concurrent.js';
import { invert, type Operation } from './operations.js';
import { alterColumnStatements } from './render-alter-column.js';
import {
  addCheckStatement,
  addForeignKeyStatement,
  dropForeignKeyStatement,
  addColumnStatements,
  createIndexStatement,
  createTableStatement,
  dropCheckStatement,
  dropIndexStatement,
  q,
  validateCheckStatement,
} from './render-column.js';
import { rebuildStatements } from './render-rebuild.js';
import { checkName, type IndexSnapshot, type TableSnapshot } from './snapshot.js';

/**
 * A kysely migration module: `up` applies the operations in order, `down` inverts them in reverse. On PostgreSQL
 * the checks `up` adds to existing tables are left NOT VALID for renderConcurrentMigration to validate; those `down`
 * adds back are validated at once (a rollback has no migration after it).
 */
export function renderMigration(operations: readonly Operation[], dialect: Dialect): string {
  const up = operations.flatMap((operation) => renderOperation(operation, dialect));
  const down = [...operations].reverse().flatMap((operation) => {
    const inverse = invert(operation);
    const validations = dialect.kind === 'postgres' ? addedChecks([inverse], dialect) : [];
    return [...renderOperation(inverse, dialect), ...validations.map((check) => validateCheckStatement(check.table, check.column, dialect))];
  });
  return migrationModule(up, down);
}

/**
 * The PostgreSQL migration that follows one whose changes scan existing tables: it validates the checks added NOT
 * VALID and builds indexes CONCURRENTLY, outside a transaction, so writes go on meanwhile.
 */
export function renderConcurrentMigration(work: ConcurrentWork, dialect: Dialect): string {
  const dropIndex = (name: string) => `await sql\`drop index concurrently if exists \${sql.id(${q(name)})}\`.execute(db);`;
  const up = [
    ...work.checks.map((check) => validateCheckStatement(check.table, check.column, dialect)),
    ...work.indexes.flatMap(({ table, index }, i) => [
      ...(i === 0 ? ['// A build that failed half-way leaves an invalid index behind: drop it, so running this again succeeds.'] : []),
      dropIndex(index.name),
      `await sql\`create ${index.unique ? 'unique ' : ''}index concurrently \${sql.id(${q(index.name)})} on \${sql.table(${q(table)})} (${index.columns.map((column) => `\${sql.ref(${q(column)})}`).join(', ')})\`.execute(db);`,
    ]),
  ];
  const down = [...work.indexes].reverse().map(({ index }) => dropIndex(index.name));
  return migrationModule(up, down, [
    constant('config', '{ transaction: false }', {
      exported: true,
      docs: ['Runs outside a transaction: CREATE INDEX CONCURRENTLY cannot run in one, and writes go on while each statement runs.'],
    }),
  ]);
}

function migrationModule(up: string[], down: string[], declarations: Statement[] = []): string {
  const usesSql = [...up, ...down].some((statement) => statement.includes('sql`'));
  return printSourceFile({
    statements: [
      ...importsOf({ kysely: { names: usesSql ? ['sql'] : [], types: ['Kysely'] } }),
      ...declarations,
      func('up', [param('db', 'Kysely<unknown>')], 'Promise<void>', up, { exported: true, async: true }),
      func('down', [param('db', 'Kysely<unknown>')], 'Promise<void>', down, { exported: true, async: true }),
    ],
  });
}

function renderOperation(operation: Operation, dialect: Dialect): string[] {
  switch (operation.kind) {
    case 'createTable':
      return [createTableStatement(operation.table, operation.definition, dialect)];
    case 'dropTable':
      return [`await db.schema.dropTable(${q(operation.table)}).execute();`];
    case 'renameTable':
      return [
        `await db.schema.alterTable(${q(operation.from)}).renameTo(${q(operation.to)}).execute();`,
        ...renameChecks(operation.to, operation.definition, operation.from, dialect),
      ];
    case 'addColumn':
      return addColumnStatements(operation.table, operation.column, dialect);
    case 'dropColumn': {
      const drop = `await db.schema.alterTable(${q(operation.table)}).dropColumn(${q(operation.column.name)}).execute();`;
      // MySQL refuses to drop a column its check constraint names (MariaDB drops both).
      return dialect.kind === 'mysql' && isChecked(operation.column) ? [dropCheckStatement(operation.table, operation.column.name, dialect), drop] : [drop];
    }
    case 'renameColumn': {
      const rename = `await db.schema.alterTable(${q(operation.table)}).renameColumn(${q(operation.from)}, ${q(operation.to)}).execute();`;
      if (!isChecked(operation.column) || dialect.kind === 'sqlite') return [rename];
      const renamed = { ...operation.column, name: operation.to };
      if (dialect.kind === 'postgres') return [rename, renameCheckStatement(operation.table, operation.from, operation.to, operation.table, dialect)];
      // MySQL refuses to rename a column its check constraint names: drop the check, rename, add it again.
      return [dropCheckStatement(operation.table, operation.from, dialect), rename, addCheckStatement(operation.table, renamed, dialect)];
    }
    case 'alterColumn':
      return alterColumnStatements(operation.table, operation.before, operation.after, dialect);
    case 'createIndex':
      return [createIndexStatement(operation.table, operation.index)];
    case 'dropIndex':
      return [dropIndexStatement(operation.table, operation.index, dialect)];
    case 'renameIndex':
      return renameIndexStatements(operation.table, operation.from, operation.index, dialect);
    case 'addForeignKey':
      return [addForeignKeyStatement(operation.table, operation.foreignKey)];
    case 'dropForeignKey':
      return [dropForeignKeyStatement(operation.table, operation.foreignKey, dialect)];
    case 'rebuildTable':
      return rebuildStatements(operation.table, operation.before, operation.after, operation.renamed, dialect);
  }
}

/**
 * Check constraints are named after their table and column, so a later migration can drop them by name: a
 * renamed table renames its checks too. SQLite never drops a check by name (it rebuilds the table).
 */
function renameChecks(table: string, definition: TableSnapshot, previousTable: string, dialect: Dialect): string[] {
  if (dialect.kind === 'sqlite') return [];
  return definition.columns.filter(isChecked).flatMap((column) => {
    if (dialect.kind === 'postgres') return [renameCheckStatement(table, column.name, column.name, previousTable, dialect)];
    // MySQL cannot rename a constraint.
    return [
      `await db.schema.alterTable(${q(table)}).dropConstraint(${q(checkName(previousTable, column.name, dialect.kind))}).execute();`,
      addCheckStatement(table, column, dialect),
    ];
  });
}

function renameCheckStatement(table: string, fromColumn: string, toColumn: string, previousTable: string, dialect: Dialect): string {
  const from = checkName(previousTable, fromColumn, dialect.kind);
  const to = checkName(table, toColumn, dialect.kind);
  return `await db.schema.alterTable(${q(table)}).renameConstraint(${q(from)}, ${q(to)}).execute();`;
}

function renameIndexStatements(table: string, from: string, index: IndexSnapshot, dialect: Dialect): string[] {
  switch (dialect.kind) {
    case 'postgres':
      return [`await sql\`alter index \${sql.id(${q(from)})} rename to \${sql.id(${q(index.name)})}\`.execute(db);`];
    case 'mysql':
      return [`await sql\`alter table \${sql.table(${q(table)})} rename index \${sql.id(${q(from)})} to \${sql.id(${q(index.name)})}\`.execute(db);`];
    case 'sqlite':
      // SQLite cannot rename an index.
      return [`await db.schema.dropIndex(${q(from)}).execute();`, createIndexStatement(table, index)];
  }
}
