import type { Config } from '../../config.js';
import type { Logger } from '../../lib/logger.js';
import { createLocalHub, type RealtimeHub } from './realtime-hub.js';
import { realtimeSettings } from './realtime-settings.js';
import { createRedisHub } from './redis-hub.js';

/** The app's event hub: through Redis when REDIS_URL is set (every instance's clients), in-process otherwise. */
export function createRealtime(config: Config, logger: Logger): RealtimeHub {
  return config.REDIS_URL
    ? createRedisHub(config.REDIS_URL, logger, realtimeSettings.redisChannel)
    : createLocalHub();
}
