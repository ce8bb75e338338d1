import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gen, newProject, treeHash } from '../helpers/cli.js';

/** gen migrate:new: an empty migration, listed in the index and the checksum file, after every existing one. */
describe('gen migrate:new', () => {
  let project: string;
  const migrations = () => join(project, 'src/db/migrations');
  beforeAll(async () => {
    project = await newProject('Post', 'title:string');
  });

  it('adds an empty migration after the newest one and lists it', async () => {
    const result = await gen(project, ['migrate:new', 'backfill_titles']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('create  src/db/migrations/20240131120001_backfill_titles.ts');
    expect(readFileSync(join(migrations(), '20240131120001_backfill_titles.ts'), 'utf8')).toMatch(/export async function up\(db: Kysely<unknown>\)/);
    expect(readFileSync(join(migrations(), 'index.ts'), 'utf8')).toContain("'20240131120001_backfill_titles': backfillTitles20240131120001");
    expect(readFileSync(join(migrations(), 'migrations.sum'), 'utf8')).toContain('20240131120001_backfill_titles.ts h1:');
    expect(await gen(project, ['check'])).toMatchObject({ code: 0 });
  });

  it('refuses a name that is not snake_case, writing nothing', async () => {
    const before = treeHash(project);
    const result = await gen(project, ['migrate:new', 'Backfill-Titles']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"Backfill-Titles" is not a valid migration name');
    expect(result.stderr).toContain('snake_case');
    expect(treeHash(project)).toBe(before);
    expect(readdirSync(migrations()).filter((file) => file.includes('Backfill'))).toEqual([]);
  });
});
