import { printSourceFile } from '../../../src/ast/project.js';
import { func, importsOf, param } from '../../../src/ast/structures.js';

/** create-realtime.ts: the app's event hub, through Redis when REDIS_URL is set. */
export function createRealtimeFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({
        '../../config.js': { types: ['Config'] },
        '../../lib/logger.js': { types: ['Logger'] },
        './realtime-hub.js': { names: ['createLocalHub'], types: ['RealtimeHub'] },
        './realtime-settings.js': { names: ['realtimeSettings'] },
        './redis-hub.js': { names: ['createRedisHub'] },
      }),
      func('createRealtime', [param('config', 'Config'), param('logger', 'Logger')], 'RealtimeHub', [
        'return config.REDIS_URL ? createRedisHub(config.REDIS_URL, logger, realtimeSettings.redisChannel) : createLocalHub();',
      ], {
        exported: true,
        docs: ["The app's event hub: through Redis when REDIS_URL is set (every instance's clients), in-process otherwise."],
      }),
    ],
  });
}
