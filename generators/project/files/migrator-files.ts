import { printSourceFile } from '../../../src/ast/project.js';
import { classOf, func, importsOf, param } from '../../../src/ast/structures.js';

/** src/db/migrator.ts: kysely's Migrator over the explicit migration list, turning reported errors into throws. */
export function migratorFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({
        kysely: { names: ['Migrator'], types: ['Kysely', 'MigrationResult'] },
        './migrations/index.js': { names: ['migrations'] },
        './tables.js': { types: ['Database'] },
      }),
      classOf('MigrationError', {
        docs: ['A migration failed; kysely only reports this, so the runner throws it to fail the process.'],
        extends: 'Error',
        properties: [{ name: 'name', initializer: "'MigrationError'", isOverride: true }],
      }),
      func('createMigrator', [param('db', 'Kysely<Database>')], 'Migrator', [
        'return new Migrator({ db, provider: { getMigrations: () => Promise.resolve(migrations) } });',
      ], { exported: true }),
      func('migrateToLatest', [param('db', 'Kysely<Database>')], 'Promise<string[]>', [
        'const { error, results = [] } = await createMigrator(db).migrateToLatest();',
        'if (error) throw failure(results, error);',
        'return results.map((result) => result.migrationName);',
      ], { exported: true, async: true, docs: ['Applies every pending migration and returns their names.'] }),
      func('failure', [param('results', 'MigrationResult[]'), param('error', 'unknown')], 'MigrationError', [
        "const failed = results.find((result) => result.status === 'Error')?.migrationName ?? 'unknown migration';",
        'const reason = error instanceof Error ? error.message : String(error);',
        'return new MigrationError(`${failed} failed: ${reason}`, { cause: error });',
      ]),
    ],
  });
}

/** src/db/migrate.ts: the `npm run db:migrate` script; exits non-zero when a migration fails. */
export function migrateScriptFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({
        '../config.js': { names: ['loadDatabaseUrl', 'loadEnvFile'] },
        './database.js': { names: ['createDatabase'] },
        './migrator.js': { names: ['migrateToLatest'] },
      }),
      'loadEnvFile();',
      'const db = createDatabase(loadDatabaseUrl());',
      `try {
        const applied = await migrateToLatest(db);
        console.log(applied.length > 0 ? \`Applied \${applied.join(', ')}\` : 'Database is up to date');
      } catch (error) {
        console.error(error instanceof Error ? error.message : error);
        process.exitCode = 1;
      } finally {
        await db.destroy();
      }`,
    ],
  });
}
