import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { Kysely, MysqlDialect, PostgresDialect, SqliteDialect, type Dialect } from 'kysely';
import { KilnError } from '../../errors.js';
import type { DatabaseKind } from '../../spec/field-types.js';

/**
 * Opens the project's database for reading, with the driver the project installed (its node_modules, so the
 * versions match what the app runs), falling back to the toolkit's own. SQLite files are opened read-only.
 */
export async function connectDatabase(root: string, database: DatabaseKind, url: string, cwd: string): Promise<Kysely<unknown>> {
  const db = new Kysely<unknown>({ dialect: kyselyDialect(root, database, url, cwd) });
  try {
    await db.introspection.getSchemas();
  } catch (error) {
    await db.destroy();
    throw new KilnError(
      'check/no-connection',
      `cannot connect to the ${database} database at ${redact(url)}: ${error instanceof Error ? error.message : String(error)}`,
      'pass the URL the app uses (its DATABASE_URL) to --db, and check that the server is running',
    );
  }
  return db;
}

function kyselyDialect(root: string, database: DatabaseKind, url: string, cwd: string): Dialect {
  const load = driverLoader(root);
  switch (database) {
    case 'sqlite': {
      const file = resolve(cwd, url.replace(/^file:/, ''));
      if (!existsSync(file)) throw new KilnError('check/no-connection', `no SQLite database at ${file}`, 'pass the path of the database file (the DATABASE_URL the app uses) to --db');
      const SQLite = load<typeof import('better-sqlite3')>('better-sqlite3');
      return new SqliteDialect({ database: new SQLite(file, { readonly: true, fileMustExist: true }) });
    }
    case 'postgres': {
      const pg = load<typeof import('pg')>('pg');
      return new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) });
    }
    case 'mysql': {
      const mysql = load<typeof import('mysql2')>('mysql2');
      return new MysqlDialect({ pool: mysql.createPool({ uri: url, connectionLimit: 1 }) });
    }
  }
}

function driverLoader(root: string) {
  const fromProject = createRequire(join(root, 'package.json'));
  const fromToolkit = createRequire(import.meta.url);
  return <Module>(name: string): Module => {
    for (const load of [fromProject, fromToolkit]) {
      try {
        return load(name) as Module;
      } catch {
        // not installed there: try the next place
      }
    }
    throw new KilnError('check/no-driver', `cannot load the database driver "${name}" from ${root}/node_modules`, 'run npm install in the project');
  };
}

/** The URL without its password, for messages. */
function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}
