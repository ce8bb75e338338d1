import { loadDatabaseUrl, loadEnvFile } from '../../config.js';
import { createDatabase } from '../../db/database.js';
import { rebuildReadModels } from './rebuild.js';

loadEnvFile();

const db = createDatabase(loadDatabaseUrl());

try {
  const rebuilt = await rebuildReadModels(db);
  for (const [model, records] of Object.entries(rebuilt))
    console.log(`${model}: ${records} record(s) replayed`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.destroy();
}
