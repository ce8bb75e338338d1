import { printSourceFile } from '../../../src/ast/project.js';
import { func, importsOf, interfaceOf, mergeImports, param, property, type Statement } from '../../../src/ast/structures.js';
import type { Dialect } from '../../../src/dialect/index.js';
import { serviceImports, type AppService } from '../server-plan.js';

/**
 * src/testing/test-app.ts: a fresh, migrated app per test, on a database of its own: in-memory on SQLite, a new
 * schema (PostgreSQL) or database (MySQL) on the server TEST_DATABASE_URL names, dropped again by close().
 */
export function testAppFile(dialect: Dialect, testEnvironment: Record<string, string> = {}, services: readonly AppService[] = []): string {
  const server = dialect.kind !== 'sqlite';
  // Extra variables features need in tests (e.g. a JWT secret), written as literals into loadConfig's input.
  const extra = Object.entries(testEnvironment)
    .map(([name, value]) => `, ${name}: ${JSON.stringify(value).replace(/"/g, "'")}`)
    .join('');
  return printSourceFile({
    statements: [
      ...importsOf(
        mergeImports(
          {
            ...(server ? { 'node:crypto': { names: ['randomUUID'] } } : {}),
            kysely: { names: server ? ['sql'] : [], types: ['Kysely'] },
            '../app.js': { names: ['createApp'], types: ['AppDependencies'] },
            '../config.js': { names: server ? ['loadConfig', 'loadEnvFile'] : ['loadConfig'] },
            '../db/database.js': { names: ['createDatabase'] },
            '../db/migrator.js': { names: ['migrateToLatest'] },
            '../db/tables.js': { types: ['Database'] },
            '../lib/logger.js': { names: services.length > 0 ? ['createLogger'] : [] },
          },
          serviceImports(services, '../'),
        ),
      ),
      interfaceOf('TestApp', [
        property('app', 'ReturnType<typeof createApp>'),
        property('db', 'Kysely<Database>'),
        property('deps', 'AppDependencies', { docs: ['What the app was built with: a test builds a variant with `createApp({ ...testApp.deps, … })`.'] }),
        property('close', '() => Promise<void>'),
      ]),
      ...(server ? serverTestApp(dialect, extra, services) : sqliteTestApp(extra, services)),
    ],
  });
}

/** Statements that create the feature services (cache, event hub, …) and the app's dependencies from them. */
function createServices(services: readonly AppService[]): string[] {
  const names = services.map((service) => service.name);
  return [
    ...(services.length > 0 ? ['const logger = createLogger(config.LOG_LEVEL);'] : []),
    ...services.map((service) => `const ${service.name} = ${service.factory.name}(config, logger);`),
    `const deps: AppDependencies = { ${['config', 'db', ...names].join(', ')} };`,
  ];
}

/** Closes the services before the database (they may still be flushing to it). */
function closeServices(services: readonly AppService[]): string[] {
  return services.length === 0 ? [] : [`await Promise.allSettled([${services.map((service) => `${service.name}.close()`).join(', ')}]);`];
}

function sqliteTestApp(extra: string, services: readonly AppService[]): Statement[] {
  const close =
    services.length === 0
      ? 'close: () => db.destroy()'
      : `close: async () => {\n${[...closeServices(services), 'await db.destroy();'].join('\n')}\n}`;
  return [
    func('createTestApp', [], 'Promise<TestApp>', [
      `const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: ':memory:', LOG_LEVEL: 'silent'${extra} });`,
      'const db = createDatabase(config.DATABASE_URL);',
      'await migrateToLatest(db);',
      ...createServices(services),
      `return { app: createApp(deps), db, deps, ${close} };`,
    ], { exported: true, async: true, docs: ['A fresh app on its own in-memory SQLite database, migrated to the latest schema.'] }),
  ];
}

