import { createTwoFilesPatch } from 'diff';
import type { Change } from './tree.js';

/** A unified diff of one change, with a/ and b/ paths like git prints them. */
export function unifiedDiff(change: Change): string {
  const from = change.before === undefined ? '/dev/null' : `a/${change.path}`;
  const to = change.after === undefined ? '/dev/null' : `b/${change.path}`;
  const patch = createTwoFilesPatch(from, to, change.before ?? '', change.after ?? '', undefined, undefined, { context: 3 });
  return patch.replace(/^=+\n/, '');
}
