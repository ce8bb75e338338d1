import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, gen, linkNodeModules, tempDir } from '../helpers/cli.js';
import { buildProject, runInProject } from '../helpers/project.js';
import { waitFor } from '../helpers/wait.js';

/** The README quickstart as a new user runs it, then the API driven over a real socket. */
describe('gen new + gen resource → a running API', () => {
  let project: string;
  let server: ReturnType<typeof execa> | undefined;
  const port = 30_000 + Math.floor(Math.random() * 20_000);
  const url = (path: string) => `http://127.0.0.1:${port}${path}`;
  const json = (method: string, body: unknown) => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  beforeAll(async () => {
    const parent = tempDir('kiln-quickstart-');
    expect((await gen(parent, ['new', 'demo', '--skip-install'])).code).toBe(0);
    project = join(parent, 'demo');
    expect((await gen(project, ['resource', 'Post', 'title:string:unique', 'body:text?', 'published:boolean=false'])).code).toBe(0);
    linkNodeModules(project);
    await runInProject(project, 'tsx', ['src/db/migrate.ts']);
    await buildProject(project);
    server = execa('node', ['dist/main.js'], { cwd: project, env: cleanEnv({ PORT: String(port) }), extendEnv: false, reject: false });
    await waitFor(() => fetch(url('/health')));
  });

  afterAll(async () => {
    server?.kill('SIGTERM');
    await server;
  });

  it('serves CRUD for /posts with the right status codes', async () => {
    const created = await fetch(url('/posts'), json('POST', { title: 'Hello' }));
    expect(created.status).toBe(201);
    const { data: post } = (await created.json()) as { data: { id: string; title: string; published: boolean } };
    expect(post).toMatchObject({ title: 'Hello', published: false });

    expect((await fetch(url(`/posts/${post.id}`))).status).toBe(200);
    expect((await fetch(url('/posts'), json('POST', { title: 5 }))).status).toBe(400);
    expect((await fetch(url('/posts'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' })).status).toBe(400);
    expect((await fetch(url('/posts'), json('POST', { title: 'Hello' }))).status).toBe(409);
    const patched = await fetch(url(`/posts/${post.id}`), json('PATCH', { published: true }));
    expect(patched.status).toBe(200);
    expect(((await patched.json()) as { data: { published: boolean } }).data.published).toBe(true);
    const list = (await (await fetch(url('/posts'))).json()) as { data: unknown[]; meta: { total: number } };
    expect(list.meta.total).toBe(1);
    expect((await fetch(url(`/posts/${post.id}`), { method: 'DELETE' })).status).toBe(204);
    expect((await fetch(url(`/posts/${post.id}`))).status).toBe(404);
  });

  it('answers unknown routes and server errors with JSON that leaks nothing', async () => {
    const response = await fetch(url('/nope'));
    expect(response.status).toBe(404);
    expect(response.headers.get('x-request-id')).toBeTruthy();
    expect(await response.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('generates nothing that imports the toolkit, and does not depend on it at run time', () => {
    const manifest = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(manifest.dependencies).filter((name) => /kiln/i.test(name))).toEqual([]);
    const sources = listTs(join(project, 'src'));
    expect(sources.length).toBeGreaterThan(10);
    for (const file of sources) expect(readFileSync(file, 'utf8')).not.toMatch(/from ['"](kiln|@kiln)/);
  });

  it('shuts down cleanly on SIGTERM', async () => {
    const other = execa('node', ['dist/main.js'], { cwd: project, env: cleanEnv({ PORT: String(port + 1) }), extendEnv: false, reject: false });
    await waitFor(() => fetch(`http://127.0.0.1:${port + 1}/health`));
    other.kill('SIGTERM');
    const result = await other;
    expect(result.exitCode).toBe(0);
    expect(String(result.stdout)).toContain('"message":"shutting down"');
  });

  it('refuses to start on a bad environment, naming the variable', async () => {
    const result = await execa('node', ['dist/main.js'], { cwd: project, env: cleanEnv({ PORT: 'not-a-port' }), extendEnv: false, reject: false });
    expect(result.exitCode).toBe(1);
    expect(String(result.stderr)).toContain('PORT');
  });
});

function listTs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listTs(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}
