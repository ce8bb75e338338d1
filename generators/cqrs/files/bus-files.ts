import { moduleOf } from './print.js';

/** command-bus.ts: validation, middleware, one transaction per command, events published after the commit. */
export function commandBusFile(): string {
  return moduleOf(
    {
      zod: { types: ['z'] },
      '../../app.js': { types: ['AppDependencies'] },
      '../../lib/logger.js': { names: ['createLogger'] },
      '../../lib/validation.js': { names: ['parseWith'] },
      './command.js': { types: ['Command', 'CommandMetadata'] },
      './domain-event.js': { types: ['DomainEvent', 'NewEvent'] },
      './middleware.js': { names: ['commandMiddleware', 'runMiddleware'], types: ['Middleware'] },
    },
    [
      `export interface CommandBus {
        /**
         * Validates the input (400 naming each failing field), runs the middleware, then the handler in a transaction
         * of its own; the events it emitted are published once that transaction has committed, never before.
         */
        execute<Schema extends z.ZodType, Result>(command: Command<Schema, Result>, input: z.input<Schema>, metadata?: CommandMetadata): Promise<Result>;
      }`,
      `/** The command bus of an app: its database, its event bus, and the middleware of middleware.ts. */
      export function createCommandBus(
        deps: Pick<AppDependencies, 'config' | 'db' | 'events'>,
        middleware: readonly Middleware[] = commandMiddleware(createLogger(deps.config.LOG_LEVEL)),
      ): CommandBus {
        return {
          async execute<Schema extends z.ZodType, Result>(command: Command<Schema, Result>, rawInput: z.input<Schema>, metadata: CommandMetadata = {}): Promise<Result> {
            const input = parseWith(command.schema, rawInput);
            return runMiddleware(middleware, { kind: 'command', name: command.name, input, metadata }, async () => {
              const emitted: DomainEvent[] = [];
              const now = new Date().toISOString();
              const emit = eventRecorder(emitted, { command: command.name, ...metadata }, now);
              const result = await deps.db.transaction().execute((db) => command.handle(input, { db, metadata, now, emit }));
              // Only now, after the commit: a command that rolled back has published nothing.
              await deps.events.publish(emitted);
              return result;
            });
          },
        };
      }`,
      `/** \`emit\` of a command's context: completes each event with its metadata and time, and keeps it for publishing. */
      function eventRecorder(emitted: DomainEvent[], metadata: DomainEvent['metadata'], occurredAt: string) {
        return <Type extends string, Payload>(event: NewEvent<Type, Payload>): DomainEvent<Type, Payload> => {
          const recorded = { ...event, metadata, occurredAt };
          emitted.push(recorded);
          return recorded;
        };
      }`,
    ],
  );
}

/** query-bus.ts: validation and middleware around each query. */
export function queryBusFile(): string {
  return moduleOf(
    {
      zod: { types: ['z'] },
      '../../app.js': { types: ['AppDependencies'] },
      '../../lib/logger.js': { names: ['createLogger'] },
      '../../lib/validation.js': { names: ['parseWith'] },
      './middleware.js': { names: ['queryMiddleware', 'runMiddleware'], types: ['Middleware'] },
      './query.js': { types: ['Query'] },
    },
    [
      `export interface QueryBus {
        /** Validates the input (400 naming each failing field), runs the middleware, then the handler. */
        execute<Schema extends z.ZodType, Result>(query: Query<Schema, Result>, input: z.input<Schema>): Promise<Result>;
      }`,
      `/** The query bus of an app: its database and the middleware of middleware.ts. */
      export function createQueryBus(
        deps: Pick<AppDependencies, 'config' | 'db'>,
        middleware: readonly Middleware[] = queryMiddleware(createLogger(deps.config.LOG_LEVEL)),
      ): QueryBus {
        return {
          async execute<Schema extends z.ZodType, Result>(query: Query<Schema, Result>, rawInput: z.input<Schema>): Promise<Result> {
            const input = parseWith(query.schema, rawInput);
            return runMiddleware(middleware, { kind: 'query', name: query.name, input, metadata: {} }, () => query.handle(input, { db: deps.db }));
          },
        };
      }`,
    ],
  );
}

/** middleware.ts: the steps around every command and query (logging, the authorization hook), in one place. */
export function middlewareFile(): string {
  return moduleOf(
    {
      '../../lib/errors.js': { names: ['HttpError'] },
      '../../lib/logger.js': { types: ['Logger'] },
      './command.js': { types: ['CommandMetadata'] },
    },
    [
      `/** A command or query on its way to its handler, its input already validated. */
      export interface Envelope {
        kind: 'command' | 'query';
        /** e.g. \`CreatePost\`. */
        name: string;
        input: unknown;
        metadata: CommandMetadata;
      }`,
      `/** A step around every message: call \`next()\` to go on, or throw to refuse it. */
      export type Middleware = <Result>(envelope: Envelope, next: () => Promise<Result>) => Promise<Result>;`,
      `/** Who may run which command. Routes already enforce the models' access rules; refine per command here. */
      export type Authorize = (envelope: Envelope) => boolean | Promise<boolean>;`,
      `/** The authorization hook every command passes: the place for rules such as "only the author may publish". */
      export const authorize: Authorize = () => true;`,
      `/** The middleware of every command, outermost first: add yours here. The transaction is the bus's innermost step. */
      export function commandMiddleware(logger: Logger): Middleware[] {
        return [logMessages(logger), authorizeCommands(authorize)];
      }`,
      `/** The middleware of every query, outermost first. */
      export function queryMiddleware(logger: Logger): Middleware[] {
        return [logMessages(logger)];
      }`,
      `/** Logs each message with its outcome and duration, at debug level. */
      export function logMessages(logger: Logger): Middleware {
        return async (envelope, next) => {
          const started = performance.now();
          const fields = () => ({ name: envelope.name, actor: envelope.metadata.actor, ms: Math.round(performance.now() - started) });
          try {
            const result = await next();
            if (logger.enabled('debug')) logger.debug(envelope.kind, fields());
            return result;
          } catch (error) {
            if (logger.enabled('debug')) logger.debug(\`\${envelope.kind} failed\`, { ...fields(), error: error instanceof Error ? error.message : String(error) });
            throw error;
          }
        };
      }`,
      `/** Refuses a command its hook does not allow with 403. */
      export function authorizeCommands(allowed: Authorize): Middleware {
        return async (envelope, next) => {
          if (!(await allowed(envelope))) throw new HttpError(403, 'forbidden', \`You may not \${envelope.name}\`);
          return next();
        };
      }`,
      `/** Runs \`last\` inside every middleware, the first one outermost. */
      export function runMiddleware<Result>(middleware: readonly Middleware[], envelope: Envelope, last: () => Promise<Result>): Promise<Result> {
        return middleware.reduceRight<() => Promise<Result>>((next, step) => () => step(envelope, next), last)();
      }`,
    ],
  );
}
