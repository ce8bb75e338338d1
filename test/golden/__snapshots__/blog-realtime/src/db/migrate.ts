import { loadConfig, loadEnvFile } from '../config.js';
import { createDatabase } from './database.js';
import { migrateToLatest } from './migrator.js';

loadEnvFile();

const db = createDatabase(loadConfig().DATABASE_URL);

try {
  const applied = await migrateToLatest(db);
  console.log(applied.length > 0 ? `Applied ${applied.join(', ')}` : 'Database is up to date');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.destroy();
}
