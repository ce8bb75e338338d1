import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { beforeAll, describe, expect, it } from 'vitest';
import { gen, newProject } from '../helpers/cli.js';

/** gen check and migrations.sum: edited, deleted and parallel migrations are caught. */
describe('gen check on migrations', () => {
  let project: string;
  const migration = () => join(project, 'src/db/migrations/20240131120000_create_posts.ts');
  beforeAll(async () => {
    project = await newProject('Post', 'title:string');
  });

  it('passes on a freshly generated project', async () => {
    expect(await gen(project, ['check'])).toMatchObject({ code: 0 });
  });

  it('fails when a recorded migration is edited, until gen records the edit', async () => {
    const original = readFileSync(migration(), 'utf8');
    appendFileSync(migration(), '// edited\n');
    const result = await gen(project, ['check']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/migration-edited {2}src\/db\/migrations\/20240131120000_create_posts\.ts was edited/);
    expect(result.stdout).not.toContain('migrations.sum is out of date');
    expect((await gen(project, [])).code).toBe(0);
    expect(await gen(project, ['check'])).toMatchObject({ code: 0 });
    writeFileSync(migration(), original);
    expect((await gen(project, [])).code).toBe(0);
  });

  it('fails when a recorded migration is deleted', async () => {
    const original = readFileSync(migration(), 'utf8');
    rmSync(migration());
    const result = await gen(project, ['check', '--format', 'json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: false, drift: expect.arrayContaining([expect.objectContaining({ kind: 'migration-edited' })]) });
    writeFileSync(migration(), original);
  });
});

describe('two branches that each add a migration', () => {
  it('conflict in migrations.sum and the migrations index when merged', async () => {
    const project = await newProject();
    const git = (...args: string[]) => execa('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: project, reject: false });
    await git('init', '-q', '-b', 'main');
    await git('add', '-A');
    await git('commit', '-qm', 'base');
    await git('checkout', '-qb', 'tags');
    expect((await gen(project, ['resource', 'Tag', 'label:string'], { KILN_NOW: '2024-02-01T00:00:00Z' })).code).toBe(0);
    await git('add', '-A');
    await git('commit', '-qm', 'tags');
    await git('checkout', '-q', 'main');
    expect((await gen(project, ['resource', 'Note', 'body:text'], { KILN_NOW: '2024-02-02T00:00:00Z' })).code).toBe(0);
    await git('add', '-A');
    await git('commit', '-qm', 'notes');
    const merge = await git('merge', 'tags');
    expect(merge.exitCode).not.toBe(0);
    const conflicted = String((await git('diff', '--name-only', '--diff-filter=U')).stdout).split('\n');
    expect(conflicted).toEqual(expect.arrayContaining(['src/db/migrations/migrations.sum', 'src/db/migrations/index.ts']));
  });
});
