import { describe, expect, it } from 'vitest';
import { memorySource, Tree } from './tree.js';

describe('Tree', () => {
  it('reads through to the source and records changes in memory', () => {
    const tree = new Tree(memorySource({ 'a.ts': 'a', 'b.ts': 'b' }));
    tree.write('a.ts', 'a');
    tree.write('b.ts', 'B');
    tree.write('c/d.ts', 'd');
    tree.delete('missing.ts');
    expect(tree.read('b.ts')).toBe('B');
    expect(tree.changes().map((change) => [change.path, change.type])).toEqual([
      ['a.ts', 'identical'],
      ['b.ts', 'update'],
      ['c/d.ts', 'create'],
    ]);
  });

  it('lists files under a directory including pending writes and without deletions', () => {
    const tree = new Tree(memorySource({ 'src/a.ts': '', 'src/b.ts': '', 'other.ts': '' }));
    tree.write('src/c.ts', '');
    tree.delete('src/a.ts');
    expect(tree.list('src')).toEqual(['src/b.ts', 'src/c.ts']);
  });

  it.each(['../escape.ts', '/etc/passwd', 'src/../../x', 'a\\b', 'C:/x'])('refuses a path outside the root: %s', (path) => {
    expect(() => new Tree().write(path, '')).toThrow(/leaves the project root/);
  });
});
