import { loadDatabaseUrl, loadEnvFile } from '../config.js';
import { createDatabase } from './database.js';
import { migrateToLatest, migrationStatus, rollbackLatest } from './migrator.js';

loadEnvFile();

const db = createDatabase(loadDatabaseUrl());

try {
  await run(process.argv[2] ?? 'latest');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.destroy();
}

/** `latest` for db:migrate, `down` for db:rollback, `status` for db:status. */
async function run(command: string): Promise<void> {
  switch (command) {
    case 'latest': {
      const applied = await migrateToLatest(db);
      console.log(applied.length > 0 ? `Applied ${applied.join(', ')}` : 'Database is up to date');
      return;
    }
    case 'down': {
      const reverted = await rollbackLatest(db);
      console.log(reverted === undefined ? 'No migration to revert' : `Reverted ${reverted}`);
      return;
    }
    case 'status':
      for (const { name, executedAt } of await migrationStatus(db)) {
        const state = executedAt ? `applied ${executedAt.toISOString()}` : 'pending';
        console.log(`${state.padEnd(32)}  ${name}`);
      }
      return;
    default:
      throw new Error(`unknown command "${command}": use latest, down or status`);
  }
}
