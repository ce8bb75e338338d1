import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { FileSource } from './tree.js';

/** Directories never listed: installed packages, build output and VCS data are not the project's source. */
const ignoredDirectories = new Set(['node_modules', '.git', 'dist', 'coverage', 'data']);

/** A read-through view of the project on disk. Reads are cached: a run sees one consistent snapshot. */
export function diskSource(root: string): FileSource {
  const cache = new Map<string, string | undefined>();
  let listing: string[] | undefined;
  return {
    read(path) {
      if (!cache.has(path)) cache.set(path, readOrUndefined(join(root, path)));
      return cache.get(path);
    },
    list() {
      listing ??= walk(root, root).sort();
      return listing;
    },
  };
}

function readOrUndefined(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return undefined;
    throw error;
  }
}

function walk(root: string, dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return ignoredDirectories.has(entry.name) ? [] : walk(root, full);
    return entry.isFile() ? [relative(root, full).split(sep).join('/')] : [];
  });
}
