import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { KilnError } from '../errors.js';
import { blueprintOverridePath } from '../generator/blueprints.js';
import { discoverGenerators } from '../generator/discover.js';
import { didYouMean } from '../spec/suggest.js';
import { parseSpec, readSpecText } from '../spec/load.js';
import { commitChanges } from '../tree/commit.js';
import { diskSource } from '../tree/disk-source.js';
import { Tree } from '../tree/tree.js';

/** Copies a generator's own blueprints to the project's override folder; returns the paths written. */
export async function ejectBlueprints(root: string, name: string, dryRun: boolean): Promise<string[]> {
  const spec = parseSpec(readSpecText(root));
  const registered = await discoverGenerators(root, spec.plugins);
  const entry = registered.find((candidate) => candidate.generator.name === name);
  if (!entry) {
    const names = registered.map((candidate) => candidate.generator.name);
    throw new KilnError('cli/unknown-generator', `unknown generator "${name}".${didYouMean(name, names)}`, `available: ${names.join(', ')}`);
  }
  const dir = join(entry.blueprintsDir, name);
  const tree = new Tree(diskSource(root));
  for (const file of existsSync(dir) ? walk(dir) : []) {
    const path = blueprintOverridePath(name, relative(dir, file).split(sep).join('/'));
    if (!tree.exists(path)) tree.write(path, readFileSync(file, 'utf8'), { generator: name, kind: 'seed' });
  }
  const changes = tree.changes();
  if (!dryRun) commitChanges(root, changes);
  return changes.map((change) => change.path);
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
}
