import { generate, type Generation } from '../engine/generate.js';
import { lockFileName, parseLock } from '../lock/lock.js';
import { verifyMigrationChecksums } from '../migrate/checksum.js';
import { migrationsStateKey, migrationsSum } from '../migrate/layout.js';
import { snapshotOf, type SchemaSnapshot } from '../migrate/snapshot.js';
import { diskSource } from '../tree/disk-source.js';
import { findDrift, type Drift } from './drift.js';

export interface CheckOptions {
  /** Regenerate everything even where the lock proves inputs and outputs unchanged. */
  full: boolean;
  /** Also compare this live database (a URL, or a SQLite path relative to `cwd`) with kiln.json. */
  database?: { url: string; cwd: string };
}

/**
 * `gen check`: runs the whole generation in memory against the project on disk and reports what `gen` would
 * change, and any migration edited, deleted or reordered since migrations.sum recorded it. Writes nothing and never
 * prompts; it needs a database only when asked to compare one (`--db`).
 */
export async function checkProject(root: string, options: CheckOptions): Promise<Drift[]> {
  const source = diskSource(root);
  const generation = await generate({ root, source, full: options.full });
  const drift = await findDrift(generation, source, parseLock(source.read(lockFileName)), root);
  const edited = verifyMigrationChecksums(source);
  // An edited migration also makes migrations.sum out of date: report the cause, not that symptom.
  const files = edited.length > 0 ? [...drift.filter((item) => item.path !== migrationsSum), ...edited] : drift;
  if (!options.database) return files;
  const { findDatabaseDrift } = await import('./database/database-drift.js');
  return [...files, ...(await findDatabaseDrift(generation.spec, expectedSchema(generation), source, { root, ...options.database }))];
}

/** The schema the migrations build, as the migrations generator recorded it (models and feature tables). */
function expectedSchema(generation: Generation): SchemaSnapshot {
  const recorded = generation.state[migrationsStateKey] as { snapshot?: SchemaSnapshot } | undefined;
  return recorded?.snapshot ?? snapshotOf(generation.spec);
}
