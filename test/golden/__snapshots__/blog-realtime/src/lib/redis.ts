import { Redis } from 'ioredis';
import * as z from 'zod';
import type { Logger } from './logger.js';

/** REDIS_URL: the Redis every instance shares. Without it, the cache and websocket events stay in this process. */
export const redisEnvironment = {
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' }).optional(),
};

/**
 * A Redis connection that fails fast rather than queueing: while it is down, commands are refused at once (no
 * offline queue) and a hung server times out within half a second, so callers fall back instead of waiting. It
 * keeps reconnecting in the background, and logs each change of state once rather than every failed attempt.
 */
export function createRedisClient(url: string, logger: Logger, role: string): Redis {
  const client = new Redis(url, {
    connectTimeout: 2_000,
    commandTimeout: 500,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: (attempt) => Math.min(attempt * 100, 2_000),
  });
  let available = true;
  client.on('ready', () => {
    if (!available) logger.info('redis available again', { role });
    available = true;
  });
  client.on('error', (error: Error) => {
    if (available) logger.warn('redis unavailable', { role, error: error.message });
    available = false;
  });
  return client;
}

/** Closes a connection: politely when it is up, at once when it is not. */
export async function closeRedisClient(client: Redis): Promise<void> {
  await client.quit().catch(() => client.disconnect());
}
