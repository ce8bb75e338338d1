import type { z } from 'zod';
import type { AppDependencies } from '../../app.js';
import { createLogger } from '../../lib/logger.js';
import { parseWith } from '../../lib/validation.js';
import type { Command, CommandMetadata } from './command.js';
import type { DomainEvent, NewEvent } from './domain-event.js';
import { commandMiddleware, type Middleware, runMiddleware } from './middleware.js';

export interface CommandBus {
  /**
   * Validates the input (400 naming each failing field), runs the middleware, then the handler in a transaction
   * of its own; the events it emitted are published once that transaction has committed, never before.
   */
  execute<Schema extends z.ZodType, Result>(
    command: Command<Schema, Result>,
    input: z.input<Schema>,
    metadata?: CommandMetadata,
  ): Promise<Result>;
}

/** The command bus of an app: its database, its event bus, and the middleware of middleware.ts. */
export function createCommandBus(
  deps: Pick<AppDependencies, 'config' | 'db' | 'events'>,
  middleware: readonly Middleware[] = commandMiddleware(createLogger(deps.config.LOG_LEVEL)),
): CommandBus {
  return {
    async execute<Schema extends z.ZodType, Result>(
      command: Command<Schema, Result>,
      rawInput: z.input<Schema>,
      metadata: CommandMetadata = {},
    ): Promise<Result> {
      const input = parseWith(command.schema, rawInput);
      return runMiddleware(middleware, { kind: 'command', name: command.name, input, metadata }, async () => {
        const emitted: DomainEvent[] = [];
        const now = new Date().toISOString();
        const emit = eventRecorder(emitted, { command: command.name, ...metadata }, now);
        const result = await deps.db
          .transaction()
          .execute((db) => command.handle(input, { db, metadata, now, emit }));
        // Only now, after the commit: a command that rolled back has published nothing.
        await deps.events.publish(emitted);
        return result;
      });
    },
  };
}

/** `emit` of a command's context: completes each event with its metadata and time, and keeps it for publishing. */
function eventRecorder(emitted: DomainEvent[], metadata: DomainEvent['metadata'], occurredAt: string) {
  return <Type extends string, Payload>(event: NewEvent<Type, Payload>): DomainEvent<Type, Payload> => {
    const recorded = { ...event, metadata, occurredAt };
    emitted.push(recorded);
    return recorded;
  };
}
