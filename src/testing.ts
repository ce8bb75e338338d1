import type { AnyGenerator, Clock } from './generator/define.js';
import { generate, type Generation } from './engine/generate.js';
import { loadBuiltinGenerators } from './generator/registry.js';
import { memorySource, Tree } from './tree/tree.js';

/**
 * Helpers for generator authors (and Kiln's own tests): run generators against an in-memory project and look
 * at what they wrote, without touching disk.
 */
export const fixedClock = (iso = '2024-01-31T12:00:00.000Z'): Clock => ({ now: () => new Date(iso) });

export interface InMemoryRun {
  /** Files of the project after the run (existing files plus everything written). */
  files: Record<string, string>;
  generation: Generation;
  tree: Tree;
}

/**
 * Generates a project from a spec into memory. `files` is the project before the run (kiln.json is added from
 * `spec`); pass the result's `files` back in to simulate the next run.
 */
export async function generateInMemory(
  spec: object | string,
  options: { files?: Record<string, string>; generators?: readonly AnyGenerator[]; clock?: Clock; allowDestructive?: boolean } = {},
): Promise<InMemoryRun> {
  const specText = typeof spec === 'string' ? spec : `${JSON.stringify(spec, null, 2)}\n`;
  const before = options.files ?? {};
  const generation = await generate({
    root: '/nonexistent/kiln-project',
    specText,
    source: memorySource(before),
    clock: options.clock ?? fixedClock(),
    allowDestructive: options.allowDestructive ?? false,
    ...(options.generators ? { generators: options.generators } : {}),
  });
  const files = { ...before };
  for (const change of generation.changes) {
    if (change.after === undefined) delete files[change.path];
    else files[change.path] = change.after;
  }
  return { files, generation, tree: generation.tree };
}

/** A tree over in-memory files: for unit-testing an AST edit or a generator's file output directly. */
export function createTestTree(files: Record<string, string> = {}): Tree {
  return new Tree(memorySource(files));
}

/**
 * Runs one generator the way `gen` would, together with the built-ins (which it may extend or require) — a
 * generator with a built-in's name replaces it. A feature must be enabled in `spec.features` to run.
 */
export async function runGenerator(
  generator: AnyGenerator,
  spec: object,
  options: { files?: Record<string, string>; clock?: Clock; allowDestructive?: boolean } = {},
): Promise<InMemoryRun> {
  const builtins = (await loadBuiltinGenerators()).map((entry) => entry.generator).filter((builtin) => builtin.name !== generator.name);
  return generateInMemory(spec, { ...options, generators: [...builtins, generator] });
}
