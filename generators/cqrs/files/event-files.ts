import type { CqrsOptions } from '../options.js';
import { moduleOf } from './print.js';

/**
 * event-bus.ts: delivers committed events to subscribers. In-process by default; with `"bus": "redis"` and REDIS_URL
 * set, through the outbox to every instance (outbox-event-bus.ts).
 */
export function eventBusFile(bus: CqrsOptions['bus'], channel: string): string {
  const redis = bus === 'redis';
  return moduleOf(
    {
      ...(redis ? { kysely: { types: ['Kysely'] }, '../../db/tables.js': { types: ['Database'] } } : {}),
      '../../config.js': { types: ['Config'] },
      '../../lib/logger.js': { types: ['Logger'] },
      './domain-event.js': { types: ['DomainEvent'] },
      ...(redis ? { './outbox-event-bus.js': { names: ['createOutboxEventBus'] } } : {}),
      './subscribers.js': { names: ['registerSubscribers'] },
    },
    [
      `export type EventHandler = (event: DomainEvent) => void | Promise<void>;`,
      redis
        ? `/** Delivers committed events to their subscribers; a subscription to \`*\` receives every type. */
          export interface EventBus {
            /** Returns a function that ends the subscription. */
            subscribe(type: string, handler: EventHandler): () => void;
            /** Inside a command's transaction: keeps its events with the data they describe (the outbox). */
            stage(db: Kysely<Database>, events: readonly DomainEvent[]): Promise<void>;
            /** After the commit: delivers the events (through the outbox, everything staged and not yet sent). */
            publish(db: Kysely<Database>, events: readonly DomainEvent[]): Promise<void>;
            close(): Promise<void>;
          }`
        : `/** Delivers committed events to their subscribers; a subscription to \`*\` receives every type. */
          export interface EventBus {
            /** Returns a function that ends the subscription. */
            subscribe(type: string, handler: EventHandler): () => void;
            publish(events: readonly DomainEvent[]): Promise<void>;
            close(): Promise<void>;
          }`,
      ...(redis ? [`/** The Redis channel the instances of this app share. */\nexport const eventChannel = '${channel}';`] : []),
      `/** The app's event bus (a member of AppDependencies), with the subscribers of subscribers.ts. */
      export function createEventBus(${redis ? 'config' : '_config'}: Config, logger: Logger): EventBus {
        const bus = ${redis ? 'config.REDIS_URL ? createOutboxEventBus(config.REDIS_URL, eventChannel, logger) : createInProcessEventBus(logger)' : 'createInProcessEventBus(logger)'};
        registerSubscribers(bus, logger);
        return bus;
      }`,
      `/** Subscriptions by event type, and delivery to them in the order they subscribed. */
      export function createSubscriptions(logger: Logger) {
        const handlers = new Map<string, EventHandler[]>();
        const handlersOf = (type: string) => handlers.get(type) ?? [];
        return {
          subscribe(type: string, handler: EventHandler): () => void {
            handlers.set(type, [...handlersOf(type), handler]);
            return () => {
              handlers.set(type, handlersOf(type).filter((subscribed) => subscribed !== handler));
            };
          },
          /** A failing subscriber is logged and does not stop the others: the command has already committed. */
          async deliver(events: readonly DomainEvent[]): Promise<void> {
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
          clear(): void {
            handlers.clear();
          },
        };
      }`,
      `/** Events go to the subscribers of this process${redis ? ' (without REDIS_URL: one instance, nothing to stage)' : ''}. */
      export function createInProcessEventBus(logger: Logger): EventBus {
        const subscriptions = createSubscriptions(logger);
        return {
          subscribe: subscriptions.subscribe,
          ${redis ? 'stage: () => Promise.resolve(),\npublish: (_db, events) => subscriptions.deliver(events),' : 'publish: subscriptions.deliver,'}
          async close() {
            subscriptions.clear();
          },
        };
      }`,
    ],
  );
}

/**
 * outbox-event-bus.ts: events staged in the command's transaction (the `event_outbox` table), sent to Redis after the
 * commit, delivered by every instance to its subscribers. A process that dies between commit and send loses nothing:
 * the next drain, by any instance, sends what it left.
 */
export function outboxEventBusFile(): string {
  return moduleOf(
    {
      kysely: { types: ['Kysely'] },
      '../../db/tables.js': { types: ['Database'] },
      '../../lib/logger.js': { types: ['Logger'] },
      '../../lib/redis.js': { names: ['closeRedisClient', 'createRedisClient'] },
      './domain-event.js': { types: ['DomainEvent'] },
      './event-bus.js': { names: ['createSubscriptions'], types: ['EventBus'] },
    },
    [
      `const batchSize = 100;`,
      `const retryMs = 1_000;`,
      `/**
       * Delivery is at least once: an event sent but not yet deleted from the outbox when the process dies is sent again,
       * so subscribers that must not act twice check the event's stream id and time.
       */
      export function createOutboxEventBus(redisUrl: string, channel: string, logger: Logger): EventBus & { ready: Promise<void> } {
        const subscriptions = createSubscriptions(logger);
        const publisher = createRedisClient(redisUrl, logger, 'events publisher');
        const subscriber = createRedisClient(redisUrl, logger, 'events subscriber');
        // Subscribed on every (re)connection: with no offline queue, a subscription cannot wait for the connection.
        let subscribed: () => void = () => undefined;
        const ready = new Promise<void>((resolve) => (subscribed = resolve));
        subscriber.on('ready', () => {
          subscriber.subscribe(channel).then(subscribed, (error: Error) => logger.warn('events: subscribe failed', { error: error.message }));
        });
        subscriber.on('message', (_channel: string, message: string) => {
          void subscriptions.deliver([JSON.parse(message) as DomainEvent]);
        });

        let draining: Promise<void> | undefined;
        let retry: NodeJS.Timeout | undefined;
        /** Sends what the outbox holds, oldest first, deleting each batch once Redis took it; retries while Redis is down. */
        const drain = (db: Kysely<Database>): Promise<void> => {
          draining ??= sendStaged(db)
            .catch((error: unknown) => {
              logger.warn('events: outbox not drained, retrying', { error: error instanceof Error ? error.message : String(error) });
              retry ??= setTimeout(() => {
                retry = undefined;
                void drain(db);
              }, retryMs).unref();
            })
            .finally(() => (draining = undefined));
          return draining;
        };
        const sendStaged = async (db: Kysely<Database>) => {
          for (;;) {
            const rows = await db.selectFrom('event_outbox').selectAll().orderBy('id').limit(batchSize).execute();
            if (rows.length === 0) return;
            for (const row of rows) await publisher.publish(channel, row.event);
            await db.deleteFrom('event_outbox').where('id', 'in', rows.map((row) => row.id)).execute();
          }
        };

        return {
          ready,
          subscribe: subscriptions.subscribe,
          async stage(db, events) {
            if (events.length > 0) await db.insertInto('event_outbox').values(events.map((event) => ({ event: JSON.stringify(event) }))).execute();
          },
          publish: (db) => drain(db),
          async close() {
            clearTimeout(retry);
            subscriptions.clear();
            await Promise.all([closeRedisClient(publisher), closeRedisClient(subscriber)]);
          },
        };
      }`,
    ],
  );
}

/** outbox-table.ts: the row type of the outbox. */
export function outboxTableFile(): string {
  return moduleOf({ kysely: { types: ['Generated'] } }, [
    `/** The \`event_outbox\` table: events committed and not yet sent, oldest first. */
    export interface EventOutboxTable {
      id: Generated<number>;
      /** The event, as JSON. */
      event: string;
    }`,
  ]);
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
