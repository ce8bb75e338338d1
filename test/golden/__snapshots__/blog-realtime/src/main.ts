import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { type Config, ConfigError, loadConfig, loadEnvFile } from './config.js';
import { createDatabase } from './db/database.js';
import { createCache } from './features/cache/create-cache.js';
import { createRealtime } from './features/realtime/create-realtime.js';
import { publicAccess } from './features/realtime/realtime-access.js';
import { realtimeSettings } from './features/realtime/realtime-settings.js';
import { attachWebSockets } from './features/realtime/websocket-endpoint.js';
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
  const cache = createCache(config, logger);
  const realtime = createRealtime(config, logger);
  const app = createApp({ config, db, cache, realtime });
  const server = serve({ fetch: app.fetch, port: config.PORT }, (info) =>
    logger.info('listening', { port: info.port }),
  );
  const websockets = attachWebSockets(server, {
    hub: realtime,
    access: publicAccess,
    logger,
    ...realtimeSettings.endpoint,
  });

  const shutdown = (signal: string) => {
    logger.info('shutting down', { signal });
    websockets.close();
    // In-flight requests finish; idle keep-alive connections are closed by server.close().
    server.close(() => {
      void Promise.allSettled([cache.close(), realtime.close()])
        .then(() => db.destroy())
        .finally(() => process.exit(0));
    });
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

start();
