import type { Tree } from '../tree/tree.js';

/**
 * The tree as one generator sees it: every write is tagged with the generator's name and with how
 * regeneration must treat the file afterwards.
 */
export interface GeneratorTree {
  read(path: string): string | undefined;
  exists(path: string): boolean;
  list(dir?: string): string[];
  /** A file this generator owns: regenerated from the spec on every run, user edits merged in. */
  write(path: string, content: string): void;
  /** A file written only when absent (scaffold, migration); the user owns it from then on. `role` names it in reports. */
  writeOnce(path: string, content: string, role?: string): void;
  /** Edits a file the user owns (an AST edit). The edit must be idempotent and keep what the user wrote. */
  update(path: string, edit: (content: string) => string): void;
  delete(path: string): void;
}

/** What per-model output may do: read, and write files the generator owns. */
export type ModelTree = Pick<GeneratorTree, 'read' | 'exists' | 'write'>;

export function generatorTree(tree: Tree, generator: string): GeneratorTree {
  return {
    read: (path) => tree.read(path),
    exists: (path) => tree.exists(path),
    list: (dir) => tree.list(dir),
    write: (path, content) => tree.write(path, content, { generator, kind: 'generated' }),
    writeOnce(path, content, role) {
      if (!tree.exists(path)) tree.write(path, content, { generator, kind: 'seed', ...(role ? { role } : {}) });
    },
    update(path, edit) {
      const current = tree.read(path);
      if (current === undefined) return;
      const next = edit(current);
      if (next !== current) tree.write(path, next, tree.origin(path) ?? { generator, kind: 'edit' });
    },
    delete: (path) => tree.delete(path),
  };
}
