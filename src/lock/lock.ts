import { createHash } from 'node:crypto';
import { KilnError } from '../errors.js';
import type { Spec } from '../spec/schema.js';

export const lockFileName = 'kiln.lock.json';
export const lockVersion = 1;

export interface LockedFile {
  /** The generator that owns the file. */
  generator: string;
  /** sha256 of the pristine generated (formatted) text. */
  hash: string;
  /** sha256 of the generator's text before formatting: when it repeats, prettier need not run again. */
  raw?: string;
  /** The user deleted the file; it stays deleted until `gen --force`. */
  ejected?: true;
}

/** One cached unit of per-model output: what it was generated from, and the files it wrote. */
export interface LockedUnit {
  input: string;
  files: string[];
}

/** What the last generation produced: the merge base of the next one. Committed with the project. */
export interface Lock {
  lockfileVersion: typeof lockVersion;
  /** Toolkit version that wrote it: a different version may generate different text for the same spec. */
  toolkit: string;
  /** sha256 of kiln.json as last generated. */
  specHash: string;
  /** Identifies the formatter (prettier version and the project's config): a change invalidates formatting. */
  formatter: string;
  /** Identifies the generators from outside the toolkit (project-local sources, plugin packages). */
  plugins: string;
  /** The spec as of the last generation. */
  spec: Spec;
  files: Record<string, LockedFile>;
  /** Files the generators read (sha256, or null when absent) and directories they listed (key ends in "/"). */
  inputs: Record<string, string | null>;
  /** Per-model output, keyed `<generator>:<model>`. */
  units: Record<string, LockedUnit>;
  /** Per-generator state, e.g. the schema snapshot of the last migration. */
  state: Record<string, unknown>;
}

export const hashText = (text: string): string => createHash('sha256').update(text).digest('hex');

export function parseLock(text: string | undefined): Lock | undefined {
  if (text === undefined) return undefined;
  let lock: Lock;
  try {
    lock = JSON.parse(text) as Lock;
  } catch (error) {
    throw new KilnError('lock/invalid', `${lockFileName} is not valid JSON: ${(error as Error).message}`, `restore ${lockFileName} from version control`);
  }
  if (lock.lockfileVersion !== lockVersion || typeof lock.files !== 'object' || typeof lock.spec !== 'object' || typeof lock.units !== 'object' || typeof lock.inputs !== 'object') {
    throw new KilnError('lock/invalid', `${lockFileName} is not a Kiln lock file of version ${lockVersion}`, `restore ${lockFileName} from version control`);
  }
  return lock;
}

/**
 * Stable text: files and generator state sorted by name, so the lock only changes when its content does. The
 * spec keeps its own key order, which is meaningful (field order is column order).
 */
export function serializeLock(lock: Lock): string {
  const sorted: Lock = {
    lockfileVersion: lock.lockfileVersion,
    toolkit: lock.toolkit,
    specHash: lock.specHash,
    formatter: lock.formatter,
    plugins: lock.plugins,
    spec: lock.spec,
    files: sortKeys(lock.files),
    inputs: sortKeys(lock.inputs),
    units: sortKeys(lock.units),
    state: sortKeys(lock.state),
  };
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

const sortKeys = <T>(record: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
