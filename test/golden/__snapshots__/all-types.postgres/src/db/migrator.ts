import { type Kysely, type Migration, type MigrationInfo, type MigrationResult, Migrator, sql } from 'kysely';
import { migrations } from './migrations/index.js';
import type { Database } from './tables.js';

/**
 * A migration module. One that exports `config = { transaction: false }` runs outside a transaction, as CREATE
 * INDEX CONCURRENTLY must; every other one runs in a transaction together with the row that records it.
 */
export interface MigrationModule extends Migration {
  config?: { transaction?: boolean };
}

/** How long a migration waits for a table lock before it fails, rather than blocking every query queued behind it. */
const lockTimeout = '5s';

/** The advisory lock every migrator of the database takes around a step. */
const migrationLock = 72_494_311;

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
  return createMigrator(db, await currentSchema(db)).getMigrations();
}

function createMigrator(db: Kysely<Database>, schema: string | undefined, transaction = true): Migrator {
  const timed = Object.fromEntries(
    Object.entries(migrations).map(([name, migration]) => [name, withLockTimeout(migration)]),
  );
  return new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(timed) },
    // kysely looks for its own tables in every schema: name the one in use, so each schema keeps its own.
    ...(schema ? { migrationTableSchema: schema } : {}),
    disableTransactions: !transaction,
  });
}

/**
 * Applies (or reverts) the next migration, in a transaction unless it opts out. Choosing the migration and running it
 * happen under one advisory lock, so a second migrator waits and then finds it applied.
 */
async function runStep(db: Kysely<Database>, direction: Direction): Promise<string | undefined> {
  return db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(${migrationLock})`.execute(connection);
    try {
      const schema = await currentSchema(db);
      const next = await nextMigration(createMigrator(db, schema), direction);
      if (next === undefined) return undefined;
      return await migrateOne(
        createMigrator(db, schema, migrations[next]?.config?.transaction !== false),
        direction,
      );
    } finally {
      await sql`select pg_advisory_unlock(${migrationLock})`.execute(connection);
    }
  });
}

async function nextMigration(migrator: Migrator, direction: Direction): Promise<string | undefined> {
  const all = await migrator.getMigrations();
  if (direction === 'up') return all.find((migration) => !migration.executedAt)?.name;
  return all.filter((migration) => migration.executedAt).at(-1)?.name;
}

/** The schema tables are created in: the first one on the search_path that exists. */
async function currentSchema(db: Kysely<Database>): Promise<string | undefined> {
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  return rows[0]?.schema ?? undefined;
}

/** The migration, setting lock_timeout first (for its transaction only). */
function withLockTimeout(migration: MigrationModule): Migration {
  if (migration.config?.transaction === false) return migration;
  const limited = (step: (db: Kysely<unknown>) => Promise<void>) => async (db: Kysely<unknown>) => {
    await sql`set local lock_timeout = ${sql.lit(lockTimeout)}`.execute(db);
    await step(db);
  };
  return { up: limited(migration.up), ...(migration.down ? { down: limited(migration.down) } : {}) };
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
