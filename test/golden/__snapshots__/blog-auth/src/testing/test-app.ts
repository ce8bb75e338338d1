import type { Kysely } from 'kysely';
import { type AppDependencies, createApp } from '../app.js';
import { loadConfig } from '../config.js';
import { createDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrator.js';
import type { Database } from '../db/tables.js';
import { createMailer } from '../features/auth/mailer.js';
import { createLogger } from '../lib/logger.js';

export interface TestApp {
  app: ReturnType<typeof createApp>;
  db: Kysely<Database>;
  /** What the app was built with: a test builds a variant with `createApp({ ...testApp.deps, … })`. */
  deps: AppDependencies;
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
  const logger = createLogger(config.LOG_LEVEL);
  const mailer = createMailer(config, logger);
  const deps: AppDependencies = { config, db, mailer };
  return {
    app: createApp(deps),
    db,
    deps,
    close: async () => {
      await Promise.allSettled([mailer.close()]);
      await db.destroy();
    },
  };
}
