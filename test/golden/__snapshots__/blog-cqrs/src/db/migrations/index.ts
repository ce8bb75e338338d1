import type { Migration } from 'kysely';
import * as create7Tables20240131120000 from './20240131120000_create_7_tables.js';

/** Every migration, keyed by name; names sort in the order they run. */
export const migrations: Record<string, Migration> = {
  '20240131120000_create_7_tables': create7Tables20240131120000,
};
