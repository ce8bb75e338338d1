import { moduleOf } from './print.js';

/** event-bus.ts: delivers committed events to subscribers, in this process. */
export function eventBusFile(): string {
  return moduleOf(
    {
      '../../config.js': { types: ['Config'] },
      '../../lib/logger.js': { types: ['Logger'] },
      './domain-event.js': { types: ['DomainEvent'] },
      './subscribers.js': { names: ['registerSubscribers'] },
    },
    [
      `export type EventHandler = (event: DomainEvent) => void | Promise<void>;`,
      `/** Delivers committed events to their subscribers; a subscription to \`*\` receives every type. */
      export interface EventBus {
        /** Returns a function that ends the subscription. */
        subscribe(type: string, handler: EventHandler): () => void;
        publish(events: readonly DomainEvent[]): Promise<void>;
        close(): Promise<void>;
      }`,
      `/** The app's event bus (a member of AppDependencies), with the subscribers of subscribers.ts. */
      export function createEventBus(_config: Config, logger: Logger): EventBus {
        const bus = createInProcessEventBus(logger);
        registerSubscribers(bus, logger);
        return bus;
      }`,
      `/**
       * Events go to their subscribers in this process, in the order they subscribed. A failing subscriber is logged and
       * does not stop the others: the command that emitted the event has already committed.
       */
      export function createInProcessEventBus(logger: Logger): EventBus {
        const handlers = new Map<string, EventHandler[]>();
        const handlersOf = (type: string) => handlers.get(type) ?? [];
        return {
          subscribe(type, handler) {
            handlers.set(type, [...handlersOf(type), handler]);
            return () => {
              handlers.set(type, handlersOf(type).filter((subscribed) => subscribed !== handler));
            };
          },
          async publish(events) {
            for (const event of events) {
              for (const handler of [...handlersOf(event.type), ...handlersOf('*')]) {
                try {
                  await handler(event);
                } catch (error) {
                  logger.error('event subscriber failed', { type: event.type, streamId: event.streamId, error: error instanceof Error ? error.stack : String(error) });
                }
              }
            }
          },
          async close() {
            handlers.clear();
          },
        };
      }`,
    ],
  );
}

/** subscribers.ts: the one place where the app's event subscribers are registered. */
export function subscribersFile(): string {
  return moduleOf(
    { '../../lib/logger.js': { types: ['Logger'] }, './event-bus.js': { types: ['EventBus'] } },
    [
      `/**
       * Every subscriber of the app's domain events, registered here and nowhere else, e.g.
       * \`bus.subscribe('PostCreated', async (event) => notifyFollowers(event.payload));\`
       */
      export function registerSubscribers(bus: EventBus, logger: Logger): void {
        bus.subscribe('*', (event) => {
          if (logger.enabled('debug')) logger.debug('event', { type: event.type, streamId: event.streamId, command: event.metadata.command });
        });
      }`,
    ],
  );
}

/** command-metadata.ts: who sent a request, for the commands it runs. */
export function commandMetadataFile(): string {
  return moduleOf(
    { hono: { types: ['Context'] }, './command.js': { types: ['CommandMetadata'] } },
    [
      `/** The request's id and, when an auth feature signed the user in, the user's id as the actor. */
      export function commandMetadata(c: Context): CommandMetadata {
        const user: unknown = c.get('user');
        const requestId: unknown = c.get('requestId');
        return {
          ...(hasId(user) ? { actor: user.id } : {}),
          ...(typeof requestId === 'string' ? { requestId } : {}),
        };
      }`,
      `const hasId = (value: unknown): value is { id: string } =>
        typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string';`,
    ],
  );
}
