import { mkdirSync, renameSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Change } from './tree.js';

/**
 * Writes a change list to disk all-or-nothing: every new content is first staged beside its target, and only
 * when all of them are staged are they renamed into place (a rename is atomic on one file system). A failure
 * while staging leaves the project untouched; a failure while renaming restores what was already replaced.
 */
export function commitChanges(root: string, changes: readonly Change[]): void {
  const writes = changes.filter((change) => change.type === 'create' || change.type === 'update');
  const deletes = changes.filter((change) => change.type === 'delete');
  const createdDirs: string[] = [];
  const staged: { temp: string; target: string; change: Change }[] = [];
  try {
    for (const change of writes) {
      const target = join(root, change.path);
      createdDirs.push(...ensureDir(dirname(target)));
      const temp = `${target}.kiln-${process.pid}.tmp`;
      writeFileSync(temp, change.after ?? '');
      staged.push({ temp, target, change });
    }
  } catch (error) {
    for (const { temp } of staged) rmSync(temp, { force: true });
    removeDirs(createdDirs);
    throw error;
  }
  const done: { target: string; change: Change }[] = [];
  try {
    for (const { temp, target, change } of staged) {
      renameSync(temp, target);
      done.push({ target, change });
    }
  } catch (error) {
    for (const { target, change } of done.reverse()) {
      if (change.before === undefined) rmSync(target, { force: true });
      else writeFileSync(target, change.before);
    }
    for (const { temp } of staged) rmSync(temp, { force: true });
    removeDirs(createdDirs);
    throw error;
  }
  for (const change of deletes) rmSync(join(root, change.path), { force: true });
  for (const change of deletes) removeEmptyParents(root, dirname(join(root, change.path)));
}

/** Creates a directory and its missing parents; returns the ones it created, deepest last. */
function ensureDir(dir: string): string[] {
  const created = mkdirSync(dir, { recursive: true });
  if (!created) return [];
  const dirs: string[] = [];
  for (let current = dir; current.length >= created.length; current = dirname(current)) dirs.unshift(current);
  return dirs;
}

function removeDirs(dirs: string[]): void {
  for (const dir of [...dirs].reverse()) {
    try {
      rmdirSync(dir);
    } catch {
      // not empty or already gone: leave it
    }
  }
}

function removeEmptyParents(root: string, dir: string): void {
  for (let current = dir; current.startsWith(root) && current !== root; current = dirname(current)) {
    try {
      rmdirSync(current);
    } catch {
      return;
    }
  }
}
