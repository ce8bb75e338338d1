import type { Dialect } from '../dialect/index.js';
import { changedParts, isChecked } from './column-definition.js';
import type { Operation } from './operations.js';
import type { IndexSnapshot } from './snapshot.js';

/**
 * PostgreSQL work that scans a table that already exists, done outside the migration's transaction so it does not
 * block writes: index builds (CREATE INDEX CONCURRENTLY) and the validation of checks added NOT VALID.
 */
export interface ConcurrentWork {
  indexes: { table: string; index: IndexSnapshot }[];
  checks: { table: string; column: string }[];
}

/** Splits a PostgreSQL migration into what runs in its transaction and what runs concurrently after it. */
export function splitConcurrent(operations: readonly Operation[], dialect: Dialect): { transactional: Operation[]; concurrent: ConcurrentWork | undefined } {
  const created = new Set(operations.flatMap((operation) => (operation.kind === 'createTable' ? [operation.table] : [])));
  const transactional: Operation[] = [];
  const indexes: ConcurrentWork['indexes'] = [];
  for (const operation of operations) {
    if (operation.kind === 'createIndex' && !created.has(operation.table)) indexes.push({ table: operation.table, index: operation.index });
    else transactional.push(operation);
  }
  const checks = addedChecks(transactional, dialect);
  return { transactional, concurrent: indexes.length > 0 || checks.length > 0 ? { indexes, checks } : undefined };
}

/** The checks operations add to tables that already exist (PostgreSQL adds those NOT VALID). */
export function addedChecks(operations: readonly Operation[], dialect: Dialect): { table: string; column: string }[] {
  return operations.flatMap((operation) => {
    if (operation.kind === 'addColumn' && isChecked(operation.column)) return [{ table: operation.table, column: operation.column.name }];
    if (operation.kind === 'alterColumn' && isChecked(operation.after) && changedParts(operation.before, operation.after, dialect).includes('check')) {
      return [{ table: operation.table, column: operation.after.name }];
    }
    return [];
  });
}
