import type { Dialect } from '../dialect/index.js';
import type { ColumnSnapshot } from './snapshot.js';

/**
 * A column as one engine stores it. Two columns need a migration only when these differ: a longer `max` on a
 * SQLite string, or `uuid` → `string` there, changes the spec but not the table (both are `text`).
 */
export interface ColumnDefinition {
  type: string;
  nullable: boolean;
  /** The default as a literal, or undefined. */
  default: string | undefined;
  /** The values an enum check constraint allows, or undefined. */
  check: string | undefined;
}

export type ColumnPart = keyof ColumnDefinition;

/** The SQL type of a column; an auto-increment id is an integer whatever the engine calls its sequence. */
export const sqlTypeOf = (column: ColumnSnapshot, dialect: Dialect): string =>
  column.primaryKey && column.idStrategy === 'increments' ? 'integer' : dialect.sqlType(column);

export const hasDefault = (column: ColumnSnapshot): boolean => column.default !== undefined && column.default !== null;

/** Whether a check constraint holds the column to its values (an enum). */
export const isChecked = (column: ColumnSnapshot): boolean => column.type === 'enum' && (column.values ?? []).length > 0;

export function columnDefinition(column: ColumnSnapshot, dialect: Dialect): ColumnDefinition {
  return {
    type: sqlTypeOf(column, dialect),
    nullable: column.nullable,
    default: hasDefault(column) ? dialect.defaultLiteral(column) : undefined,
    check: isChecked(column) ? (column.values ?? []).join(', ') : undefined,
  };
}

/** The parts of a column's definition that differ between two versions of it, in a fixed order. */
export function changedParts(before: ColumnSnapshot, after: ColumnSnapshot, dialect: Dialect): ColumnPart[] {
  const a = columnDefinition(before, dialect);
  const b = columnDefinition(after, dialect);
  return (['type', 'nullable', 'default', 'check'] as const).filter((part) => a[part] !== b[part]);
}
