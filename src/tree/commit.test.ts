import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitChanges } from './commit.js';
import type { Change } from './tree.js';

const change = (path: string, after: string | undefined, before?: string): Change => ({
  path,
  after,
  before,
  origin: undefined,
  type: after === undefined ? 'delete' : before === undefined ? 'create' : 'update',
});

describe('commitChanges', () => {
  it('creates, updates and deletes files', () => {
    const root = mkdtempSync(join(tmpdir(), 'kiln-commit-'));
    writeFileSync(join(root, 'old.txt'), 'old');
    writeFileSync(join(root, 'gone.txt'), 'gone');
    commitChanges(root, [change('old.txt', 'new', 'old'), change('gone.txt', undefined, 'gone'), change('deep/dir/new.txt', 'x')]);
    expect(readFileSync(join(root, 'old.txt'), 'utf8')).toBe('new');
    expect(existsSync(join(root, 'gone.txt'))).toBe(false);
    expect(readFileSync(join(root, 'deep/dir/new.txt'), 'utf8')).toBe('x');
  });

  it('writes nothing when staging any file fails', () => {
    const root = mkdtempSync(join(tmpdir(), 'kiln-commit-'));
    writeFileSync(join(root, 'keep.txt'), 'original');
    writeFileSync(join(root, 'blocker'), 'a file where a directory is needed');
    expect(() => commitChanges(root, [change('keep.txt', 'changed', 'original'), change('blocker/inside.txt', 'x')])).toThrow();
    expect(readFileSync(join(root, 'keep.txt'), 'utf8')).toBe('original');
    expect(readdirSync(root).sort()).toEqual(['blocker', 'keep.txt']);
  });
});
