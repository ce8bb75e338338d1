import type { DatabaseKind } from '../spec/field-types.js';
import type { Column } from '../spec/columns.js';

/**
 * What differs between SQLite, PostgreSQL and MySQL in the code Kiln writes: column types, how a value is
 * stored and read back, and what the driver needs. Expressions are TypeScript source text; `undefined` means
 * the value passes through unchanged.
 */
export interface Dialect {
  kind: DatabaseKind;
  /** The SQL type used in migrations (a kysely data type). */
  sqlType(column: SqlColumn): string;
  /** The kysely table type of the column (what a select returns, and what insert/update accept). */
  rowType(column: Column): RowType;
  /** Converts a non-null value read from the database into its API form. */
  fromRow(column: Column, value: string): string | undefined;
  /** Converts a non-null API value into what the driver stores. */
  toRow(column: Column, value: string): string | undefined;
  /** Expression for "now" as stored in a timestamp column. */
  now: string;
  /** Whether INSERT/UPDATE … RETURNING is available (MySQL has neither). */
  supportsReturning: boolean;
  /** The literal a migration passes to `.defaultTo()` for a field default. */
  defaultLiteral(column: SqlColumn): string;
  /** npm packages the driver needs at run time and for type checking. */
  packages: { dependencies: readonly string[]; devDependencies: readonly string[] };
  /** The DATABASE_URL default for development (undefined when the variable is required). */
  defaultUrl: string | undefined;
}

export type { DatabaseKind };

/** What the SQL side of a column depends on (shared by spec columns and migration snapshots). */
export type SqlColumn = Pick<Column, 'type' | 'max' | 'precision' | 'scale' | 'default'>;

/** A column's TypeScript type as kysely sees it; insert/update default to the select type. */
export interface RowType {
  select: string;
  insert?: string;
  /** Filled in by the database (auto-increment ids): optional on insert. */
  generated?: boolean;
}

/** Prints a row type as kysely expects it: `T`, `Generated<T>` or `ColumnType<S, I, U>`, null-widened when nullable. */
export function printRowType(type: RowType, nullable: boolean): string {
  const orNull = (t: string) => (nullable ? `${t} | null` : t);
  if (type.generated) return `Generated<${orNull(type.select)}>`;
  if (type.insert === undefined) return orNull(type.select);
  return `ColumnType<${orNull(type.select)}, ${orNull(type.insert)}, ${orNull(type.insert)}>`;
}
