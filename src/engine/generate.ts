import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnyGenerator, Clock } from '../generator/define.js';
import { planGenerators } from '../generator/plan.js';
import { loadBuiltinGenerators } from '../generator/registry.js';
import { lockFileName, lockVersion, parseLock, serializeLock, type Lock } from '../lock/lock.js';
import { createFormatter } from '../format/format.js';
import { packageRoot } from '../package-root.js';
import { parseSpec, readSpecText, specFileName } from '../spec/load.js';
import type { Spec } from '../spec/schema.js';
import { diskSource } from '../tree/disk-source.js';
import { Tree, type Change, type FileSource } from '../tree/tree.js';
import { reconcile, type Reconciliation } from './reconcile.js';
import { renderProject } from './render.js';

export interface GenerateRequest {
  /** Project root (absolute). */
  root: string;
  /** kiln.json as a command edited it; validated before any generator runs. Defaults to the file on disk. */
  specText?: string;
  clock?: Clock;
  allowDestructive?: boolean;
  /** Recreate generated files the user deleted. */
  force?: boolean;
  /** The generators to choose from (tests); defaults to the built-ins. */
  generators?: readonly AnyGenerator[];
  /** The files to start from (tests); defaults to the project on disk. */
  source?: FileSource;
}

export interface Generation extends Omit<Reconciliation, 'files'> {
  spec: Spec;
  /** Every file the run touched, against what is on disk; `identical` ones included for reporting. */
  changes: Change[];
  tree: Tree;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * The whole pipeline, in memory: spec → generators → formatted output → reconciled with the user's edits →
 * change list. Nothing is written here; committing, printing a diff and checking for drift are reports on the
 * same result.
 */
export async function generate(request: GenerateRequest): Promise<Generation> {
  const source = request.source ?? diskSource(request.root);
  const tree = new Tree(source);
  const specText = request.specText ?? readSpecText(request.root);
  const spec = parseSpec(specText);
  if (request.specText !== undefined && request.specText !== source.read(specFileName)) {
    tree.write(specFileName, request.specText, { generator: 'kiln', kind: 'edit' });
  }
  const lock = parseLock(source.read(lockFileName));
  const available = request.generators ?? (await loadBuiltinGenerators()).map((registered) => registered.generator);
  const clock = request.clock ?? systemClock;
  const flags = { allowDestructive: request.allowDestructive ?? false };
  const state = structuredClone(lock?.state ?? {});

  await renderProject(tree, { root: request.root, spec, generators: planGenerators(available, spec), clock, flags, state });

  let base: Promise<Tree | undefined> | undefined;
  const reconciliation = await reconcile(tree, source, {
    lock,
    force: request.force ?? false,
    base: () => (base ??= renderBase(request.root, source, lock, available, clock)),
  });

  const nextLock: Lock = { lockfileVersion: lockVersion, toolkit: toolkitVersion(), spec, files: reconciliation.files, state };
  const lockText = await createFormatter(request.root, tree)(lockFileName, serializeLock(nextLock));
  tree.write(lockFileName, lockText, { generator: 'kiln', kind: 'edit' });

  const { files: _files, ...report } = reconciliation;
  return { ...report, spec, tree, changes: tree.changes() };
}

/**
 * What the lock's spec generates: the merge base. Each file's hash is checked against the lock before use, so
 * output from another toolkit version that differs is never taken as a base. Undefined when it cannot run.
 */
async function renderBase(
  root: string,
  source: FileSource,
  lock: Lock | undefined,
  available: readonly AnyGenerator[],
  clock: Clock,
): Promise<Tree | undefined> {
  if (!lock) return undefined;
  const tree = new Tree(source);
  try {
    const spec = parseSpec(JSON.stringify(lock.spec));
    const generators = planGenerators(available, spec);
    await renderProject(tree, { root, spec, generators, clock, flags: { allowDestructive: true }, state: structuredClone(lock.state) });
    return tree;
  } catch {
    return undefined;
  }
}

let version: string | undefined;
export function toolkitVersion(): string {
  version ??= (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
  return version;
}
