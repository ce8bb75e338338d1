import type { AnyGenerator, Clock } from '../generator/define.js';
import { planGenerators } from '../generator/plan.js';
import { builtinBlueprintsDir, discoverGenerators, pluginFingerprint } from '../generator/discover.js';
import type { UnitCache } from '../generator/unit-cache.js';
import { lockFileName, lockVersion, parseLock, serializeLock, hashText, type Lock } from '../lock/lock.js';
import { formatterId } from '../format/formatter-id.js';
import { toolkitVersion } from '../package-root.js';
import { parseSpec, readSpecText, specFileName } from '../spec/load.js';
import type { Spec } from '../spec/schema.js';
import { diskSource } from '../tree/disk-source.js';
import { Tree, type Change, type FileSource } from '../tree/tree.js';
import { isUpToDate, recordInputs } from './up-to-date.js';
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
  /** Regenerate everything: no shortcut for an up-to-date project, no cached per-model output. */
  full?: boolean;
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
  /** True when the lock proved the project up to date and no generator ran. */
  upToDate: boolean;
  /** Each generator's state after the run (what the lock records), e.g. the migrations' schema snapshot. */
  state: Readonly<Record<string, unknown>>;
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
  const formatter = formatterId((path) => source.read(path));
  const plugins = request.generators ? '' : pluginFingerprint(request.root, spec.plugins);
  if (!request.full && !request.force && lock && isUpToDate(lock, source, { specHash: hashText(specText), formatter, plugins })) {
    return { spec, tree, changes: [], upToDate: true, state: lock.state, conflicts: [], ejected: ejectedIn(lock), missing: [], merged: [], orphaned: [] };
  }

  const registered = request.generators
    ? request.generators.map((generator) => ({ generator, source: 'given', blueprintsDir: builtinBlueprintsDir }))
    : await discoverGenerators(request.root, spec.plugins);
  const available = registered.map((entry) => entry.generator);
  const blueprintsDirs = new Map(registered.map((entry) => [entry.generator.name, entry.blueprintsDir]));
  const clock = request.clock ?? systemClock;
  const flags = { allowDestructive: request.allowDestructive ?? false };
  const state = structuredClone(lock?.state ?? {});
  const reusable = lock && lock.formatter === formatter ? lock : undefined;
  const units: UnitCache = {
    previous: lock?.units ?? {},
    next: {},
    reuse: !request.full && lock?.toolkit === toolkitVersion() && lock.plugins === plugins,
    pristine: (path) => {
      const text = source.read(path);
      const locked = reusable?.files[path];
      return text !== undefined && locked && !locked.ejected && hashText(text) === locked.hash ? text : undefined;
    },
  };
  const raws = await renderProject(tree, {
    root: request.root,
    spec,
    generators: planGenerators(available, spec),
    removed: disabledFeatures(available, lock, spec),
    clock,
    flags,
    state,
    units,
    blueprintsDirs,
    formatted: reusable ? { files: reusable.files, source } : undefined,
  });

  let base: Promise<Tree | undefined> | undefined;
  const reconciliation = await reconcile(tree, source, {
    lock,
    force: request.force ?? false,
    base: () => (base ??= renderBase(request.root, source, lock, available, clock, blueprintsDirs)),
  });
  for (const [path, file] of Object.entries(reconciliation.files)) {
    const raw = raws.get(path);
    if (raw) file.raw = raw;
  }

  const nextLock: Lock = {
    lockfileVersion: lockVersion,
    toolkit: toolkitVersion(),
    specHash: hashText(specText),
    formatter: formatterId((path) => tree.peek(path)),
    plugins,
    spec,
    files: reconciliation.files,
    inputs: recordInputs(tree, reconciliation.files, lock?.inputs),
    units: units.next,
    state,
  };
  // Not run through prettier: the lock can be large, is written in one stable layout, and .prettierignore lists it.
  tree.write(lockFileName, serializeLock(nextLock), { generator: 'kiln', kind: 'edit' });

  const { files: _files, ...report } = reconciliation;
  return { ...report, spec, tree, changes: tree.changes(), upToDate: false, state };
}

/** Features the lock's spec enabled that the current spec does not: they get to undo their edits. */
function disabledFeatures(available: readonly AnyGenerator[], lock: Lock | undefined, spec: Spec): AnyGenerator[] {
  const before = lock?.spec.features ?? {};
  return available.filter((generator) => generator.kind === 'feature' && generator.name in before && !(generator.name in spec.features));
}

const ejectedIn = (lock: Lock) => Object.keys(lock.files).filter((path) => lock.files[path]?.ejected);

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
  blueprintsDirs: ReadonlyMap<string, string>,
): Promise<Tree | undefined> {
  if (!lock) return undefined;
  const tree = new Tree(source);
  try {
    const spec = parseSpec(JSON.stringify(lock.spec));
    const generators = planGenerators(available, spec);
    await renderProject(tree, { root, spec, generators, clock, flags: { allowDestructive: true }, state: structuredClone(lock.state), blueprintsDirs });
    return tree;
  } catch {
    return undefined;
  }
}
