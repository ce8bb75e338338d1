import { Kysely, MysqlDialect } from 'kysely';
import { createPool } from 'mysql2';
import type { Database } from './tables.js';

/** Connects to MySQL or MariaDB through a connection pool. */
export function createDatabase(url: string): Kysely<Database> {
  // UTC in and out, and DATE kept as the 'YYYY-MM-DD' string the API uses.
  const pool = createPool({ uri: url, timezone: 'Z', dateStrings: ['DATE'] });
  return new Kysely<Database>({ dialect: new MysqlDialect({ pool }) });
}
