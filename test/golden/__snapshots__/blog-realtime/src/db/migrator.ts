import { type Kysely, type MigrationResult, Migrator } from 'kysely';
import { migrations } from './migrations/index.js';
import type { Database } from './tables.js';

/** A migration failed; kysely only reports this, so the runner throws it to fail the process. */
export class MigrationError extends Error {
  override name = 'MigrationError';
}

export function createMigrator(db: Kysely<Database>): Migrator {
  return new Migrator({ db, provider: { getMigrations: () => Promise.resolve(migrations) } });
}

/** Applies every pending migration and returns their names. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const { error, results = [] } = await createMigrator(db).migrateToLatest();
  if (error) throw failure(results, error);
  return results.map((result) => result.migrationName);
}

function failure(results: MigrationResult[], error: unknown): MigrationError {
  const failed = results.find((result) => result.status === 'Error')?.migrationName ?? 'unknown migration';
  const reason = error instanceof Error ? error.message : String(error);
  return new MigrationError(`${failed} failed: ${reason}`, { cause: error });
}
