import { printSourceFile } from '../../../src/ast/project.js';
import { func, importsOf, param } from '../../../src/ast/structures.js';

/** redis-hub.ts: the hub across instances, over Redis pub/sub. */
export function redisHubFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({
        '../../lib/logger.js': { types: ['Logger'] },
        '../../lib/redis.js': { names: ['closeRedisClient', 'createRedisClient'] },
        './realtime-event.js': { types: ['RealtimeEvent'] },
        './realtime-hub.js': { types: ['RealtimeHub', 'RealtimeListener'] },
      }),
      func('createRedisHub', [param('url', 'string'), param('logger', 'Logger'), param('channel', 'string')], 'RealtimeHub & { ready: Promise<void> }', [
        "const publisher = createRedisClient(url, logger, 'realtime publisher');",
        "const subscriber = createRedisClient(url, logger, 'realtime subscriber');",
        'const listeners = new Set<RealtimeListener>();',
        `const deliver = (event: RealtimeEvent) => {
          for (const listener of listeners) listener(event);
        };`,
        '',
        '// Subscribed on every (re)connection: with no offline queue, a subscription cannot wait for the connection.',
        'let subscribed: () => void = () => undefined;',
        'const ready = new Promise<void>((resolve) => (subscribed = resolve));',
        `subscriber.on('ready', () => {
          subscriber.subscribe(channel).then(subscribed, (error: Error) => {
            logger.warn('realtime: subscribe failed', { error: error.message });
          });
        });`,
        `subscriber.on('message', (_channel: string, message: string) => {
          try {
            deliver(JSON.parse(message) as RealtimeEvent);
          } catch (error) {
            logger.warn('realtime: ignored a malformed event', { error: String(error) });
          }
        });`,
        '',
        `return {
          /** Resolves once this instance receives what the others publish. */
          ready,
          publish(event) {
            // Redis unreachable: this instance's own clients still get the event.
            publisher.publish(channel, JSON.stringify(event)).catch(() => deliver(event));
          },
          subscribe(listener) {
            listeners.add(listener);
            return () => listeners.delete(listener);
          },
          async close() {
            listeners.clear();
            await Promise.all([closeRedisClient(publisher), closeRedisClient(subscriber)]);
          },
        };`,
      ], {
        exported: true,
        docs: [
          "The hub across instances: each instance publishes its events to one Redis channel and delivers what arrives\n" +
            'on it, its own events included, to its clients. A subscribed Redis connection can run no other command,\n' +
            'hence two connections.',
        ],
      }),
    ],
  });
}
