import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, describe, expect, it } from 'vitest';
import type { DatabaseKind } from '../../src/spec/field-types.js';
import { cleanEnv, gen, linkNodeModules, tempDir, toolkitRoot } from '../helpers/cli.js';
import { callsOf, responseChecker, type Call, type Document } from '../helpers/openapi-walk.js';
import { runInProject } from '../helpers/project.js';
import { mysqlAvailable, postgresAvailable } from '../helpers/services.js';
import { waitFor } from '../helpers/wait.js';
import { createTestDatabase, type TestDatabase } from '../migrations/engines.js';

/**
 * The OpenAPI document matches the live API: each fixture is generated, built, migrated and started on a real socket,
 * and for every documented operation a valid request is sent (bodies from the documented examples, ids from records
 * created through the API) and the response checked against the documented status, content type and JSON Schema.
 */
const cases: { fixture: string; database: DatabaseKind; available: boolean }[] = [
  { fixture: 'blog', database: 'sqlite', available: true },
  { fixture: 'all-types', database: 'sqlite', available: true },
  { fixture: 'blog-auth', database: 'sqlite', available: true },
  { fixture: 'blog', database: 'postgres', available: await postgresAvailable() },
  { fixture: 'all-types', database: 'postgres', available: await postgresAvailable() },
  { fixture: 'blog', database: 'mysql', available: await mysqlAvailable() },
  { fixture: 'all-types', database: 'mysql', available: await mysqlAvailable() },
];

const admin = { email: 'admin@example.test', password: 'an admin passphrase 2024' };
const reader = { email: 'reader@example.test', password: 'plausible quail lantern 42' };

