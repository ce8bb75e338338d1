import { printSourceFile } from '../../src/ast/project.js';
import { constant, func, importsOf, param } from '../../src/ast/structures.js';

/**
 * src/lib/redis.ts: REDIS_URL and a connection that fails fast, shared by the caching and websockets features
 * (written by whichever is enabled, identically).
 */
export function redisFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({ ioredis: { names: ['Redis'] }, zod: { names: ['z'] }, './logger.js': { types: ['Logger'] } }),
      constant('redisEnvironment', `{
          REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' }).optional(),
        }`, {
        exported: true,
        docs: ['REDIS_URL: the Redis every instance shares. Without it, the cache and websocket events stay in this process.'],
      }),
      func('createRedisClient', [param('url', 'string'), param('logger', 'Logger'), param('role', 'string')], 'Redis', [
        'const client = new Redis(url, {',
        '  connectTimeout: 2_000,',
        '  commandTimeout: 500,',
        '  maxRetriesPerRequest: 0,',
        '  enableOfflineQueue: false,',
        '  retryStrategy: (attempt) => Math.min(attempt * 100, 2_000),',
        '});',
        'let available = true;',
        "client.on('ready', () => {",
        "  if (!available) logger.info('redis available again', { role });",
        '  available = true;',
        '});',
        "client.on('error', (error: Error) => {",
        "  if (available) logger.warn('redis unavailable', { role, error: error.message });",
        '  available = false;',
        '});',
        'return client;',
      ], {
        exported: true,
        docs: [
          'A Redis connection that fails fast rather than queueing: while it is down, commands are refused at once (no\n' +
            'offline queue) and a hung server times out within half a second, so callers fall back instead of waiting. It\n' +
            'keeps reconnecting in the background, and logs each change of state once rather than every failed attempt.',
        ],
      }),
      func('closeRedisClient', [param('client', 'Redis')], 'Promise<void>', ['await client.quit().catch(() => client.disconnect());'], {
        exported: true,
        async: true,
        docs: ['Closes a connection: politely when it is up, at once when it is not.'],
      }),
    ],
  });
}
