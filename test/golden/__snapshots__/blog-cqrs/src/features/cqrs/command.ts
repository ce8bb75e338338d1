import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/tables.js';
import type { DomainEvent, NewEvent } from './domain-event.js';

/** Who sent a command and in which request: recorded in the metadata of every event it emits. */
export interface CommandMetadata {
  /** The signed-in user's id, when an auth feature set one. */
  actor?: string;
  requestId?: string;
}

/** What a command handler works with. */
export interface CommandContext {
  /** The command's transaction: everything the handler writes commits or rolls back together. */
  db: Kysely<Database>;
  metadata: CommandMetadata;
  /** When the command runs (ISO 8601): the time of its events and of the timestamps it writes. */
  now: string;
  /** Records an event; the command bus publishes it once the transaction has committed. */
  emit<Type extends string, Payload>(event: NewEvent<Type, Payload>): DomainEvent<Type, Payload>;
}

/** A write with its input schema: the bus validates the input, then runs `handle` in a transaction. */
export interface Command<Schema extends z.ZodType, Result> {
  /** e.g. `CreatePost`: in logs and in the metadata of each event. */
  name: string;
  schema: Schema;
  handle(input: z.output<Schema>, context: CommandContext): Promise<Result>;
}

/** Declares a command; its input and result types are inferred. */
export const defineCommand = <Schema extends z.ZodType, Result>(
  command: Command<Schema, Result>,
): Command<Schema, Result> => command;
