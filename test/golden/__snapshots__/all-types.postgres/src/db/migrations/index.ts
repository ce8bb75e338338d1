import type { MigrationModule } from '../migrator.js';
import * as create4Tables20240131120000 from './20240131120000_create_4_tables.js';

/** Every migration, keyed by name; names sort in the order they run. */
export const migrations: Record<string, MigrationModule> = {
  '20240131120000_create_4_tables': create4Tables20240131120000,
};
