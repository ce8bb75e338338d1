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
 * A fresh app on a MySQL database of its own on the test server, with every migration applied; close() drops
 * the database. Test files run in parallel without seeing each other's rows.
 */
export async function createTestApp(): Promise<TestApp> {
  const url = testDatabaseUrl();
  const database = `test_${randomUUID().replaceAll('-', '')}`;
  const admin = createDatabase(url);
  await sql`create database ${sql.id(database)}`.execute(admin);
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: withDatabase(url, database),
    LOG_LEVEL: 'silent',
  });
  const db = createDatabase(config.DATABASE_URL);
  const deps: AppDependencies = { config, db };
  const close = async () => {
    await db.destroy();
    await sql`drop database ${sql.id(database)}`.execute(admin);
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
      'Set TEST_DATABASE_URL (or DATABASE_URL) to a MySQL server the tests may create databases on, e.g. mysql://root@127.0.0.1:3306/test',
    );
  }

  return url;
}

/** The URL with its database replaced. */
function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
