import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/tables.js';

/** What a query handler reads with. */
export interface QueryContext {
  db: Kysely<Database>;
}

/** A read with its input schema: the query bus validates the input, then runs `handle`. */
export interface Query<Schema extends z.ZodType, Result> {
  /** e.g. `GetPost`, in logs. */
  name: string;
  schema: Schema;
  handle(input: z.output<Schema>, context: QueryContext): Promise<Result>;
}

/** Declares a query; its input and result types are inferred. */
export const defineQuery = <Schema extends z.ZodType, Result>(
  query: Query<Schema, Result>,
): Query<Schema, Result> => query;
