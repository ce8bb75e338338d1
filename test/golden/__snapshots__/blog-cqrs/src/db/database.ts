import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, type SqliteDatabase, SqliteDialect, type SqliteStatement } from 'kysely';
import type { Database } from './tables.js';

/** Opens the SQLite database at `url`: a file path, a `file:` URL, or `:memory:`. */
export function createDatabase(url: string): Kysely<Database> {
  const filename = url.replace(/^file:/, '');
  if (filename !== ':memory:') mkdirSync(dirname(filename), { recursive: true });
  const sqlite = new SQLite(filename);
  sqlite.pragma('journal_mode = WAL'); // readers never block the writer
  sqlite.pragma('foreign_keys = ON'); // SQLite leaves foreign keys unchecked unless asked
  sqlite.pragma('busy_timeout = 5000');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: reusingStatements(sqlite) }) });
}

const maxStatements = 500;

/**
 * kysely prepares every query it runs, and preparing costs more than a point lookup: keep the prepared statements
 * (the app runs a small, fixed set of SQL strings) and reuse them.
 */
function reusingStatements(sqlite: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => sqlite.close(),
    prepare(sql) {
      let statement = statements.get(sql);
      if (!statement) {
        if (statements.size >= maxStatements) statements.clear();
        statement = sqlite.prepare(sql);
        statements.set(sql, statement);
      }

      return statement;
    },
  };
}
