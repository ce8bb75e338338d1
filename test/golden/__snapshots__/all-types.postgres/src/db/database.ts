import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import type { Database } from './tables.js';

// node-postgres turns a DATE into a Date at local midnight; keep the 'YYYY-MM-DD' string the API uses.

pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

/** Connects to PostgreSQL through a connection pool. */
export function createDatabase(url: string): Kysely<Database> {
  return new Kysely<Database>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url }) }),
  });
}