describe.each(cases)('OpenAPI document of $fixture matches the live API on $database', ({ fixture, database, available }) => {
  let server: ReturnType<typeof execa> | undefined;
  let testDatabase: TestDatabase | undefined;
  afterAll(async () => {
    server?.kill('SIGTERM');
    await server;
    await testDatabase?.drop();
  });

  it.skipIf(!available)('answers every documented operation as documented', async () => {
    const project = tempDir(`kiln-e2e-openapi-${fixture}-`);
    const spec = JSON.parse(readFileSync(join(toolkitRoot, `fixtures/specs/${fixture}.json`), 'utf8')) as object;
    writeFileSync(join(project, 'kiln.json'), JSON.stringify({ ...spec, database }, null, 2));
    expect((await gen(project, [])).code).toBe(0);
    linkNodeModules(project);
    testDatabase = await createTestDatabase(database);
    const env = { DATABASE_URL: testDatabase.url, JWT_SECRET: randomBytes(48).toString('base64url') };
    await runInProject(project, 'tsc', ['-p', 'tsconfig.build.json']);
    await runInProject(project, 'tsx', ['src/db/migrate.ts'], env);
    const auth = fixture === 'blog-auth';
    if (auth) {
      await execa('node_modules/.bin/tsx', ['src/features/auth/create-user.ts', '--email', admin.email, '--role', 'admin'], { cwd: project, env: cleanEnv(env), extendEnv: false, input: `${admin.password}\n` });
    }
    const port = 30_000 + Math.floor(Math.random() * 20_000);
    server = execa('node', ['dist/main.js'], { cwd: project, env: cleanEnv({ ...env, PORT: String(port) }), extendEnv: false, reject: false });
    const url = (path: string) => `http://127.0.0.1:${port}${path}`;
    await waitFor(() => fetch(url('/health')));

    const document = JSON.parse(readFileSync(join(project, 'openapi.json'), 'utf8')) as Document;
    const check = responseChecker(document);
    const send = async (method: string, path: string, body?: unknown, token?: string) =>
      fetch(url(path), {
        method: method.toUpperCase(),
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    const login = async (credentials: typeof admin) => ((await (await send('post', '/auth/login', credentials)).json()) as { accessToken: string; refreshToken: string });

    const adminToken = auth ? (await login(admin)).accessToken : undefined;
    const ids = new Map<string, string>();
    const problems: string[] = [];
    const calls = ordered(callsOf(document));
    for (const call of calls) {
      const request = await requestFor(call, { ids, login, reader, send, adminToken });
      const response = await send(call.method, request.path, request.body, call.operation.security ? request.token ?? adminToken : undefined);
      const text = await response.text();
      const body: unknown = text === '' ? undefined : response.headers.get('content-type')?.startsWith('application/json') ? JSON.parse(text) : text;
      problems.push(...check(call, response.status, response.headers.get('content-type'), body));
      if (response.status !== request.status) problems.push(`${call.operation.operationId}: expected ${request.status}, got ${response.status} ${text.slice(0, 300)}`);
      const created = (body as { data?: { id?: unknown } } | undefined)?.data?.id;
      if (call.method === 'post' && response.status === 201 && created !== undefined) ids.set(call.path, String(created));
    }
    expect(problems).toEqual([]);
    expect(calls.length).toBeGreaterThan(10);
  });
});

/**
 * Creates first (they give the ids the others use), deletes last, every other operation in between. A record that
 * points to others (a body field `<model>Id`) is created after them and deleted before them, as foreign keys demand.
 */
function ordered(calls: Call[]): Call[] {
  const references = new Map(calls.filter((call) => call.method === 'post').map((call) => [collectionOf(call.path), referencesOf(exampleOf(call)).length]));
  const depth = (call: Call) => references.get(collectionOf(call.path)) ?? 0;
  const rank = (call: Call) => (call.path.startsWith('/auth/') ? 0 : call.method === 'post' ? 1 : call.method === 'delete' ? 3 : 2);
  return [...calls].sort((a, b) => rank(a) - rank(b) || (rank(a) === 1 ? depth(a) - depth(b) : rank(a) === 3 ? depth(b) - depth(a) : 0));
}

const collectionOf = (path: string) => path.replace(/\/\{id\}.*$/, '');
const exampleOf = (call: Call): unknown => call.operation.requestBody?.content['application/json']?.example;
/** The fields of an example body that name another record: `authorId` → the `author…` collection. */
const referencesOf = (body: unknown): string[] =>
  body && typeof body === 'object' ? Object.keys(body).filter((key) => /^[a-z][A-Za-z0-9]*Id$/.test(key)) : [];

/** The example body with each reference pointing to a record created earlier in the walk. */
function withCreatedReferences(body: unknown, ids: Map<string, string>): unknown {
  if (!body || typeof body !== 'object') return body;
  const fields = { ...(body as Record<string, unknown>) };
  for (const key of referencesOf(body)) {
    const prefix = `/${key.slice(0, -2).replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}`;
    const collection = [...ids.keys()].find((path) => path.startsWith(prefix));
    if (collection) fields[key] = ids.get(collection);
  }
  return fields;
}

interface WalkState {
  ids: Map<string, string>;
  reader: { email: string; password: string };
  adminToken: string | undefined;
  send: (method: string, path: string, body?: unknown, token?: string) => Promise<Response>;
  login: (credentials: { email: string; password: string }) => Promise<{ accessToken: string; refreshToken: string }>;
}

/** A valid request for an operation: its path with ids filled in, its documented example body, the status it should get. */
async function requestFor(call: Call, state: WalkState): Promise<{ path: string; body?: unknown; token?: string; status: number }> {
  const success = Number(Object.keys(call.operation.responses).find((status) => status.startsWith('2')));
  if (call.path.startsWith('/auth/')) return authRequest(call, state, success);
  const collection = call.path.replace('/{id}', '');
  const id = state.ids.get(collection);
  const path = call.path.replace('{id}', id ?? 'missing');
  const body = withCreatedReferences(exampleOf(call), state.ids);
  const list = call.method === 'get' && call.path === collection && call.operation.parameters?.some((parameter) => parameter.name === 'limit');
  const query = [...(list ? [`limit=2&sort=-id${id ? `&filter[id][in]=${id}` : ''}`] : []), ...includeQuery(call)];
  return { path: query.length > 0 ? `${path}?${query.join('&')}` : path, body, status: success };
}

/** `include=` the documented example (every relation path the route accepts) where an operation takes it. */
function includeQuery(call: Call): string[] {
  const example = call.operation.parameters?.find((parameter) => parameter.name === 'include')?.example;
  return typeof example === 'string' ? [`include=${example}`] : [];
}

async function authRequest(call: Call, { reader, login, send, adminToken }: WalkState, success: number) {
  switch (call.operation.operationId) {
    case 'register':
      return { path: call.path, body: reader, status: success };
    case 'login':
      return { path: call.path, body: reader, status: success };
    case 'refresh':
    case 'logout':
      return { path: call.path, body: { refreshToken: (await login(reader)).refreshToken }, status: success };
    case 'me':
      return { path: call.path, token: (await login(reader)).accessToken, status: success };
    case 'changePassword':
      return { path: call.path, body: { currentPassword: reader.password, newPassword: reader.password }, token: (await login(reader)).accessToken, status: success };
    case 'forgotPassword':
      return { path: call.path, body: { email: reader.email }, status: success };
    case 'resetPassword':
      // A reset token only reaches a mailbox: a well-formed unknown one gets the documented 400.
      return { path: call.path, body: { token: randomBytes(32).toString('base64url'), password: reader.password }, status: 400 };
    case 'updateUser': {
      const me = (await (await send('get', '/auth/me', undefined, (await login(reader)).accessToken)).json()) as { data: { id: string } };
      return { path: call.path.replace('{id}', me.data.id), body: { disabled: false }, token: adminToken, status: success };
    }
    default:
      throw new Error(`no request known for ${call.operation.operationId}`);
  }
}
