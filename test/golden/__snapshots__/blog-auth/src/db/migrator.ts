import { type Kysely, type MigrationInfo, type MigrationResult, Migrator, sql } from 'kysely';
import { migrations } from './migrations/index.js';
import type { Database } from './tables.js';

/** A migration failed; kysely only reports this, so the runner throws it to fail the process. */
export class MigrationError extends Error {
  override name = 'MigrationError';
}

type Direction = 'up' | 'down';

/** Applies every pending migration, oldest first, and returns their names. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const applied: string[] = [];
  for (;;) {
    const name = await runStep(db, 'up');
    if (name === undefined) return applied;
    applied.push(name);
  }
}

/** Reverts the newest applied migration and returns its name (undefined when none is applied). */
export async function rollbackLatest(db: Kysely<Database>): Promise<string | undefined> {
  return runStep(db, 'down');
}

/** Every migration with the time it was applied (`executedAt` is undefined while it is pending). */
export async function migrationStatus(db: Kysely<Database>): Promise<readonly MigrationInfo[]> {
  return createMigrator(db).getMigrations();
}

function createMigrator(db: Kysely<Database>): Migrator {
  return new Migrator({ db, provider: { getMigrations: () => Promise.resolve(migrations) } });
}

/**
 * Applies (or reverts) the next migration in a transaction of its own. kysely neither wraps SQLite migrations in a
 * transaction nor locks out another process; BEGIN IMMEDIATE does both: it takes the write lock before kysely reads
 * which migration is next, so a second migrator waits (busy_timeout) and then finds it applied.
 * Foreign keys are off meanwhile, as https://www.sqlite.org/lang_altertable.html#otheralter asks: rebuilding a
 * table drops it, which would otherwise delete or refuse the rows that reference it. Every reference is checked
 * before the commit instead.
 */
async function runStep(db: Kysely<Database>, direction: Direction): Promise<string | undefined> {
  // Off outside the transaction (SQLite ignores the pragma inside one): see the comment above.
  await sql`pragma foreign_keys = off`.execute(db);
  await sql`begin immediate`.execute(db);
  try {
    const name = await migrateOne(createMigrator(db), direction);
    const { rows } = await sql`pragma foreign_key_check`.execute(db);
    if (rows.length > 0)
      throw new MigrationError(
        `${name ?? 'migration'} leaves ${rows.length} row(s) pointing to rows that do not exist`,
      );
    await sql`commit`.execute(db);
    return name;
  } catch (error) {
    await sql`rollback`.execute(db);
    throw error;
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}

/** One step of kysely's Migrator; the name of the migration it applied or reverted. */
async function migrateOne(migrator: Migrator, direction: Direction): Promise<string | undefined> {
  const { error, results = [] } =
    direction === 'up' ? await migrator.migrateUp() : await migrator.migrateDown();
  if (error) throw failure(results, error);
  return results.find((result) => result.status === 'Success')?.migrationName;
}

function failure(results: MigrationResult[], error: unknown): MigrationError {
  const failed = results.find((result) => result.status === 'Error')?.migrationName ?? 'unknown migration';
  const reason = error instanceof Error ? error.message : String(error);
  return new MigrationError(`${failed} failed: ${reason}`, { cause: error });
}
