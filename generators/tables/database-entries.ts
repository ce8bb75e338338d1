/**
 * The `tables.database` extension point: a feature whose tables are not models (see `migrations.tables`) writes
 * their row types itself and adds them here, so the kysely `Database` interface in src/db/tables.ts lists them.
 */
export const databasePoint = 'tables.database';

export interface DatabaseEntry {
  /** Table name, the key in `Database`. */
  table: string;
  /** The row type's name, e.g. `UsersTable`. */
  type: string;
  /** The module exporting it, relative to src/db/tables.ts, e.g. `../features/auth/auth-tables.js`. */
  from: string;
}
