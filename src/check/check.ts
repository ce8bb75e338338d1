import { generate } from '../engine/generate.js';
import { lockFileName, parseLock } from '../lock/lock.js';
import { diskSource } from '../tree/disk-source.js';
import { findDrift, type Drift } from './drift.js';

export interface CheckOptions {
  /** Regenerate everything even where the lock proves inputs and outputs unchanged. */
  full: boolean;
}

/**
 * `gen check`: runs the whole generation in memory against the project on disk and reports what `gen` would
 * change. Writes nothing, never prompts, needs no database.
 */
export async function checkProject(root: string, options: CheckOptions): Promise<Drift[]> {
  const source = diskSource(root);
  const generation = await generate({ root, source, full: options.full });
  return findDrift(generation, source, parseLock(source.read(lockFileName)), root);
}