function serverTestApp(dialect: Dialect, extra: string, services: readonly AppService[]): Statement[] {
  const postgres = dialect.kind === 'postgres';
  const [noun, create, drop] = postgres ? ['schema', 'create schema', 'drop schema'] : ['database', 'create database', 'drop database'];
  return [
    func('createTestApp', [], 'Promise<TestApp>', [
      'const url = testDatabaseUrl();',
      `const ${noun} = \`test_\${randomUUID().replaceAll('-', '')}\`;`,
      'const admin = createDatabase(url);',
      `await sql\`${create} \${sql.id(${noun})}\`.execute(admin);`,
      `const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: ${postgres ? 'withSearchPath(url, schema)' : 'withDatabase(url, database)'}, LOG_LEVEL: 'silent'${extra} });`,
      'const db = createDatabase(config.DATABASE_URL);',
      ...createServices(services),
      `const close = async () => {
        ${closeServices(services).join('\n')}
        await db.destroy();
        await sql\`${drop} \${sql.id(${noun})}${postgres ? ' cascade' : ''}\`.execute(admin);
        await admin.destroy();
      };`,
      `try {
        await migrateToLatest(db);
      } catch (error) {
        await close();
        throw error;
      }`,
      'return { app: createApp(deps), db, deps, close };',
    ], {
      exported: true,
      async: true,
      docs: [
        postgres
          ? "A fresh app on a PostgreSQL schema of its own in the test database, with every migration applied; close()\ndrops the schema. Test files run in parallel without seeing each other's rows."
          : "A fresh app on a MySQL database of its own on the test server, with every migration applied; close() drops\nthe database. Test files run in parallel without seeing each other's rows.",
      ],
    }),
    func('testDatabaseUrl', [], 'string', [
      'loadEnvFile();',
      'const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;',
      `if (!url) {
        throw new Error('Set TEST_DATABASE_URL (or DATABASE_URL) to a ${postgres ? 'PostgreSQL database the tests may create schemas in' : 'MySQL server the tests may create databases on'}, e.g. ${testUrlExample[dialect.kind]}');
      }`,
      'return url;',
    ], { docs: ['The server the tests run against; without one every test fails here, naming the variable to set.'] }),
    postgres
      ? func('withSearchPath', [param('url', 'string'), param('schema', 'string')], 'string', [
          'const parsed = new URL(url);',
          "parsed.searchParams.set('options', `-c search_path=${schema}`);",
          'return parsed.toString();',
        ], { docs: ["The URL with every connection's search_path set to `schema` (node-postgres passes `options` to the server)."] })
      : func('withDatabase', [param('url', 'string'), param('database', 'string')], 'string', [
          'const parsed = new URL(url);',
          'parsed.pathname = `/${database}`;',
          'return parsed.toString();',
        ], { docs: ['The URL with its database replaced.'] }),
  ];
}

/** Where the tests of a generated project look for their server by default (the same as CI's services). */
export const testUrlExample = {
  sqlite: ':memory:',
  postgres: 'postgres://postgres@127.0.0.1:5432/test',
  mysql: 'mysql://root@127.0.0.1:3306/test',
} as const;

/** src/app.test.ts: the production defaults every project ships with, proven through app.request(). */
export function appTestFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({
        vitest: { names: ['afterEach', 'beforeEach', 'describe', 'expect', 'it'] },
        './app.js': { names: ['createApp'] },
        './testing/test-app.js': { names: ['createTestApp'], types: ['TestApp'] },
      }),
      `describe('app', () => {
        let testApp: TestApp;
        beforeEach(async () => {
          testApp = await createTestApp();
        });
        afterEach(async () => {
          await testApp.close();
        });

        it('answers GET /health', async () => {
          const response = await testApp.app.request('/health');
          expect(response.status).toBe(200);
          expect(await response.json()).toEqual({ status: 'ok' });
        });

        it('answers an unknown route with a JSON 404', async () => {
          const response = await testApp.app.request('/no-such-route');
          expect(response.status).toBe(404);
          expect(await response.json()).toMatchObject({ error: { code: 'not_found' } });
        });

        it('puts a request id on every response', async () => {
          const response = await testApp.app.request('/health');
          expect(response.headers.get('x-request-id')).toMatch(/.+/);
        });

        it('sends secure headers', async () => {
          const response = await testApp.app.request('/health');
          expect(response.headers.get('x-content-type-options')).toBe('nosniff');
          expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
        });

        it('denies cross-origin requests unless the origin is configured', async () => {
          const response = await testApp.app.request('/health', { headers: { origin: 'https://evil.example' } });
          expect(response.headers.get('access-control-allow-origin')).toBeNull();
        });

        it('allows the configured origins, preflights included', async () => {
          const config = { ...testApp.deps.config, CORS_ORIGINS: ['https://app.example'] };
          const app = createApp({ ...testApp.deps, config });
          const allowed = await app.request('/health', { headers: { origin: 'https://app.example' } });
          expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example');
          const other = await app.request('/health', { headers: { origin: 'https://evil.example' } });
          expect(other.headers.get('access-control-allow-origin')).toBeNull();
          const preflight = await app.request('/health', {
            method: 'OPTIONS',
            headers: { origin: 'https://app.example', 'access-control-request-method': 'POST' },
          });
          expect(preflight.status).toBe(204);
          expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
        });

        it('rejects a body over the size limit with 413', async () => {
          const response = await testApp.app.request('/health', {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'content-length': String(2 * 1024 * 1024) },
            body: 'x'.repeat(2 * 1024 * 1024),
          });
          expect(response.status).toBe(413);
        });
      });`,
    ],
  });
}
