import { moduleOf } from './print.js';

/** command.ts: what a command is and what its handler works with. */
export function commandFile(): string {
  return moduleOf(
    {
      kysely: { types: ['Kysely'] },
      zod: { types: ['z'] },
      '../../db/tables.js': { types: ['Database'] },
      './domain-event.js': { types: ['DomainEvent', 'NewEvent'] },
    },
    [
      `/** Who sent a command and in which request: recorded in the metadata of every event it emits. */
      export interface CommandMetadata {
        /** The signed-in user's id, when an auth feature set one. */
        actor?: string;
        requestId?: string;
      }`,
      `/** What a command handler works with. */
      export interface CommandContext {
        /** The command's transaction: everything the handler writes commits or rolls back together. */
        db: Kysely<Database>;
        metadata: CommandMetadata;
        /** When the command runs (ISO 8601): the time of its events and of the timestamps it writes. */
        now: string;
        /** Records an event; the command bus publishes it once the transaction has committed. */
        emit<Type extends string, Payload>(event: NewEvent<Type, Payload>): DomainEvent<Type, Payload>;
      }`,
      `/** A write with its input schema: the bus validates the input, then runs \`handle\` in a transaction. */
      export interface Command<Schema extends z.ZodType, Result> {
        /** e.g. \`CreatePost\`: in logs and in the metadata of each event. */
        name: string;
        schema: Schema;
        handle(input: z.output<Schema>, context: CommandContext): Promise<Result>;
      }`,
      `/** Declares a command; its input and result types are inferred. */
      export const defineCommand = <Schema extends z.ZodType, Result>(command: Command<Schema, Result>): Command<Schema, Result> => command;`,
    ],
  );
}

/** query.ts: what a query is. */
export function queryFile(): string {
  return moduleOf(
    { kysely: { types: ['Kysely'] }, zod: { types: ['z'] }, '../../db/tables.js': { types: ['Database'] } },
    [
      `/** What a query handler reads with. */
      export interface QueryContext {
        db: Kysely<Database>;
      }`,
      `/** A read with its input schema: the query bus validates the input, then runs \`handle\`. */
      export interface Query<Schema extends z.ZodType, Result> {
        /** e.g. \`GetPost\`, in logs. */
        name: string;
        schema: Schema;
        handle(input: z.output<Schema>, context: QueryContext): Promise<Result>;
      }`,
      `/** Declares a query; its input and result types are inferred. */
      export const defineQuery = <Schema extends z.ZodType, Result>(query: Query<Schema, Result>): Query<Schema, Result> => query;`,
    ],
  );
}

/** domain-event.ts: the shape of every event. */
export function domainEventFile(): string {
  return moduleOf({}, [
    `/** Something that happened to one record (its stream), with who caused it and when. */
    export interface DomainEvent<Type extends string = string, Payload = unknown> {
      /** e.g. \`PostCreated\`. */
      type: Type;
      /** The id of the record it happened to. */
      streamId: string;
      payload: Payload;
      metadata: EventMetadata;
      /** ISO 8601. */
      occurredAt: string;
    }`,
    `/** The command that caused an event, and who sent it in which request. */
    export interface EventMetadata {
      command: string;
      actor?: string;
      requestId?: string;
    }`,
    `/** An event as a command handler builds it; the command bus adds its metadata and time. */
    export type NewEvent<Type extends string = string, Payload = unknown> = Pick<DomainEvent<Type, Payload>, 'type' | 'streamId' | 'payload'>;`,
  ]);
}
