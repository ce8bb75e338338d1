import type { AnyGenerator, Clock } from '../generator/define.js';
import { runGenerators } from '../generator/run.js';
import { createFormatter } from '../format/format.js';
import type { Spec } from '../spec/schema.js';
import type { Tree } from '../tree/tree.js';

export interface RenderSettings {
  root: string;
  spec: Spec;
  generators: readonly AnyGenerator[];
  clock: Clock;
  flags: Readonly<Record<string, boolean>>;
  /** Generator state from the lock; updated in place. */
  state: Record<string, unknown>;
}

/** Runs the generators into the tree and formats everything they wrote: the pristine output for a spec. */
export async function renderProject(tree: Tree, settings: RenderSettings): Promise<void> {
  // Created per call: the project's prettier config may itself be pending in the tree until a generator writes it.
  const formatEarly = (path: string, text: string) => createFormatter(settings.root, tree)(path, text);
  await runGenerators(settings.generators, tree, { ...settings, format: formatEarly });
  const format = createFormatter(settings.root, tree);
  for (const change of tree.changes()) {
    if (change.after === undefined) continue;
    const formatted = await format(change.path, change.after);
    if (formatted !== change.after) tree.write(change.path, formatted);
  }
}
