import { z } from 'zod';
import { printSourceFile } from '../../src/ast/project.js';
import { constant, importNamespace, importsOf } from '../../src/ast/structures.js';
import { dialectFor, type Dialect } from '../../src/dialect/index.js';
import { KilnError } from '../../src/errors.js';
import { defineGenerator } from '../../src/generator/define.js';
import { migrationSum } from '../../src/migrate/checksum.js';
import { splitConcurrent } from '../../src/migrate/concurrent.js';
import { diffSchema } from '../../src/migrate/diff.js';
import type { Operation } from '../../src/migrate/operations.js';
import { renderConcurrentMigration, renderMigration } from '../../src/migrate/render.js';
import { emptySnapshot, type SchemaSnapshot } from '../../src/migrate/snapshot.js';
import { collectTables, tablesPoint } from './contributed-tables.js';
import { camelCase } from '../../src/spec/naming.js';
import { migrationFileNames, migrationFilePattern, migrationsStateKey, migrationTimestamp, migrationsDir, migrationsIndex, migrationsSum } from '../../src/migrate/layout.js';
import { migrationSlug } from './model.js';

interface MigrationsState {
  /** The schema as of the newest migration. */
  snapshot: SchemaSnapshot;
}

export default defineGenerator({
  name: migrationsStateKey,
  summary: 'A new migration for whatever changed in the schema since the last one, the list of all migrations and their checksums.',
  kind: 'core',
  options: z.strictObject({}),
  requires: ['project'],
  async generate(tree, _options, { spec, clock, flags, state, extensions, format }) {
    const existing = migrationFileNames(tree.list(migrationsDir));
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
    const dialect = dialectFor(spec.database);
    for (const { slug, source } of migrationSources(operations, dialect)) {
      const path = `${migrationsDir}/${migrationTimestamp(clock.now(), existing)}_${slug}.ts`;
      // Formatted now rather than by the engine afterwards: migrations.sum records the text as it will be on disk.
      tree.writeOnce(path, await format(path, source), 'migration');
      existing.push(path.slice(migrationsDir.length + 1));
    }
    state.set({ snapshot: next } satisfies MigrationsState);
    tree.write(migrationsIndex, indexFile(existing.sort(), dialect));
    tree.write(migrationsSum, migrationSum(existing.map((name) => ({ name, text: tree.read(`${migrationsDir}/${name}`) ?? '' }))));
  },
});

/**
 * The migrations for a diff: one, and on PostgreSQL a second (running outside a transaction) when the first
 * leaves indexes to build or checks to validate on tables that already hold rows.
 */
function migrationSources(operations: Operation[], dialect: Dialect): { slug: string; source: string }[] {
  if (operations.length === 0) return [];
  if (dialect.kind !== 'postgres') return [{ slug: migrationSlug(operations), source: renderMigration(operations, dialect) }];
  const { transactional, concurrent } = splitConcurrent(operations, dialect);
  const slug = migrationSlug(transactional.length > 0 ? transactional : operations);
  return [
    ...(transactional.length > 0 ? [{ slug, source: renderMigration(transactional, dialect) }] : []),
    ...(concurrent ? [{ slug: transactional.length > 0 ? `${slug}_concurrently` : slug, source: renderConcurrentMigration(concurrent, dialect) }] : []),
  ];
}

/** src/db/migrations/index.ts: every migration by name, imported explicitly (no file-system scanning at run time). */
function indexFile(files: string[], dialect: Dialect): string {
  // A PostgreSQL migration may opt out of the transaction: its runner's MigrationModule type says how.
  const [typeModule, type] = dialect.kind === 'postgres' ? ['../migrator.js', 'MigrationModule'] : ['kysely', 'Migration'];
  const modules = files.map((file) => {
    const name = file.replace(/\.ts$/, '');
    const [, stamp = '', slug = ''] = migrationFilePattern.exec(file) ?? [];
    return { name, identifier: `${camelCase(slug)}${stamp}`, from: `./${name}.js` };
  });
  return printSourceFile({
    statements: [
      ...importsOf({ [typeModule]: { types: [type] } }),
      ...modules.map((module) => importNamespace(module.from, module.identifier)),
      constant('migrations', `{\n${modules.map((module) => `'${module.name}': ${module.identifier},`).join('\n')}\n}`, {
        exported: true,
        type: `Record<string, ${type}>`,
        docs: ['Every migration, keyed by name; names sort in the order they run.'],
      }),
    ],
  });
}
