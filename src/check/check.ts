import { generate } from '../engine/generate.js';
import { lockFileName, parseLock } from '../lock/lock.js';
import { verifyMigrationChecksums } from '../migrate/checksum.js';
import { migrationsSum } from '../migrate/layout.js';
import { diskSource } from '../tree/disk-source.js';
import { findDrift, type Drift } from './drift.js';

export interface CheckOptions {
  /** Regenerate everything even where the lock proves inputs and outputs unchanged. */
  full: boolean;
}

/**
 * `gen check`: runs the whole generation in memory against the project on disk and reports what `gen` would
 * change, and any migration edited, deleted or reordered since migrations.sum recorded it. Writes nothing, never
 * prompts, needs no database.
 */
export async function checkProject(root: string, _options: CheckOptions): Promise<Drift[]> {
  const source = diskSource(root);
  const generation = await generate({ root, source });
  const drift = await findDrift(generation, source, parseLock(source.read(lockFileName)), root);
  const edited = verifyMigrationChecksums(source);
  // An edited migration also makes migrations.sum out of date: report the cause, not that symptom.
  return edited.length > 0 ? [...drift.filter((item) => item.path !== migrationsSum), ...edited] : drift;
}
