import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Kysely } from 'kysely';
import { expect } from 'vitest';
import { compareMigrations, compareSchema } from '../../src/check/database/compare.js';
import { introspectDatabase } from '../../src/check/database/introspect.js';
import { dialectFor } from '../../src/dialect/index.js';
import { loadBuiltinGenerators } from '../../src/generator/registry.js';
import { parseLock } from '../../src/lock/lock.js';
import { migrationFileNames, migrationsStateKey } from '../../src/migrate/layout.js';
import { snapshotOf, type SchemaSnapshot } from '../../src/migrate/snapshot.js';
import type { DatabaseKind } from '../../src/spec/field-types.js';
import { validateSpecValue } from '../../src/spec/load.js';
import { generateInMemory } from '../../src/testing.js';
import { linkNodeModules, tempDir } from '../helpers/cli.js';

/**
 * A generated project as the migration tests use it: generated in memory by every built-in generator (features
 * contribute tables of their own), written to a temp dir, and its own database.ts and migrator.ts imported, so the
 * migrations run in this process through the runner users get.
 */
const generators = (await loadBuiltinGenerators()).map(({ generator }) => generator);

export type Files = Record<string, string>;

export async function generateProject(spec: object, files: Files = {}, allowDestructive = false): Promise<Files> {
  return (await generateInMemory(spec, { files, generators, allowDestructive })).files;
}

/** What a test needs from the generated src/db/database.ts and src/db/migrator.ts. */
export interface GeneratedRunner {
  createDatabase(url: string): Kysely<unknown>;
  migrateToLatest(db: Kysely<unknown>): Promise<string[]>;
  rollbackLatest(db: Kysely<unknown>): Promise<string | undefined>;
}

/** Writes the project to a new directory (a new one each time, so its modules are imported afresh). */
export function writeProject(files: Files): string {
  const dir = tempDir('kiln-migrations-');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  linkNodeModules(dir);
  return dir;
}

export async function loadRunner(files: Files): Promise<GeneratedRunner> {
  const dir = writeProject(files);
  const database = (await import(join(dir, 'src/db/database.ts'))) as Pick<GeneratedRunner, 'createDatabase'>;
  const migrator = (await import(join(dir, 'src/db/migrator.ts'))) as Omit<GeneratedRunner, 'createDatabase'>;
  return { ...database, ...migrator };
}

/**
 * The database holds exactly what the spec describes (its models, and the tables its features contribute, as the
 * lock's migration snapshot records them), and has applied every migration of the project.
 */
export async function expectSchemaOf(db: Kysely<unknown>, kind: DatabaseKind, spec: object, files: Files): Promise<void> {
  const live = await introspectDatabase(db, kind);
  const lock = parseLock(files['kiln.lock.json']);
  const recorded = (lock?.state[migrationsStateKey] as { snapshot?: SchemaSnapshot } | undefined)?.snapshot;
  expect(Object.keys(recorded?.tables ?? {})).toEqual(expect.arrayContaining(Object.keys(snapshotOf(validateSpecValue(spec)).tables)));
  const drift = [
    ...compareSchema(recorded ?? snapshotOf(validateSpecValue(spec)), live, dialectFor(kind)),
    ...compareMigrations(migrationFileNames(Object.keys(files)), live.applied),
  ];
  expect(drift).toEqual([]);
}

/** Reverts every migration; afterwards no table of the app is left. */
export async function rollBackEverything(runner: GeneratedRunner, db: Kysely<unknown>, kind: DatabaseKind): Promise<string[]> {
  const reverted: string[] = [];
  for (let name = await runner.rollbackLatest(db); name !== undefined; name = await runner.rollbackLatest(db)) reverted.push(name);
  expect([...(await introspectDatabase(db, kind)).tables.keys()]).toEqual([]);
  return reverted;
}
