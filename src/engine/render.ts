import type { AnyGenerator, Clock } from '../generator/define.js';
import { runGenerators } from '../generator/run.js';
import type { UnitCache } from '../generator/unit-cache.js';
import { createFormatter } from '../format/format.js';
import { hashText, lockFileName, type LockedFile } from '../lock/lock.js';
import type { Spec } from '../spec/schema.js';
import type { FileSource, Tree } from '../tree/tree.js';

export interface RenderSettings {
  root: string;
  spec: Spec;
  generators: readonly AnyGenerator[];
  /** Features disabled since the last generation (see Generator.remove). */
  removed?: readonly AnyGenerator[];
  clock: Clock;
  flags: Readonly<Record<string, boolean>>;
  /** Generator state from the lock; updated in place. */
  state: Record<string, unknown>;
  units?: UnitCache;
  blueprintsDirs?: ReadonlyMap<string, string>;
  /** Formatting already done: files of the last generation, reusable while the formatter is the same. */
  formatted?: { files: Readonly<Record<string, LockedFile>>; source: FileSource } | undefined;
}

/**
 * Runs the generators into the tree and formats everything they wrote: the pristine output for a spec. Returns the
 * hash of each file's unformatted text. Prettier is the expensive step (≈17 ms a file), so a file whose
 * unformatted text is the same as last time, and whose formatted text is still on disk untouched, is not
 * formatted again.
 */
export async function renderProject(tree: Tree, settings: RenderSettings): Promise<Map<string, string>> {
  // Created per call: the project's prettier config may itself be pending in the tree until a generator writes it.
  const formatEarly = (path: string, text: string) => createFormatter(settings.root, tree)(path, text);
  await runGenerators(settings.generators, tree, { ...settings, format: formatEarly });
  const format = createFormatter(settings.root, tree);
  const raws = new Map<string, string>();
  for (const change of tree.changes()) {
    if (change.after === undefined || change.path === lockFileName) continue;
    const previous = settings.formatted?.files[change.path];
    const onDisk = change.before;
    if (previous && onDisk !== undefined && hashText(onDisk) === previous.hash) {
      if (change.after === onDisk) {
        if (previous.raw) raws.set(change.path, previous.raw);
        continue;
      }
      if (previous.raw === hashText(change.after)) {
        raws.set(change.path, previous.raw);
        tree.write(change.path, onDisk);
        continue;
      }
    }
    raws.set(change.path, hashText(change.after));
    const formatted = await format(change.path, change.after);
    if (formatted !== change.after) tree.write(change.path, formatted);
  }
  return raws;
}
