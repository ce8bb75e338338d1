import { styleText } from 'node:util';
import type { Generation } from '../engine/generate.js';
import { unifiedDiff } from '../tree/diff.js';
import type { Change } from '../tree/tree.js';

type Style = Parameters<typeof styleText>[0];

export interface Output {
  out(line: string): void;
  err(line: string): void;
  color: boolean;
}

export const consoleOutput = (): Output => ({
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
});

const labels: Record<Change['type'], [string, Style]> = {
  create: ['create', 'green'],
  update: ['update', 'yellow'],
  delete: ['delete', 'red'],
  identical: ['identical', 'gray'],
};

/** One line per file the run touched: create / update / delete / identical, like Rails generators print. */
export function reportChanges(output: Output, generation: Generation, options: { verbose?: boolean } = {}): void {
  for (const change of generation.changes) {
    if (change.type === 'identical' && !options.verbose) continue;
    const [label, style] = labels[change.type];
    const padded = label.padStart(9);
    output.out(`${output.color ? styleText(style, padded) : padded}  ${change.path}`);
  }
  const unchanged = generation.changes.filter((change) => change.type === 'identical').length;
  if (unchanged > 0 && !options.verbose) output.out(`${'identical'.padStart(9)}  ${unchanged} file(s) unchanged`);
  for (const path of generation.merged) output.out(`${'merged'.padStart(9)}  ${path} (your edits kept)`);
  for (const path of generation.ejected) output.out(`${'ejected'.padStart(9)}  ${path} (you deleted it; --force recreates it)`);
  for (const path of generation.orphaned) output.out(`${'kept'.padStart(9)}  ${path} (no longer generated, but you edited it)`);
  for (const path of generation.conflicts) output.err(`${'conflict'.padStart(9)}  ${path}`);
  if (generation.conflicts.length > 0) {
    output.err(`\n${generation.conflicts.length} file(s) have conflicts: resolve the <<<<<<< / >>>>>>> blocks, then run gen again.`);
  }
}

/** The unified diff of every change that would be written (dry run). */
export function reportDiff(output: Output, generation: Generation): void {
  for (const change of generation.changes) {
    if (change.type !== 'identical') output.out(unifiedDiff(change));
  }
}
