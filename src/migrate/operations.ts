import type { ColumnSnapshot, ForeignKeySnapshot, IndexSnapshot, TableSnapshot } from './snapshot.js';

/** One schema change. A migration is a list of these, rendered to kysely calls for `up` and inverted for `down`. */
export type Operation =
  | { kind: 'createTable'; table: string; definition: TableSnapshot }
  | { kind: 'dropTable'; table: string; definition: TableSnapshot }
  /** `definition` is the table before the rename: its check constraints are named after the table. */
  | { kind: 'renameTable'; from: string; to: string; definition: TableSnapshot }
  | { kind: 'addColumn'; table: string; column: ColumnSnapshot }
  | { kind: 'dropColumn'; table: string; column: ColumnSnapshot }
  /** `column` is the column before the rename: its check constraint is named after the column. */
  | { kind: 'renameColumn'; table: string; from: string; to: string; column: ColumnSnapshot }
  /** Type, nullability, default or enum values of one column (same name before and after). */
  | { kind: 'alterColumn'; table: string; before: ColumnSnapshot; after: ColumnSnapshot }
  | { kind: 'createIndex'; table: string; index: IndexSnapshot }
  | { kind: 'dropIndex'; table: string; index: IndexSnapshot }
  /** `index` is the index after the rename; its columns are the same on both sides of the operation. */
  | { kind: 'renameIndex'; table: string; from: string; index: IndexSnapshot }
  /** PostgreSQL and MySQL only: SQLite rebuilds the table to change its foreign keys. */
  | { kind: 'addForeignKey'; table: string; foreignKey: ForeignKeySnapshot }
  | { kind: 'dropForeignKey'; table: string; foreignKey: ForeignKeySnapshot }
  /**
   * SQLite cannot alter a column: the table is copied into a new one with the `after` definition. `renamed` maps
   * a column of `after` to the column of `before` it is copied from, where the names differ.
   */
  | { kind: 'rebuildTable'; table: string; before: TableSnapshot; after: TableSnapshot; renamed: Record<string, string> };

/** The operation that undoes another. */
export function invert(operation: Operation): Operation {
  switch (operation.kind) {
    case 'createTable':
      return { kind: 'dropTable', table: operation.table, definition: operation.definition };
    case 'dropTable':
      return { kind: 'createTable', table: operation.table, definition: operation.definition };
    case 'renameTable':
      return { kind: 'renameTable', from: operation.to, to: operation.from, definition: operation.definition };
    case 'addColumn':
      return { kind: 'dropColumn', table: operation.table, column: operation.column };
    case 'dropColumn':
      return { kind: 'addColumn', table: operation.table, column: operation.column };
    case 'renameColumn':
      return { kind: 'renameColumn', table: operation.table, from: operation.to, to: operation.from, column: { ...operation.column, name: operation.to } };
    case 'alterColumn':
      return { kind: 'alterColumn', table: operation.table, before: operation.after, after: operation.before };
    case 'createIndex':
      return { kind: 'dropIndex', table: operation.table, index: operation.index };
    case 'dropIndex':
      return { kind: 'createIndex', table: operation.table, index: operation.index };
    case 'renameIndex':
      return { kind: 'renameIndex', table: operation.table, from: operation.index.name, index: { ...operation.index, name: operation.from } };
    case 'addForeignKey':
      return { kind: 'dropForeignKey', table: operation.table, foreignKey: operation.foreignKey };
    case 'dropForeignKey':
      return { kind: 'addForeignKey', table: operation.table, foreignKey: operation.foreignKey };
    case 'rebuildTable': {
      const renamed = Object.fromEntries(Object.entries(operation.renamed).map(([to, from]) => [from, to]));
      return { kind: 'rebuildTable', table: operation.table, before: operation.after, after: operation.before, renamed };
    }
  }
}

/** The table an operation works on (after it ran). */
export const tableOf = (operation: Operation): string => (operation.kind === 'renameTable' ? operation.to : operation.table);
