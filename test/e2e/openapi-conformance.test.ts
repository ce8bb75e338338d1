import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, describe, expect, it } from 'vitest';
import type { DatabaseKind } from '../../src/spec/field-types.js';
import { cleanEnv, gen, linkNodeModules, tempDir, toolkitRoot } from '../helpers/cli.js';
import { callsOf, responseChecker, type Call, type Document } from '../helpers/openapi-walk.js';
import { buildProject, runInProject } from '../helpers/project.js';
import { mysqlAvailable, postgresAvailable } from '../helpers/services.js';
import { waitFor } from '../helpers/wait.js';
import { createTestDatabase, type TestDatabase } from '../migrations/engines.js';

/**
 * The OpenAPI document matches the live API: each fixture is generated, built, migrated and started on a real socket,
 * and for every documented operation a valid request is sent (bodies from the documented examples, ids from records
 * created through the API) and the response checked against the documented status, content type and JSON Schema.
 * The fixtures between them document every kind of route: CRUD, relations (nested pages, link, unlink), jwt-auth's
 * /auth routes and guarded operations, cqrs commands, event sourcing's history and `?asOf=`.
 */
const cases: { fixture: string; database: DatabaseKind; available: boolean }[] = [
  { fixture: 'blog', database: 'sqlite', available: true },
  { fixture: 'all-types', database: 'sqlite', available: true },
  { fixture: 'blog-auth', database: 'sqlite', available: true },
  { fixture: 'blog-cqrs', database: 'sqlite', available: true },
  { fixture: 'blog', database: 'postgres', available: await postgresAvailable() },
  { fixture: 'all-types', database: 'postgres', available: await postgresAvailable() },
  { fixture: 'blog-cqrs', database: 'postgres', available: await postgresAvailable() },
  { fixture: 'blog', database: 'mysql', available: await mysqlAvailable() },
  { fixture: 'all-types', database: 'mysql', available: await mysqlAvailable() },
  { fixture: 'blog-cqrs', database: 'mysql', available: await mysqlAvailable() },
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
    await buildProject(project);
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
      const request = await requestFor(call, { document, ids, login, reader, send, adminToken });
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
 * Creates first (they give the ids the others use), deletes of records last, every other operation in between (reads,
 * updates, commands, links; then unlinks and other deletes under a record). A record that points to others (a body
 * field `<model>Id`) is created after them and deleted before them, as foreign keys demand.
 */
function ordered(calls: Call[]): Call[] {
  const creates = calls.filter((call) => call.method === 'post' && !call.path.includes('{'));
  const references = new Map(creates.map((call) => [collectionOf(call.path), referencesOf(exampleOf(call)).length]));
  const depth = (call: Call) => references.get(collectionOf(call.path)) ?? 0;
  const rank = (call: Call) => {
    if (call.path.startsWith('/auth/')) return 0;
    if (creates.includes(call)) return 1;
    if (call.method !== 'delete') return 2;
    return call.path.endsWith('/{id}') ? 4 : 3;
  };
  return [...calls].sort((a, b) => rank(a) - rank(b) || (rank(a) === 1 ? depth(a) - depth(b) : rank(a) === 4 ? depth(b) - depth(a) : 0));
}

/** The collection an operation belongs to: `/posts` for `/posts`, `/posts/{id}` and `/posts/{id}/tags/{tagId}`. */
const collectionOf = (path: string) => path.replace(/\/\{id\}.*$/, '');
const exampleOf = (call: Call): unknown => call.operation.requestBody?.content['application/json']?.example;
/** The fields of an example body that name another record: `authorId` → the `author…` collection. */
const referencesOf = (body: unknown): string[] =>
  body && typeof body === 'object' ? Object.keys(body).filter((key) => /^[a-z][A-Za-z0-9]*Id$/.test(key)) : [];

/** The id of the record created earlier in the walk that a reference (`authorId`, `tagId`) names, if any. */
function createdId(reference: string, ids: Map<string, string>): string | undefined {
  const prefix = `/${reference.slice(0, -2).replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}`;
  const collection = [...ids.keys()].find((path) => path.startsWith(prefix));
  return collection === undefined ? undefined : ids.get(collection);
}

/** The example body with each reference pointing to a record created earlier in the walk. */
function withCreatedReferences(body: unknown, ids: Map<string, string>): unknown {
  if (!body || typeof body !== 'object') return body;
  const fields = { ...(body as Record<string, unknown>) };
  for (const key of referencesOf(body)) {
    const id = createdId(key, ids);
    if (id !== undefined) fields[key] = id;
  }
  return fields;
}

interface WalkState {
  document: Document;
  ids: Map<string, string>;
  reader: { email: string; password: string };
  adminToken: string | undefined;
  send: (method: string, path: string, body?: unknown, token?: string) => Promise<Response>;
  login: (credentials: { email: string; password: string }) => Promise<{ accessToken: string; refreshToken: string }>;
}

/**
 * A valid request for an operation: its path with ids filled in (`{id}` the record created for its collection, `{tagId}`
 * the tag created), its documented example body, the status it should get. An unlink (a DELETE whose path also takes
 * a PUT) is preceded by that PUT, so the pair is linked whichever side unlinked it before.
 */
async function requestFor(call: Call, state: WalkState): Promise<{ path: string; body?: unknown; token?: string; status: number }> {
  const success = Number(Object.keys(call.operation.responses).find((status) => status.startsWith('2')));
  if (call.path.startsWith('/auth/')) return authRequest(call, state, success);
  const collection = collectionOf(call.path);
  const id = state.ids.get(collection);
  const path = call.path.replace(/\{([A-Za-z0-9]+)\}/g, (_, name: string) => (name === 'id' ? id : createdId(name, state.ids)) ?? 'missing');
  const body = withCreatedReferences(exampleOf(call), state.ids);
  if (call.method === 'delete' && state.document.paths[call.path]?.put) {
    const linked = await state.send('put', path, undefined, call.operation.security ? state.adminToken : undefined);
    if (!linked.ok) throw new Error(`PUT ${path} before ${call.operation.operationId}: ${linked.status} ${await linked.text()}`);
  }
  const query: string[] = [];
  const list = call.method === 'get' && call.path === collection && call.operation.parameters?.some((parameter) => parameter.name === 'limit');
  if (list) query.push('limit=2', 'sort=-id', ...(id ? [`filter[id][in]=${id}`] : []));
  // The record as it is now, read through the event store rather than the read table.
  if (call.operation.parameters?.some((parameter) => parameter.name === 'asOf')) query.push(`asOf=${encodeURIComponent(new Date().toISOString())}`);
  query.push(...includeQuery(call));
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
