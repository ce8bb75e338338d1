import { printSourceFile } from '../../../src/ast/project.js';
import { func, importsOf, interfaceOf, mergeImports, property } from '../../../src/ast/structures.js';
import type { Dialect } from '../../../src/dialect/index.js';
import { serviceImports, type AppService } from '../server-plan.js';

/** src/testing/test-app.ts: a fresh, migrated app per test, on its own database. */
export function testAppFile(dialect: Dialect, testEnvironment: Record<string, string> = {}, services: readonly AppService[] = []): string {
  const databaseUrl =
    dialect.kind === 'sqlite'
      ? "':memory:'"
      : "process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? ''";
  const names = services.map((service) => service.name);
  return printSourceFile({
    statements: [
      ...importsOf(
        mergeImports(
          {
            kysely: { types: ['Kysely'] },
            '../app.js': { names: ['createApp'], types: ['AppDependencies'] },
            '../config.js': { names: ['loadConfig'] },
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
      func('createTestApp', [], 'Promise<TestApp>', [
        `const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: ${databaseUrl}, LOG_LEVEL: 'silent'${Object.entries(testEnvironment).map(([name, value]) => `, ${name}: ${JSON.stringify(value).replace(/"/g, "'")}`).join('')} });`,
        ...(services.length > 0 ? ['const logger = createLogger(config.LOG_LEVEL);'] : []),
        'const db = createDatabase(config.DATABASE_URL);',
        'await migrateToLatest(db);',
        ...services.map((service) => `const ${service.name} = ${service.factory.name}(config, logger);`),
        `const deps: AppDependencies = { ${['config', 'db', ...names].join(', ')} };`,
        services.length === 0
          ? 'return { app: createApp(deps), db, deps, close: () => db.destroy() };'
          : `return {
              app: createApp(deps),
              db,
              deps,
              close: async () => {
                await Promise.allSettled([${names.map((name) => `${name}.close()`).join(', ')}]);
                await db.destroy();
              },
            };`,
      ], {
        exported: true,
        async: true,
        docs: [dialect.kind === 'sqlite' ? 'A fresh app on its own in-memory SQLite database, migrated to the latest schema.' : 'An app on the test database (TEST_DATABASE_URL), migrated to the latest schema.'],
      }),
    ],
  });
}

/** src/app.test.ts: the production defaults every project ships with, proven through app.request(). */
export function appTestFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({
        vitest: { names: ['afterEach', 'beforeEach', 'describe', 'expect', 'it'] },
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
