import { diff3Merge } from 'node-diff3';

export interface MergeResult {
  text: string;
  conflicts: number;
}

export const conflictMarkers = { ours: '<<<<<<< yours', separator: '=======', theirs: '>>>>>>> generated' } as const;

/**
 * Three-way line merge, as git does it: changes on one side only are taken; the same change on both sides is
 * taken once; different changes to the same lines become a conflict block with git-style markers.
 */
export function mergeThreeWay(base: string, ours: string, theirs: string): MergeResult {
  const regions = diff3Merge(lines(ours), lines(base), lines(theirs), { excludeFalseConflicts: true });
  const output: string[] = [];
  let conflicts = 0;
  for (const region of regions) {
    if (region.ok) output.push(...region.ok);
    else if (region.conflict) {
      conflicts++;
      output.push(conflictMarkers.ours, ...region.conflict.a, conflictMarkers.separator, ...region.conflict.b, conflictMarkers.theirs);
    }
  }
  return { text: output.join('\n'), conflicts };
}

/** Whole-file conflict, for a file with no merge base: the user's text against the new output. */
export function conflictWhole(ours: string, theirs: string): string {
  const strip = (text: string) => text.replace(/\n$/, '');
  return `${conflictMarkers.ours}\n${strip(ours)}\n${conflictMarkers.separator}\n${strip(theirs)}\n${conflictMarkers.theirs}\n`;
}

export function hasConflictMarkers(text: string): boolean {
  return /^<<<<<<< yours$/m.test(text) && /^>>>>>>> generated$/m.test(text);
}

const lines = (text: string) => text.split('\n');
