import type { Logger } from '../../lib/logger.js';
import type { EventBus } from './event-bus.js';

/**
 * Every subscriber of the app's domain events, registered here and nowhere else, e.g.
 * `bus.subscribe('PostCreated', async (event) => notifyFollowers(event.payload));`
 */
export function registerSubscribers(bus: EventBus, logger: Logger): void {
  bus.subscribe('*', (event) => {
    if (logger.enabled('debug'))
      logger.debug('event', { type: event.type, streamId: event.streamId, command: event.metadata.command });
  });
}
