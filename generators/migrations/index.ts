import { z } from 'zod';
import { printSourceFile } from '../../src/ast/project.js';
import { constant, importNamespace, importsOf } from '../../src/ast/structures.js';
import { dialectFor } from '../../src/dialect/index.js';
import { KilnError } from '../../src/errors.js';
import { defineGenerator } from '../../src/generator/define.js';
import { diffSchema } from '../../src/migrate/diff.js';
import { renderMigration } from '../../src/migrate/render.js';
import { emptySnapshot, type SchemaSnapshot } from '../../src/migrate/snapshot.js';
import { collectTables, tablesPoint } from './contributed-tables.js';
import { camelCase } from '../../src/spec/naming.js';
import { migrationFilePattern, migrationSlug, migrationTimestamp, migrationsDir, migrationsIndex } from './model.js';

interface MigrationsState {
  /** The schema as of the newest migration. */
  snapshot: SchemaSnapshot;
}

export default defineGenerator({
  name: 'migrations',
  summary: 'A new migration for whatever changed in the schema since the last one, and the list of all migrations.',
  kind: 'core',
  options: z.strictObject({}),
  requires: ['project'],
  generate(tree, _options, { spec, clock, flags, state, extensions }) {
    const existing = migrationFiles(tree.list(migrationsDir));
    const previous = (state.previous as MigrationsState | undefined)?.snapshot;
    if (!previous && existing.length > 0) {
      throw new KilnError(
        'migrate/no-snapshot',
        `kiln.lock.json has no schema snapshot, but ${migrationsDir} already holds ${existing.length} migration(s)`,
        'restore kiln.lock.json from version control; without it Kiln cannot tell what the migrations already did',
      );
    }
    const tables = collectTables(spec, extensions(tablesPoint));
    const { operations, next } = diffSchema(previous ?? emptySnapshot, spec, { allowDestructive: flags.allowDestructive ?? false, tables });
    if (operations.length > 0) {
      const name = `${migrationTimestamp(clock.now(), existing)}_${migrationSlug(operations)}`;
      tree.writeOnce(`${migrationsDir}/${name}.ts`, renderMigration(operations, dialectFor(spec.database)), 'migration');
      existing.push(`${name}.ts`);
    }
    state.set({ snapshot: next } satisfies MigrationsState);
    tree.write(migrationsIndex, indexFile(existing.sort()));
  },
});

const migrationFiles = (paths: string[]) =>
  paths.map((path) => path.slice(migrationsDir.length + 1)).filter((file) => migrationFilePattern.test(file));

/** src/db/migrations/index.ts: every migration by name, imported explicitly (no file-system scanning at run time). */
function indexFile(files: string[]): string {
  const modules = files.map((file) => {
    const name = file.replace(/\.ts$/, '');
    const [, stamp = '', slug = ''] = migrationFilePattern.exec(file) ?? [];
    return { name, identifier: `${camelCase(slug)}${stamp}`, from: `./${name}.js` };
  });
  return printSourceFile({
    statements: [
      ...importsOf({ kysely: { types: ['Migration'] } }),
      ...modules.map((module) => importNamespace(module.from, module.identifier)),
      constant('migrations', `{\n${modules.map((module) => `'${module.name}': ${module.identifier},`).join('\n')}\n}`, {
        exported: true,
        type: 'Record<string, Migration>',
        docs: ['Every migration, keyed by name; names sort in the order they run.'],
      }),
    ],
  });
}
