import { join } from 'node:path';
import { execa } from 'execa';
import { beforeAll, describe, expect, it } from 'vitest';
import { gen, linkNodeModules, newProject } from '../helpers/cli.js';
import { runInProject } from '../helpers/project.js';

/** gen check --db on SQLite (the acceptance script proves PostgreSQL; test/migrations proves every engine). */
describe('gen check --db', () => {
  let project: string;
  let database: string;
  beforeAll(async () => {
    project = await newProject('Post', 'title:string', 'views:integer:index=0');
    linkNodeModules(project);
    database = join(project, 'data/check.sqlite');
    await runInProject(project, 'tsx', ['src/db/migrate.ts'], { DATABASE_URL: database });
  });

  it('exits 0 on a freshly migrated database', async () => {
    const result = await gen(project, ['check', '--db', database]);
    expect(result.stdout).toContain('In sync');
    expect(result.code).toBe(0);
  });

  it('exits 1 naming a column added by hand, in every format', async () => {
    await execa('node', ['-e', `new (require('better-sqlite3'))(${JSON.stringify(database)}).exec('alter table posts add column sneaky integer')`], { cwd: project });
    const text = await gen(project, ['check', '--db', 'data/check.sqlite']);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/db-extra {2}posts\.sneaky column \(integer, nullable\) is in the database but not in kiln\.json/i);
    const json = await gen(project, ['check', '--db', database, '--format', 'json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, drift: [{ kind: 'db-extra', path: 'posts.sneaky' }] });
    expect((await gen(project, ['check', '--db', database, '--format', 'github'])).stdout).toContain('::error file=posts.sneaky,title=kiln db-extra::');
  });

  it('exits 2 when the database cannot be opened', async () => {
    const result = await gen(project, ['check', '--db', 'data/no-such.sqlite']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no SQLite database at');
  });
});
