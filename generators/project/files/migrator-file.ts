import { printSourceFile } from '../../../src/ast/project.js';
import { classOf, constant, func, importsOf, interfaceOf, param, property, typeAlias, type Statement } from '../../../src/ast/structures.js';
import type { Dialect } from '../../../src/dialect/index.js';

/**
 * src/db/migrator.ts: kysely's Migrator over the explicit migration list, one migration per step, with what kysely
 * leaves out: reported errors become throws, SQLite migrations run in a transaction, two migrators started at once
 * never apply the same migration, and PostgreSQL migrations give up on a lock instead of queueing behind it.
 */
export function migratorFile(dialect: Dialect): string {
  const postgres = dialect.kind === 'postgres';
  return printSourceFile({
    statements: [
      ...importsOf({
        kysely: {
          names: ['Migrator', ...(dialect.kind === 'mysql' ? [] : ['sql'])],
          types: ['Kysely', 'MigrationInfo', 'MigrationResult', ...(postgres ? ['Migration'] : [])],
        },
        './migrations/index.js': { names: ['migrations'] },
        './tables.js': { types: ['Database'] },
      }),
      ...(postgres ? postgresDeclarations() : []),
      classOf('MigrationError', {
        docs: ['A migration failed; kysely only reports this, so the runner throws it to fail the process.'],
        extends: 'Error',
        properties: [{ name: 'name', initializer: "'MigrationError'", isOverride: true }],
      }),
      typeAlias('Direction', "'up' | 'down'", { exported: false }),
      func('migrateToLatest', [param('db', 'Kysely<Database>')], 'Promise<string[]>', [
        'const applied: string[] = [];',
        `for (;;) {
          const name = await runStep(db, 'up');
          if (name === undefined) return applied;
          applied.push(name);
        }`,
      ], { exported: true, async: true, docs: ['Applies every pending migration, oldest first, and returns their names.'] }),
      func('rollbackLatest', [param('db', 'Kysely<Database>')], 'Promise<string | undefined>', ["return runStep(db, 'down');"], {
        exported: true,
        async: true,
        docs: ['Reverts the newest applied migration and returns its name (undefined when none is applied).'],
      }),
      func('migrationStatus', [param('db', 'Kysely<Database>')], 'Promise<readonly MigrationInfo[]>', [
        postgres ? 'return createMigrator(db, await currentSchema(db)).getMigrations();' : 'return createMigrator(db).getMigrations();',
      ], { exported: true, async: true, docs: ['Every migration with the time it was applied (`executedAt` is undefined while it is pending).'] }),
      ...stepFunctions(dialect),
      func('migrateOne', [param('migrator', 'Migrator'), param('direction', 'Direction')], 'Promise<string | undefined>', [
        "const { error, results = [] } = direction === 'up' ? await migrator.migrateUp() : await migrator.migrateDown();",
        'if (error) throw failure(results, error);',
        "return results.find((result) => result.status === 'Success')?.migrationName;",
      ], { async: true, docs: ["One step of kysely's Migrator; the name of the migration it applied or reverted."] }),
      func('failure', [param('results', 'MigrationResult[]'), param('error', 'unknown')], 'MigrationError', [
        "const failed = results.find((result) => result.status === 'Error')?.migrationName ?? 'unknown migration';",
        'const reason = error instanceof Error ? error.message : String(error);',
        'return new MigrationError(`${failed} failed: ${reason}`, { cause: error });',
      ]),
    ],
  });
}

const provider = '{ getMigrations: () => Promise.resolve(migrations) }';

