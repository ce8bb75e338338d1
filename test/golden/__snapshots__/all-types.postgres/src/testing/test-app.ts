import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { type AppDependencies, createApp } from '../app.js';
import { loadConfig, loadEnvFile } from '../config.js';
import { createDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrator.js';
import type { Database } from '../db/tables.js';

export interface TestApp {
  app: ReturnType<typeof createApp>;
  db: Kysely<Database>;
  /** What the app was built with: a test builds a variant with `createApp({ ...testApp.deps, … })`. */
  deps: AppDependencies;
  close: () => Promise<void>;
}

/**
 * A fresh app on a PostgreSQL schema of its own in the test database, with every migration applied; close()
 * drops the schema. Test files run in parallel without seeing each other's rows.
 */
export async function createTestApp(): Promise<TestApp> {
  const url = testDatabaseUrl();
  const schema = `test_${randomUUID().replaceAll('-', '')}`;
  const admin = createDatabase(url);
  await sql`create schema ${sql.id(schema)}`.execute(admin);
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: withSearchPath(url, schema),
    LOG_LEVEL: 'silent',
  });
  const db = createDatabase(config.DATABASE_URL);
  const deps: AppDependencies = { config, db };
  const close = async () => {
    await db.destroy();
    await sql`drop schema ${sql.id(schema)} cascade`.execute(admin);
    await admin.destroy();
  };
  try {
    await migrateToLatest(db);
  } catch (error) {
    await close();
    throw error;
  }

  return { app: createApp(deps), db, deps, close };
}

/** The server the tests run against; without one every test fails here, naming the variable to set. */
function testDatabaseUrl(): string {
  loadEnvFile();
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      'Set TEST_DATABASE_URL (or DATABASE_URL) to a PostgreSQL database the tests may create schemas in, e.g. postgres://postgres@127.0.0.1:5432/test',
    );
  }

  return url;
}

/** The URL with every connection's search_path set to `schema` (node-postgres passes `options` to the server). */
function withSearchPath(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('options', `-c search_path=${schema}`);
  return parsed.toString();
}
