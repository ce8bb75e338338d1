import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseKind } from '../../src/spec/field-types.js';
import { cleanEnv, toolkitRoot } from '../helpers/cli.js';
import { createTestDatabase, type TestDatabase } from './engines.js';
import { expectSchemaOf, generateProject, loadRunner, rollBackEverything, writeProject, type Files } from './generated-project.js';
import { initialModels, sequence, type Models } from './spec-sequence.js';

/**
 * The migrations Kiln writes, proven on a real engine: every fixture spec, and a history of spec edits, applied
 * through the generated runner, introspected against the spec after each migration, rolled back to an empty
 * database and applied again. Then two migrators started at once.
 */
export function defineMigrationSuite(kind: DatabaseKind, available: boolean): void {
  describe.skipIf(!available)(`migrations on ${kind}`, () => {
    const specsDir = join(toolkitRoot, 'fixtures/specs');
    const fixtures = readdirSync(specsDir).filter((file) => file.endsWith('.json')).sort();

    it.each(fixtures)('fixture %s: applies, matches the spec, rolls back to empty and applies again', async (file) => {
      const spec = { ...(JSON.parse(readFileSync(join(specsDir, file), 'utf8')) as object), database: kind };
      const files = await generateProject(spec);
      await withDatabase(kind, files, async (db, runner) => {
        expect(await runner.migrateToLatest(db)).toEqual([expect.stringMatching(/^\d{14}_create_/)]);
        await expectSchemaOf(db, kind, spec, files);
        await rollBackEverything(runner, db, kind);
        await runner.migrateToLatest(db);
        await expectSchemaOf(db, kind, spec, files);
      });
    });

    describe('a history of spec edits', () => {
      let database: TestDatabase;
      let files: Files = {};
      const models: Models = initialModels();
      const specOf = () => ({ name: 'history', database: kind, models: structuredClone(models) });

      beforeAll(async () => {
        database = await createTestDatabase(kind);
        files = await generateProject(specOf());
        await withRunner(files, database.url, async (db, runner) => {
          await runner.migrateToLatest(db);
          await expectSchemaOf(db, kind, specOf(), files);
        });
      });
      afterAll(() => database?.drop());

      it.each(sequence.map((step, i) => ({ ...step, n: i + 1 })))('step $n $does', async (step) => {
        step.edit(models);
        files = await generateProject(specOf(), files, step.allowDestructive ?? false);
        const migrates = step.migrates?.(kind) ?? true;
        await withRunner(files, database.url, async (db, runner) => {
          expect((await runner.migrateToLatest(db)).length > 0).toBe(migrates);
          await expectSchemaOf(db, kind, specOf(), files);
          await step.check?.(db, kind);
        });
      });

      it('rolls every migration back to an empty database, then applies them all again', async () => {
        await withRunner(files, database.url, async (db, runner) => {
          const reverted = await rollBackEverything(runner, db, kind);
          expect(reverted.length).toBeGreaterThanOrEqual(sequence.length);
          expect(await runner.migrateToLatest(db)).toEqual([...reverted].reverse());
          await expectSchemaOf(db, kind, specOf(), files);
        });
      });
    });

    it('lets only one of two migrators started at once apply each migration', async () => {
      const spec = { name: 'race', database: kind, models: { Post: { fields: { title: { type: 'string' } } } } };
      const generated = await generateProject(spec);
      const files = await generateProject(spec, { ...generated, 'src/db/migrations/20240201000000_slow_probe.ts': slowProbe });
      await withTestDatabase(kind, async ({ url }) => {
        const project = writeProject(files);
        const migrate = () => execa('node_modules/.bin/tsx', ['src/db/migrate.ts'], { cwd: project, env: cleanEnv({ DATABASE_URL: url }), extendEnv: false, reject: false, all: true });
        const results = await Promise.all([migrate(), migrate()]);
        for (const result of results) expect(result.exitCode, String(result.all)).toBe(0);
        const applied = results.flatMap((result) => /Applied (.*)/.exec(String(result.all))?.[1]?.split(', ') ?? []);
        expect(applied.sort()).toEqual(['20240131120000_create_posts', '20240201000000_slow_probe']);
        await withRunner(files, url, async (db) => {
          expect((await sql<{ pid: number }>`select pid from probe`.execute(db)).rows).toHaveLength(1);
        });
      });
    });
  });
}

/** A hand-written migration that holds the migration lock for a while, so the second migrator has to wait. */
const slowProbe = `import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('probe').addColumn('pid', 'integer').execute();
  await sql\`insert into probe (pid) values (\${process.pid})\`.execute(db);
  await new Promise((resolve) => setTimeout(resolve, 1500));
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('probe').execute();
}
`;

type WithDb = (db: Kysely<unknown>, runner: Awaited<ReturnType<typeof loadRunner>>) => Promise<void>;

async function withTestDatabase(kind: DatabaseKind, use: (database: TestDatabase) => Promise<void>): Promise<void> {
  const database = await createTestDatabase(kind);
  try {
    await use(database);
  } finally {
    await database.drop();
  }
}

const withDatabase = (kind: DatabaseKind, files: Files, use: WithDb) => withTestDatabase(kind, ({ url }) => withRunner(files, url, use));

async function withRunner(files: Files, url: string, use: WithDb): Promise<void> {
  const runner = await loadRunner(files);
  const db = runner.createDatabase(url);
  try {
    await use(db, runner);
  } finally {
    await db.destroy();
  }
}
