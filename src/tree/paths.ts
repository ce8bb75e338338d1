import { posix } from 'node:path';
import { KilnError } from '../errors.js';

/**
 * Normalises a project-relative path and refuses anything that would leave the project root: absolute paths,
 * `..` segments that climb out, backslashes and NUL bytes.
 */
export function projectPath(path: string): string {
  if (path.includes('\0') || path.includes('\\')) throw outside(path);
  if (posix.isAbsolute(path) || /^[A-Za-z]:/.test(path)) throw outside(path);
  const normalized = posix.normalize(path);
  if (normalized === '.' || normalized === '' || normalized.startsWith('../') || normalized === '..') throw outside(path);
  return normalized.replace(/^\.\//, '');
}

function outside(path: string): KilnError {
  return new KilnError(
    'tree/outside-root',
    `refusing to write "${path}": the path leaves the project root`,
    'generators may only write relative paths inside the project',
    3,
  );
}
