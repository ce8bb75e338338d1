import type { ColumnSnapshot, IndexSnapshot, TableSnapshot } from './snapshot.js';

/** One schema change. A migration is a list of these, rendered to kysely calls for `up` and inverted for `down`. */
export type Operation =
  | { kind: 'createTable'; table: string; definition: TableSnapshot }
  | { kind: 'dropTable'; table: string; definition: TableSnapshot }
  | { kind: 'renameTable'; from: string; to: string }
  | { kind: 'addColumn'; table: string; column: ColumnSnapshot }
  | { kind: 'dropColumn'; table: string; column: ColumnSnapshot }
  | { kind: 'renameColumn'; table: string; from: string; to: string }
  | { kind: 'createIndex'; table: string; index: IndexSnapshot }
  | { kind: 'dropIndex'; table: string; index: IndexSnapshot };

/** The operation that undoes another. */
export function invert(operation: Operation): Operation {
  switch (operation.kind) {
    case 'createTable':
      return { kind: 'dropTable', table: operation.table, definition: operation.definition };
    case 'dropTable':
      return { kind: 'createTable', table: operation.table, definition: operation.definition };
    case 'renameTable':
      return { kind: 'renameTable', from: operation.to, to: operation.from };
    case 'addColumn':
      return { kind: 'dropColumn', table: operation.table, column: operation.column };
    case 'dropColumn':
      return { kind: 'addColumn', table: operation.table, column: operation.column };
    case 'renameColumn':
      return { kind: 'renameColumn', table: operation.table, from: operation.to, to: operation.from };
    case 'createIndex':
      return { kind: 'dropIndex', table: operation.table, index: operation.index };
    case 'dropIndex':
      return { kind: 'createIndex', table: operation.table, index: operation.index };
  }
}
