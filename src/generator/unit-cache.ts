import type { LockedUnit } from '../lock/lock.js';

/**
 * The per-model output cache. A unit whose input hash matches the lock, and whose files are all still exactly as
 * generated, is replayed from disk instead of generated again.
 */
export interface UnitCache {
  previous: Readonly<Record<string, LockedUnit>>;
  /** The text of a file if it is exactly what was generated last time (its hash matches the lock). */
  pristine(path: string): string | undefined;
  /** Filled in by the run: every unit of this generation. */
  next: Record<string, LockedUnit>;
  /** When false, every unit is generated (gen check --full). */
  reuse: boolean;
}

/** The files of a cached unit, if every one of them can be replayed. */
export function replayable(cache: UnitCache, key: string, input: string): { path: string; text: string }[] | undefined {
  const unit = cache.previous[key];
  if (!cache.reuse || !unit || unit.input !== input) return undefined;
  const files = unit.files.map((path) => ({ path, text: cache.pristine(path) }));
  return files.every((file) => file.text !== undefined) ? (files as { path: string; text: string }[]) : undefined;
}
