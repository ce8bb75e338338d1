import type { Config } from '../../config.js';
import type { Logger } from '../../lib/logger.js';
import type { DomainEvent } from './domain-event.js';
import { registerSubscribers } from './subscribers.js';

export type EventHandler = (event: DomainEvent) => void | Promise<void>;

/** Delivers committed events to their subscribers; a subscription to `*` receives every type. */
export interface EventBus {
  /** Returns a function that ends the subscription. */
  subscribe(type: string, handler: EventHandler): () => void;
  publish(events: readonly DomainEvent[]): Promise<void>;
  close(): Promise<void>;
}

/** The app's event bus (a member of AppDependencies), with the subscribers of subscribers.ts. */
export function createEventBus(_config: Config, logger: Logger): EventBus {
  const bus = createInProcessEventBus(logger);
  registerSubscribers(bus, logger);
  return bus;
}

/** Subscriptions by event type, and delivery to them in the order they subscribed. */
export function createSubscriptions(logger: Logger) {
  const handlers = new Map<string, EventHandler[]>();
  const handlersOf = (type: string) => handlers.get(type) ?? [];
  return {
    subscribe(type: string, handler: EventHandler): () => void {
      handlers.set(type, [...handlersOf(type), handler]);
      return () => {
        handlers.set(
          type,
          handlersOf(type).filter((subscribed) => subscribed !== handler),
        );
      };
    },
    /** A failing subscriber is logged and does not stop the others: the command has already committed. */
    async deliver(events: readonly DomainEvent[]): Promise<void> {
      for (const event of events) {
        for (const handler of [...handlersOf(event.type), ...handlersOf('*')]) {
          try {
            await handler(event);
          } catch (error) {
            logger.error('event subscriber failed', {
              type: event.type,
              streamId: event.streamId,
              error: error instanceof Error ? error.stack : String(error),
            });
          }
        }
      }
    },
    clear(): void {
      handlers.clear();
    },
  };
}

/** Events go to the subscribers of this process. */
export function createInProcessEventBus(logger: Logger): EventBus {
  const subscriptions = createSubscriptions(logger);
  return {
    subscribe: subscriptions.subscribe,
    publish: subscriptions.deliver,
    async close() {
      subscriptions.clear();
    },
  };
}
