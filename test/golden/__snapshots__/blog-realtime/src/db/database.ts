import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './tables.js';

/** Opens the SQLite database at `url`: a file path, a `file:` URL, or `:memory:`. */
export function createDatabase(url: string): Kysely<Database> {
  const filename = url.replace(/^file:/, '');
  if (filename !== ':memory:') mkdirSync(dirname(filename), { recursive: true });
  const sqlite = new SQLite(filename);
  sqlite.pragma('journal_mode = WAL'); // readers never block the writer
  sqlite.pragma('foreign_keys = ON'); // SQLite leaves foreign keys unchecked unless asked
  sqlite.pragma('busy_timeout = 5000');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}
