import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gen, newProject } from '../helpers/cli.js';

/** gen feature client: writes the typed client, is checked clean, refuses unknown options and goes away cleanly. */
describe('gen feature client', () => {
  let project: string;
  beforeAll(async () => {
    project = await newProject('Post', 'title:string', 'status:enum(draft,published)=draft');
  });

  it('writes src/client/ and leaves gen check clean, twice', async () => {
    expect((await gen(project, ['feature', 'client'])).code).toBe(0);
    expect(readFileSync(join(project, 'src/client/index.ts'), 'utf8')).toContain('posts: resource<');
    expect(existsSync(join(project, 'src/client/client.test.ts'))).toBe(true);
    expect(JSON.parse(readFileSync(join(project, 'kiln.json'), 'utf8'))).toMatchObject({ features: { client: {} } });
    expect(await gen(project, ['check'])).toMatchObject({ code: 0 });
    expect((await gen(project, ['feature', 'client'])).stdout).not.toMatch(/create|update|delete/);
  });

  it('refuses an unknown option, naming it', async () => {
    const spec = readFileSync(join(project, 'kiln.json'), 'utf8');
    writeFileSync(join(project, 'kiln.json'), spec.replace('"client": {}', '"client": { "dir": "web" }'));
    const result = await gen(project, []);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/features\.client.*dir/);
    writeFileSync(join(project, 'kiln.json'), spec);
  });

  it('is removed by gen feature remove client, leaving gen check clean', async () => {
    expect((await gen(project, ['feature', 'remove', 'client'])).code).toBe(0);
    expect(existsSync(join(project, 'src/client/index.ts'))).toBe(false);
    expect(JSON.parse(readFileSync(join(project, 'kiln.json'), 'utf8')).features).toEqual({});
    expect(await gen(project, ['check'])).toMatchObject({ code: 0 });
  });
});
