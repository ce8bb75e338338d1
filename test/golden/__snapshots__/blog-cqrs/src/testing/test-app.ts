import type { Kysely } from 'kysely';
import { type AppDependencies, createApp } from '../app.js';
import { loadConfig } from '../config.js';
import { createDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrator.js';
import type { Database } from '../db/tables.js';
import { createEventBus } from '../features/cqrs/event-bus.js';
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
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: ':memory:', LOG_LEVEL: 'silent' });
  const db = createDatabase(config.DATABASE_URL);
  await migrateToLatest(db);
  const logger = createLogger(config.LOG_LEVEL);
  const events = createEventBus(config, logger);
  const deps: AppDependencies = { config, db, events };
  return {
    app: createApp(deps),
    db,
    deps,
    close: async () => {
      await Promise.allSettled([events.close()]);
      await db.destroy();
    },
  };
}
