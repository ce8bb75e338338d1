import { createFormatter } from '../format/format.js';
import { generate } from '../engine/generate.js';
import { KilnError, type ExitCodeValue } from '../errors.js';
import { renderEmptyMigration } from '../migrate/empty-migration.js';
import { migrationFileNames, migrationTimestamp, migrationsDir } from '../migrate/layout.js';
import { diskSource } from '../tree/disk-source.js';
import { Tree, type Change, type FileSource } from '../tree/tree.js';
import { applyGeneration, cliClock } from './apply.js';
import { findProjectRoot } from './project-root.js';
import type { Output } from './report.js';

export interface NewMigrationOptions {
  cwd: string;
  name: string;
  dryRun: boolean;
  verbose: boolean;
  output: Output;
}

/**
 * `gen migrate:new <name>`: an empty migration after the newest one. The project is regenerated as if the file
 * were already there, so migrations/index.ts and migrations.sum list it, and everything is written at once.
 */
export async function createMigration(options: NewMigrationOptions): Promise<ExitCodeValue> {
  if (!/^[a-z][a-z0-9_]*$/.test(options.name)) {
    throw new KilnError(
      'migrate/bad-name',
      `"${options.name}" is not a valid migration name`,
      'use snake_case: lowercase letters, digits and underscores, starting with a letter (e.g. backfill_post_slugs)',
    );
  }
  const root = findProjectRoot(options.cwd);
  const disk = diskSource(root);
  const clock = cliClock();
  const path = `${migrationsDir}/${migrationTimestamp(clock.now(), migrationFileNames(disk.list()))}_${options.name}.ts`;
  const text = await createFormatter(root, new Tree(disk))(path, renderEmptyMigration(options.name));
  const generation = await generate({ root, clock, source: withFile(disk, path, text) });
  const created: Change = { path, type: 'create', before: undefined, after: text, origin: { generator: 'migrations', kind: 'seed', role: 'migration' } };
  return applyGeneration({ ...generation, changes: [created, ...generation.changes] }, { root, dryRun: options.dryRun, verbose: options.verbose, output: options.output });
}

/** The project on disk with one more file. */
const withFile = (source: FileSource, path: string, text: string): FileSource => ({
  read: (candidate) => (candidate === path ? text : source.read(candidate)),
  list: () => [...source.list(), path].sort(),
});
