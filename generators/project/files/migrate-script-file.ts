import { printSourceFile } from '../../../src/ast/project.js';
import { func, importsOf, param } from '../../../src/ast/structures.js';

/**
 * src/db/migrate.ts: `npm run db:migrate` (every pending migration), `db:rollback` (the newest one) and `db:status`
 * (each migration, applied or pending). Any failure is printed and exits non-zero.
 */
export function migrateScriptFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({
        '../config.js': { names: ['loadDatabaseUrl', 'loadEnvFile'] },
        './database.js': { names: ['createDatabase'] },
        './migrator.js': { names: ['migrateToLatest', 'migrationStatus', 'rollbackLatest'] },
      }),
      'loadEnvFile();',
      // Only DATABASE_URL: migrating must not need the server's other settings (e.g. its secrets).
      'const db = createDatabase(loadDatabaseUrl());',
      `try {
        await run(process.argv[2] ?? 'latest');
      } catch (error) {
        console.error(error instanceof Error ? error.message : error);
        process.exitCode = 1;
      } finally {
        await db.destroy();
      }`,
      func('run', [param('command', 'string')], 'Promise<void>', [
        `switch (command) {
          case 'latest': {
            const applied = await migrateToLatest(db);
            console.log(applied.length > 0 ? \`Applied \${applied.join(', ')}\` : 'Database is up to date');
            return;
          }
          case 'down': {
            const reverted = await rollbackLatest(db);
            console.log(reverted === undefined ? 'No migration to revert' : \`Reverted \${reverted}\`);
            return;
          }
          case 'status':
            for (const { name, executedAt } of await migrationStatus(db)) {
              const state = executedAt ? \`applied \${executedAt.toISOString()}\` : 'pending';
              console.log(\`\${state.padEnd(32)}  \${name}\`);
            }
            return;
          default:
            throw new Error(\`unknown command "\${command}": use latest, down or status\`);
        }`,
      ], { async: true, docs: ['`latest` for db:migrate, `down` for db:rollback, `status` for db:status.'] }),
    ],
  });
}
