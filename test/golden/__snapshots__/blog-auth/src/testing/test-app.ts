import type { Kysely } from 'kysely';
import { createApp } from '../app.js';
import { type Config, loadConfig } from '../config.js';
import { createDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrator.js';
import type { Database } from '../db/tables.js';

export interface TestApp {
  app: ReturnType<typeof createApp>;
  config: Config;
  db: Kysely<Database>;
  close: () => Promise<void>;
}

/** A fresh app on its own in-memory SQLite database, migrated to the latest schema. */
export async function createTestApp(): Promise<TestApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: ':memory:',
    LOG_LEVEL: 'silent',
    JWT_SECRET: 'kiln-tests-only-7f3a9c1e5b2d8046f1e9a3c7b5d2e8f0a4c6',
  });
  const db = createDatabase(config.DATABASE_URL);
  await migrateToLatest(db);
  return { app: createApp({ config, db }), config, db, close: () => db.destroy() };
}
