import SQLite from 'better-sqlite3';

export function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof SQLite.SqliteError &&
    (error.code === 'SQLITE_CONSTRAINT_UNIQUE' || error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY')
  );
}

/** A write naming a row that does not exist, or a delete of a row others still reference (restrict). */
export function isForeignKeyViolation(error: unknown): boolean {
  return error instanceof SQLite.SqliteError && error.code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}