function stepFunctions(dialect: Dialect): Statement[] {
  switch (dialect.kind) {
    case 'sqlite':
      return [
        func('createMigrator', [param('db', 'Kysely<Database>')], 'Migrator', [`return new Migrator({ db, provider: ${provider} });`]),
        func('runStep', [param('db', 'Kysely<Database>'), param('direction', 'Direction')], 'Promise<string | undefined>', [
          '// Off outside the transaction (SQLite ignores the pragma inside one): see the comment above.',
          'await sql`pragma foreign_keys = off`.execute(db);',
          'await sql`begin immediate`.execute(db);',
          `try {
            const name = await migrateOne(createMigrator(db), direction);
            const { rows } = await sql\`pragma foreign_key_check\`.execute(db);
            if (rows.length > 0) throw new MigrationError(\`\${name ?? 'migration'} leaves \${rows.length} row(s) pointing to rows that do not exist\`);
            await sql\`commit\`.execute(db);
            return name;
          } catch (error) {
            await sql\`rollback\`.execute(db);
            throw error;
          } finally {
            await sql\`pragma foreign_keys = on\`.execute(db);
          }`,
        ], {
          async: true,
          docs: [
            'Applies (or reverts) the next migration in a transaction of its own. kysely neither wraps SQLite migrations in a\n' +
              'transaction nor locks out another process; BEGIN IMMEDIATE does both: it takes the write lock before kysely reads\n' +
              'which migration is next, so a second migrator waits (busy_timeout) and then finds it applied.\n' +
              'Foreign keys are off meanwhile, as https://www.sqlite.org/lang_altertable.html#otheralter asks: rebuilding a\n' +
              'table drops it, which would otherwise delete or refuse the rows that reference it. Every reference is checked\n' +
              'before the commit instead.',
          ],
        }),
      ];
    case 'mysql':
      return [
        func('createMigrator', [param('db', 'Kysely<Database>')], 'Migrator', [`return new Migrator({ db, provider: ${provider} });`]),
        func('runStep', [param('db', 'Kysely<Database>'), param('direction', 'Direction')], 'Promise<string | undefined>', [
          'return migrateOne(createMigrator(db), direction);',
        ], {
          async: true,
          docs: [
            "Applies (or reverts) the next migration. kysely's Migrator holds MySQL's GET_LOCK meanwhile, so a second migrator\n" +
              'waits and then finds it applied. There is no transaction to run it in: MySQL commits each DDL statement at once.',
          ],
        }),
      ];
    case 'postgres':
      return postgresStepFunctions();
  }
}

function postgresDeclarations(): Statement[] {
  return [
    interfaceOf('MigrationModule', [property('config', '{ transaction?: boolean }', { optional: true })], {
      extends: ['Migration'],
      docs: [
        'A migration module. One that exports `config = { transaction: false }` runs outside a transaction, as CREATE\n' +
          'INDEX CONCURRENTLY must; every other one runs in a transaction together with the row that records it.',
      ],
    }),
    constant('lockTimeout', "'5s'", {
      docs: ['How long a migration waits for a table lock before it fails, rather than blocking every query queued behind it.'],
    }),
    constant('migrationLock', '72_494_311', { docs: ['The advisory lock every migrator of the database takes around a step.'] }),
  ];
}

function postgresStepFunctions(): Statement[] {
  return [
    func('createMigrator', [param('db', 'Kysely<Database>'), param('schema', 'string | undefined'), param('transaction', undefined, 'true')], 'Migrator', [
      'const timed = Object.fromEntries(Object.entries(migrations).map(([name, migration]) => [name, withLockTimeout(migration)]));',
      `return new Migrator({
        db,
        provider: { getMigrations: () => Promise.resolve(timed) },
        // kysely looks for its own tables in every schema: name the one in use, so each schema keeps its own.
        ...(schema ? { migrationTableSchema: schema } : {}),
        disableTransactions: !transaction,
      });`,
    ]),
    func('runStep', [param('db', 'Kysely<Database>'), param('direction', 'Direction')], 'Promise<string | undefined>', [
      `return db.connection().execute(async (connection) => {
        await sql\`select pg_advisory_lock(\${migrationLock})\`.execute(connection);
        try {
          const schema = await currentSchema(db);
          const next = await nextMigration(createMigrator(db, schema), direction);
          if (next === undefined) return undefined;
          return await migrateOne(createMigrator(db, schema, migrations[next]?.config?.transaction !== false), direction);
        } finally {
          await sql\`select pg_advisory_unlock(\${migrationLock})\`.execute(connection);
        }
      });`,
    ], {
      async: true,
      docs: [
        'Applies (or reverts) the next migration, in a transaction unless it opts out. Choosing the migration and running it\n' +
          'happen under one advisory lock, so a second migrator waits and then finds it applied.',
      ],
    }),
    func('nextMigration', [param('migrator', 'Migrator'), param('direction', 'Direction')], 'Promise<string | undefined>', [
      'const all = await migrator.getMigrations();',
      "if (direction === 'up') return all.find((migration) => !migration.executedAt)?.name;",
      'return all.filter((migration) => migration.executedAt).at(-1)?.name;',
    ], { async: true }),
    func('currentSchema', [param('db', 'Kysely<Database>')], 'Promise<string | undefined>', [
      'const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);',
      'return rows[0]?.schema ?? undefined;',
    ], { async: true, docs: ['The schema tables are created in: the first one on the search_path that exists.'] }),
    func('withLockTimeout', [param('migration', 'MigrationModule')], 'Migration', [
      'if (migration.config?.transaction === false) return migration;',
      `const limited = (step: (db: Kysely<unknown>) => Promise<void>) => async (db: Kysely<unknown>) => {
        await sql\`set local lock_timeout = \${sql.lit(lockTimeout)}\`.execute(db);
        await step(db);
      };`,
      'return { up: limited(migration.up), ...(migration.down ? { down: limited(migration.down) } : {}) };',
    ], { docs: ['The migration, setting lock_timeout first (for its transaction only).'] }),
  ];
}
