import { ExitCode, type ExitCodeValue } from '../errors.js';
import type { Clock } from '../generator/define.js';
import type { Generation } from '../engine/generate.js';
import { commitChanges } from '../tree/commit.js';
import { reportChanges, reportDiff, type Output } from './report.js';

export interface ApplyOptions {
  root: string;
  dryRun: boolean;
  verbose?: boolean;
  output: Output;
}

/** Writes a generation to disk (or, for a dry run, prints its diff) and reports it; conflicts exit 1. */
export function applyGeneration(generation: Generation, options: ApplyOptions): ExitCodeValue {
  if (options.dryRun) {
    reportDiff(options.output, generation);
    reportChanges(options.output, generation, { verbose: options.verbose ?? false });
    options.output.out('(dry run: nothing was written)');
  } else {
    commitChanges(options.root, generation.changes);
    reportChanges(options.output, generation, { verbose: options.verbose ?? false });
  }
  return generation.conflicts.length > 0 ? ExitCode.drift : ExitCode.ok;
}

/**
 * The clock for migration names. KILN_NOW (an ISO date) pins it, so scripted runs and tests produce the same
 * file names every time.
 */
export function cliClock(): Clock {
  const pinned = process.env.KILN_NOW;
  if (!pinned) return { now: () => new Date() };
  const date = new Date(pinned);
  return { now: () => date };
}
