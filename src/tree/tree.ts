import { projectPath } from './paths.js';

/** Where a file in the tree came from: decides how regeneration treats it. */
export type FileKind =
  /** Owned by a generator: regenerated from the spec, merged three-way with user edits. */
  | 'generated'
  /** Written once when absent (a scaffold, a migration); the user owns it afterwards. */
  | 'seed'
  /** A file the user owns, changed by an idempotent edit (an AST edit, kiln.json). */
  | 'edit';

export interface FileOrigin {
  generator: string;
  kind: FileKind;
  /** What the file is, for reports (e.g. "migration"). */
  role?: string;
}

/** Read-only view of the files a tree starts from (the project on disk, or nothing in tests). */
export interface FileSource {
  read(path: string): string | undefined;
  list(): string[];
}

export type ChangeType = 'create' | 'update' | 'delete' | 'identical';

export interface Change {
  path: string;
  type: ChangeType;
  before: string | undefined;
  after: string | undefined;
  origin: FileOrigin | undefined;
}

interface Entry {
  content: string | null;
  origin?: FileOrigin;
}

/**
 * The only way generators touch files. Reads fall through to the source; writes and deletes stay in memory
 * until the engine commits them (or prints them for a dry run). Every path is checked to stay inside the root.
 */
export class Tree {
  private readonly overlay = new Map<string, Entry>();
  /** Source files read before anything wrote them, and directories listed: what the output depends on. */
  private readonly sourceReads = new Set<string>();
  private readonly sourceListings = new Set<string>();

  constructor(private readonly source: FileSource = emptySource) {}

  read(path: string): string | undefined {
    const key = projectPath(path);
    const entry = this.overlay.get(key);
    if (entry) return entry.content ?? undefined;
    this.sourceReads.add(key);
    return this.source.read(key);
  }

  exists(path: string): boolean {
    return this.read(path) !== undefined;
  }

  /** Writes a file; `origin` records which generator owns it and how regeneration treats it. */
  write(path: string, content: string, origin?: FileOrigin): void {
    const key = projectPath(path);
    const previous = this.overlay.get(key)?.origin;
    this.overlay.set(key, { content, origin: origin ?? previous });
  }

  delete(path: string): void {
    const key = projectPath(path);
    if (this.exists(key)) this.overlay.set(key, { content: null });
  }

  /** Every file under a directory (or the whole project), sorted, including pending writes. */
  list(dir = ''): string[] {
    this.sourceListings.add(dir);
    return this.listWithoutRecording(dir);
  }

  private listWithoutRecording(dir: string): string[] {
    const prefix = dir === '' ? '' : `${projectPath(dir)}/`;
    const paths = new Set(this.source.list().filter((path) => path.startsWith(prefix)));
    for (const [path, entry] of this.overlay) {
      if (!path.startsWith(prefix)) continue;
      if (entry.content === null) paths.delete(path);
      else paths.add(path);
    }
    return [...paths].sort();
  }

  /**
   * The files and directories this tree's readers depended on, as they will be once the pending changes are
   * committed (so the next run can tell whether anything changed since).
   */
  inputs(): { files: string[]; listings: string[] } {
    return { files: [...this.sourceReads], listings: [...this.sourceListings] };
  }

  /** A file as it will be once the pending changes are committed, without recording the read as an input. */
  peek(path: string): string | undefined {
    const entry = this.overlay.get(projectPath(path));
    return entry ? (entry.content ?? undefined) : this.source.read(projectPath(path));
  }

  /** A directory as it will be once the pending changes are committed, without recording the listing. */
  peekList(dir: string): string[] {
    return this.listWithoutRecording(dir);
  }

  /** Drops any pending change to a path: the file stays as it is in the source. */
  restore(path: string): void {
    this.overlay.delete(projectPath(path));
  }

  origin(path: string): FileOrigin | undefined {
    return this.overlay.get(projectPath(path))?.origin;
  }

  /** The pending changes against the source, sorted by path. */
  changes(): Change[] {
    return [...this.overlay.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([path, entry]) => {
        const before = this.source.read(path);
        const after = entry.content ?? undefined;
        return { path, before, after, origin: entry.origin, type: changeType(before, after) };
      });
  }
}

function changeType(before: string | undefined, after: string | undefined): ChangeType {
  if (after === undefined) return before === undefined ? 'identical' : 'delete';
  if (before === undefined) return 'create';
  return before === after ? 'identical' : 'update';
}

const emptySource: FileSource = { read: () => undefined, list: () => [] };

/** A source over an in-memory map of files (tests, merge bases). */
export function memorySource(files: Record<string, string>): FileSource {
  return {
    read: (path) => (Object.hasOwn(files, path) ? files[path] : undefined),
    list: () => Object.keys(files).sort(),
  };
}
