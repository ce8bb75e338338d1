import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { type Config, ConfigError, loadConfig, loadEnvFile } from './config.js';
import { createDatabase } from './db/database.js';
import { createEventBus } from './features/cqrs/event-bus.js';
import { createLogger } from './lib/logger.js';

/** Refuses to start on a bad environment, printing what is wrong instead of a stack trace. */
function readConfig(): Config {
  try {
    loadEnvFile();
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

function start(): void {
  const config = readConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const db = createDatabase(config.DATABASE_URL);
  const events = createEventBus(config, logger);
  const app = createApp({ config, db, events });
  const server = serve({ fetch: app.fetch, port: config.PORT }, (info) =>
    logger.info('listening', { port: info.port }),
  );

  const shutdown = (signal: string) => {
    logger.info('shutting down', { signal });
    // In-flight requests finish; idle keep-alive connections are closed by server.close().
    server.close(() => {
      void Promise.allSettled([events.close()])
        .then(() => db.destroy())
        .finally(() => process.exit(0));
    });
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

start();
