import { hashText, type Lock, type LockedFile } from '../lock/lock.js';
import { conflictWhole, hasConflictMarkers, mergeThreeWay } from '../merge/merge3.js';
import type { FileSource, Tree } from '../tree/tree.js';

export interface Reconciliation {
  /** Generated files now in the project, with the hash of their pristine text (the next merge base). */
  files: Record<string, LockedFile>;
  /** Files written with conflict markers, or still holding unresolved ones. */
  conflicts: string[];
  /** Generated files the user deleted: left deleted (recorded as ejected in the lock). */
  ejected: string[];
  /** Ejected since the last generation: the lock still expects them (drift until `gen` records the ejection). */
  missing: string[];
  /** Files merged with the user's edits. */
  merged: string[];
  /** Files no generator produces any more but the user edited: kept, no longer tracked. */
  orphaned: string[];
}

export interface ReconcileOptions {
  lock: Lock | undefined;
  /** Recreate deleted generated files instead of leaving them ejected. */
  force: boolean;
  /** What the lock's spec generates, for three-way merges; computed only when a merge needs it. */
  base: () => Promise<Tree | undefined>;
}

/**
 * Decides, per generated file, what lands on disk: the new output where the user changed nothing, a three-way
 * merge where they did, nothing where they deleted the file. User edits are never silently lost: whatever
 * cannot be merged is written with conflict markers and reported.
 */
export async function reconcile(tree: Tree, source: FileSource, options: ReconcileOptions): Promise<Reconciliation> {
  const result: Reconciliation = { files: {}, conflicts: [], ejected: [], missing: [], merged: [], orphaned: [] };
  const locked = options.lock?.files ?? {};
  const generated = tree.changes().filter((change) => change.origin?.kind === 'generated' && change.after !== undefined);

  for (const { path, after: pristine = '', origin } of generated) {
    result.files[path] = { generator: origin?.generator ?? 'unknown', hash: hashText(pristine) };
    const onDisk = source.read(path);
    const previous = locked[path];
    if (onDisk === undefined) {
      if (previous && !options.force) {
        result.ejected.push(path);
        if (!previous.ejected) result.missing.push(path);
        result.files[path] = { ...result.files[path]!, ejected: true };
        tree.restore(path);
      }
      continue;
    }
    if (onDisk === pristine || (previous && hashText(onDisk) === previous.hash)) continue;
    if (hasConflictMarkers(onDisk)) {
      result.conflicts.push(path);
      tree.restore(path);
      continue;
    }
    const baseText = previous ? (await options.base())?.read(path) : undefined;
    if (baseText !== undefined && previous && hashText(baseText) === previous.hash) {
      const merged = mergeThreeWay(baseText, onDisk, pristine);
      tree.write(path, merged.text);
      (merged.conflicts > 0 ? result.conflicts : result.merged).push(path);
    } else {
      tree.write(path, conflictWhole(onDisk, pristine));
      result.conflicts.push(path);
    }
  }

  for (const [path, previous] of Object.entries(locked)) {
    if (path in result.files) continue;
    const onDisk = source.read(path);
    if (onDisk === undefined) continue;
    if (hashText(onDisk) === previous.hash) tree.delete(path);
    else result.orphaned.push(path);
  }
  return result;
}
