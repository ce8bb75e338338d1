import { printSourceFile } from '../../../src/ast/project.js';
import { func, importsOf } from '../../../src/ast/structures.js';

/** src/main.ts: loads config, opens the database, serves the app, and shuts down cleanly on SIGTERM/SIGINT. */
export function mainFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({
        '@hono/node-server': { names: ['serve'] },
        './app.js': { names: ['createApp'] },
        './config.js': { names: ['ConfigError', 'loadConfig', 'loadEnvFile'], types: ['Config'] },
        './db/database.js': { names: ['createDatabase'] },
        './lib/logger.js': { names: ['createLogger'] },
      }),
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
        'const app = createApp({ config, db });',
        "const server = serve({ fetch: app.fetch, port: config.PORT }, (info) => logger.info('listening', { port: info.port }));",
        '',
        'const shutdown = (signal: string) => {',
        "  logger.info('shutting down', { signal });",
        '  // In-flight requests finish; idle keep-alive connections are closed by server.close().',
        '  server.close(() => {',
        '    void db.destroy().finally(() => process.exit(0));',
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
