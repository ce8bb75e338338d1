import { hashText, type Lock, type LockedFile } from '../lock/lock.js';
import { toolkitVersion } from '../package-root.js';
import type { FileSource, Tree } from '../tree/tree.js';

/**
 * The fast path: when kiln.json, the toolkit, the formatter, every generated file and every file or directory the
 * generators read are exactly as the lock recorded them, running the generators would change nothing — so they
 * are not run.
 */
export function isUpToDate(lock: Lock, source: FileSource, current: { specHash: string; formatter: string; plugins: string }): boolean {
  if (lock.specHash !== current.specHash || lock.formatter !== current.formatter || lock.plugins !== current.plugins) return false;
  if (lock.toolkit !== toolkitVersion()) return false;
  for (const [path, file] of Object.entries(lock.files)) {
    const text = source.read(path);
    if (file.ejected ? text !== undefined : text === undefined || hashText(text) !== file.hash) return false;
  }
  return Object.entries(lock.inputs).every(([key, hash]) => inputHash(source, key) === hash);
}

/**
 * Hashes of what the generators read that they did not generate themselves, as it will be after this run: the
 * inputs a later run checks. The inputs of the previous lock are carried over (re-hashed), because a run reads
 * only what it needs (a migration file is read when it is written, not afterwards); that keeps the lock stable.
 */
export function recordInputs(tree: Tree, generated: Record<string, LockedFile>, previous: Record<string, unknown> = {}): Record<string, string | null> {
  const { files, listings } = tree.inputs();
  const keys = new Set([...Object.keys(previous), ...files, ...listings.map((dir) => `${dir}/`)]);
  const inputs: Record<string, string | null> = {};
  for (const key of keys) {
    if (key in generated) continue;
    if (key.endsWith('/')) inputs[key] = hashText(tree.peekList(key.slice(0, -1)).join('\n'));
    else {
      const text = tree.peek(key);
      inputs[key] = text === undefined ? null : hashText(text);
    }
  }
  return inputs;
}

function inputHash(source: FileSource, key: string): string | null {
  if (!key.endsWith('/')) {
    const text = source.read(key);
    return text === undefined ? null : hashText(text);
  }
  const dir = key.slice(0, -1);
  const prefix = dir === '' ? '' : `${dir}/`;
  return hashText(source.list().filter((path) => path.startsWith(prefix)).join('\n'));
}
