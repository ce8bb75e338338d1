import { printSourceFile } from '../../../src/ast/project.js';
import { constant, func, importsOf, interfaceOf, param, property, typeAlias } from '../../../src/ast/structures.js';

/** src/testing/auth.ts: signed-in users for resource tests, and an app with a captured outbox for the auth tests. */
export function authTestingFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({
        'node:crypto': { names: ['randomUUID'] },
        '../app.js': { names: ['createApp'] },
        '../config.js': { types: ['Config'] },
        '../features/auth/access-tokens.js': { names: ['issueAccessToken', 'signingKey'] },
        '../features/auth/auth-settings.js': { names: ['authSettings'], types: ['Role'] },
        '../features/auth/mailer.js': { types: ['Mailer', 'MailMessage'] },
        '../features/auth/users.js': { names: ['createUserRepository'] },
        '../features/auth/sessions.js': { types: ['TokenPair'] },
        './test-app.js': { types: ['TestApp'] },
      }),
      typeAlias('App', 'ReturnType<typeof createApp>'),
      constant('testPassword', "'plausible quail lantern 42'", { exported: true, docs: ['Long enough, and on no common-password list.'] }),
      interfaceOf('TestUser', [
        property('id', 'string'),
        property('email', 'string'),
        property('role', 'Role'),
        property('headers', 'Record<string, string>', { docs: ['`Authorization: Bearer <access token>`, to spread into a request.'] }),
      ]),
      func('createTestUser', [param('testApp', 'TestApp'), param('options', '{ role?: Role }', '{}')], 'Promise<TestUser>', [
        'const role = options.role ?? authSettings.defaultRole;',
        "// No password: the hash cannot match any (resource tests never sign in, so they never pay for scrypt).",
        "const account = await createUserRepository(testApp.db).create({ email: `${role}-${randomUUID()}@example.test`, passwordHash: '!', role });",
        'const { token } = issueAccessToken(account, signingKey(testApp.deps.config.JWT_SECRET));',
        'return { id: account.id, email: account.email, role: account.role, headers: { authorization: `Bearer ${token}` } };',
      ], { exported: true, async: true, docs: ['A user with a valid access token, inserted directly.'] }),
      interfaceOf('Outbox', [property('messages', 'MailMessage[]')], { extends: ['Mailer'] }),
      func('createOutbox', [], 'Outbox', [
        'const messages: MailMessage[] = [];',
        'return {',
        '  messages,',
        '  send: async (message) => {',
        '    messages.push(message);',
        '  },',
        '  close: async () => {},',
        '};',
      ], { exported: true, docs: ['A mailer that keeps what it is given.'] }),
      func('createAuthTestApp', [param('testApp', 'TestApp'), param('config', 'Partial<Config>', '{}')], '{ app: ReturnType<typeof createApp>; outbox: Outbox }', [
        'const outbox = createOutbox();',
        '// Fast hashing for tests only. The environment can never lower the cost (config refuses it); a test builds',
        '// its Config object directly. One test checks the real default.',
        'const app = createApp({ ...testApp.deps, config: { ...testApp.deps.config, PASSWORD_SCRYPT_LOG_N: 10, ...config }, mailer: outbox });',
        'return { app, outbox };',
      ], { exported: true, docs: ['The app on the test database, with cheap password hashing and mail captured in `outbox`.'] }),
      func('bearer', [param('token', 'string')], 'Record<string, string>', ["return { authorization: 'Bearer ' + token };"], { exported: true }),
      func('fromAddress', [param('address', 'string')], 'object', ['return { incoming: { socket: { remoteAddress: address } } };'], {
        exported: true,
        docs: ['The Node bindings of a request from `address`, as @hono/node-server passes them (third argument of app.request).'],
      }),
      func('postJson', [param('app', 'App'), param('path', 'string'), param('body', 'unknown'), param('headers', 'Record<string, string>', '{}'), param('bindings', 'object', '{}')], 'Promise<Response>', [
        "return app.request(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) }, bindings);",
      ], { exported: true, async: true }),
      func('signUp', [param('app', 'App'), param('email', 'string', "'user-' + randomUUID() + '@example.test'"), param('password', 'string', 'testPassword')], 'Promise<{ id: string; email: string; password: string; tokens: TokenPair }>', [
        "const registered = await postJson(app, '/auth/register', { email, password });",
        "if (registered.status !== 201) throw new Error('register answered ' + registered.status);",
        'const { data } = (await registered.json()) as { data: { id: string } };',
        "const tokens = (await (await postJson(app, '/auth/login', { email, password })).json()) as TokenPair;",
        'return { id: data.id, email, password, tokens };',
      ], { exported: true, async: true, docs: ['Registers through the API and signs in: a user with a real password and token pair.'] }),
    ],
  });
}
