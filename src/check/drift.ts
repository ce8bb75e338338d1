import { createFormatter } from '../format/format.js';
import type { Generation } from '../engine/generate.js';
import { hashText, lockFileName, type Lock } from '../lock/lock.js';
import { unifiedDiff } from '../tree/diff.js';
import type { Change, FileSource } from '../tree/tree.js';

export type DriftKind =
  | 'outdated'
  | 'pending-migration'
  | 'conflict'
  | 'missing'
  | 'unformatted'
  | 'migration-edited'
  /** `gen check --db`: the live database lacks, adds or differs from what kiln.json declares, or lags behind the migrations. */
  | 'db-missing'
  | 'db-extra'
  | 'db-mismatch'
  | 'db-unapplied';

/** One way the project (or its database) differs from what `gen` would make of it. */
export interface Drift {
  kind: DriftKind;
  /** A project file, or for database drift the table, column, index or check (`posts.title`). */
  path: string;
  message: string;
  /** Unified diff from what is on disk to what `gen` would write. */
  diff?: string;
}

/**
 * Everything `gen` would change, as drift: out-of-date generated files, pending migrations, unresolved conflicts,
 * generated files deleted since the last run, and edited generated files prettier would reformat.
 */
export async function findDrift(generation: Generation, source: FileSource, lock: Lock | undefined, root: string): Promise<Drift[]> {
  const drift: Drift[] = [];
  for (const change of generation.changes) {
    if (change.type === 'identical' || onlyCacheChanged(change)) continue;
    if (change.origin?.role === 'migration' && change.type === 'create') {
      drift.push({ kind: 'pending-migration', path: change.path, message: 'a migration is pending for spec changes (run gen to write it)', diff: unifiedDiff(change) });
    } else {
      drift.push({ kind: 'outdated', path: change.path, message: describeChange(change.type), diff: unifiedDiff(change) });
    }
  }
  for (const path of generation.conflicts) drift.push({ kind: 'conflict', path, message: 'has unresolved conflict markers (<<<<<<< yours … >>>>>>> generated)' });
  for (const path of generation.missing) {
    drift.push({ kind: 'missing', path, message: 'is recorded in kiln.lock.json but was deleted (run gen to record it as ejected, or gen --force to restore it)' });
  }
  drift.push(...(await unformattedEdits(source, lock, root, new Set(drift.map((item) => item.path)))));
  return drift;
}

/**
 * A lock file that differs only in what speeds up the next run (input hashes, per-model units, formatting
 * fingerprints) is not drift: `gen` would produce the same project.
 */
function onlyCacheChanged(change: Change): boolean {
  if (change.path !== lockFileName || change.before === undefined || change.after === undefined) return false;
  const meaning = (text: string) => {
    const lock = JSON.parse(text) as Lock;
    const files = Object.fromEntries(Object.entries(lock.files).map(([path, file]) => [path, { ...file, raw: undefined }]));
    return JSON.stringify({ toolkit: lock.toolkit, spec: lock.spec, files, state: lock.state });
  };
  try {
    return meaning(change.before) === meaning(change.after);
  } catch {
    return false;
  }
}

function describeChange(type: 'create' | 'update' | 'delete'): string {
  if (type === 'create') return 'is missing: gen would create it';
  if (type === 'delete') return 'is no longer generated: gen would delete it';
  return 'is out of date with kiln.json: gen would change it';
}

/** Generated files the user edited (their hash differs from the lock) that prettier would reformat. */
async function unformattedEdits(source: FileSource, lock: Lock | undefined, root: string, reported: Set<string>): Promise<Drift[]> {
  if (!lock) return [];
  const { Tree } = await import('../tree/tree.js');
  const format = createFormatter(root, new Tree(source));
  const drift: Drift[] = [];
  for (const [path, entry] of Object.entries(lock.files)) {
    const text = source.read(path);
    if (text === undefined || reported.has(path) || hashText(text) === entry.hash) continue;
    const formatted = await format(path, text);
    if (formatted !== text) {
      drift.push({
        kind: 'unformatted',
        path,
        message: 'is not formatted as prettier would format it (run npx prettier --write on it)',
        diff: unifiedDiff({ path, before: text, after: formatted, type: 'update', origin: undefined }),
      });
    }
  }
  return drift;
}
