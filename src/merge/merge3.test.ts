import { describe, expect, it } from 'vitest';
import { conflictWhole, hasConflictMarkers, mergeThreeWay } from './merge3.js';

const base = 'a\nb\nc\nd\ne\n';

describe('mergeThreeWay', () => {
  it('keeps edits on both sides when they do not overlap', () => {
    const ours = 'a\nB (mine)\nc\nd\ne\n';
    const theirs = 'a\nb\nc\nd\nE (new)\n';
    expect(mergeThreeWay(base, ours, theirs)).toEqual({ text: 'a\nB (mine)\nc\nd\nE (new)\n', conflicts: 0 });
  });

  it('marks overlapping edits as a conflict, git style', () => {
    const result = mergeThreeWay(base, 'a\nmine\nc\nd\ne\n', 'a\ntheirs\nc\nd\ne\n');
    expect(result.conflicts).toBe(1);
    expect(result.text).toBe('a\n<<<<<<< yours\nmine\n=======\ntheirs\n>>>>>>> generated\nc\nd\ne\n');
    expect(hasConflictMarkers(result.text)).toBe(true);
  });

  it('takes the same change on both sides once', () => {
    expect(mergeThreeWay(base, 'a\nX\nc\nd\ne\n', 'a\nX\nc\nd\ne\n')).toEqual({ text: 'a\nX\nc\nd\ne\n', conflicts: 0 });
  });

  it('wraps a whole file when there is no base', () => {
    expect(conflictWhole('mine\n', 'new\n')).toBe('<<<<<<< yours\nmine\n=======\nnew\n>>>>>>> generated\n');
  });
});
