import SQLite from 'better-sqlite3';

export function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof SQLite.SqliteError &&
    (error.code === 'SQLITE_CONSTRAINT_UNIQUE' || error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY')
  );
}

/** A write naming a row that does not exist, or a delete of a row others still reference (restrict). */
export function isForeignKeyViolation(error: unknown): boolean {
  if (!(error instanceof SQLite.SqliteError)) return false;
  // ON DELETE RESTRICT is enforced by a trigger, and reported as one.
  return (
    error.code === 'SQLITE_CONSTRAINT_FOREIGNKEY' ||
    (error.code === 'SQLITE_CONSTRAINT_TRIGGER' && error.message === 'FOREIGN KEY constraint failed')
  );
}
