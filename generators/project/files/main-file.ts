import { printSourceFile } from '../../../src/ast/project.js';
import { func, importsOf, mergeImports } from '../../../src/ast/structures.js';
import { serviceImports, type ServerPlan } from '../server-plan.js';

/** src/main.ts: loads config, opens the database, serves the app, and shuts down cleanly on SIGTERM/SIGINT. */
export function mainFile(plan: ServerPlan): string {
  const services = plan.services.map((service) => service.name);
  // Services close after the server has stopped (no request can use them any more), then the database.
  const close =
    services.length === 0
      ? 'void db.destroy().finally(() => process.exit(0));'
      : `void Promise.allSettled([${services.map((name) => `${name}.close()`).join(', ')}])
          .then(() => db.destroy())
          .finally(() => process.exit(0));`;
  return printSourceFile({
    statements: [
      ...importsOf(
        mergeImports(
          {
            '@hono/node-server': { names: ['serve'] },
            './app.js': { names: ['createApp'] },
            './config.js': { names: ['ConfigError', 'loadConfig', 'loadEnvFile'], types: ['Config'] },
            './db/database.js': { names: ['createDatabase'] },
            './lib/logger.js': { names: ['createLogger'] },
          },
          serviceImports(plan.services, './'),
          plan.imports,
        ),
      ),
      func('readConfig', [], 'Config', [
        'try {',
        '  loadEnvFile();',
        '  return loadConfig();',
        '} catch (error) {',
        '  if (!(error instanceof ConfigError)) throw error;',
        '  console.error(error.message);',
        '  process.exit(1);',
        '}',
      ], { docs: ['Refuses to start on a bad environment, printing what is wrong instead of a stack trace.'] }),
      func('start', [], 'void', [
        'const config = readConfig();',
        'const logger = createLogger(config.LOG_LEVEL);',
        'const db = createDatabase(config.DATABASE_URL);',
        ...plan.services.map((service) => `const ${service.name} = ${service.factory.name}(config, logger);`),
        `const app = createApp({ ${['config', 'db', ...services].join(', ')} });`,
        "const server = serve({ fetch: app.fetch, port: config.PORT }, (info) => logger.info('listening', { port: info.port }));",
        ...plan.attach,
        '',
        'const shutdown = (signal: string) => {',
        "  logger.info('shutting down', { signal });",
        ...plan.shutdown,
        '  // In-flight requests finish; idle keep-alive connections are closed by server.close().',
        '  server.close(() => {',
        `    ${close}`,
        '  });',
        '  setTimeout(() => process.exit(1), 10_000).unref();',
        '};',
        "process.once('SIGTERM', () => shutdown('SIGTERM'));",
        "process.once('SIGINT', () => shutdown('SIGINT'));",
      ]),
      'start();',
    ],
  });
}
