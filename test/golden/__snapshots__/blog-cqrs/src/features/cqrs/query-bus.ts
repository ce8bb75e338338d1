import type { z } from 'zod';
import type { AppDependencies } from '../../app.js';
import { createLogger } from '../../lib/logger.js';
import { parseWith } from '../../lib/validation.js';
import { type Middleware, queryMiddleware, runMiddleware } from './middleware.js';
import type { Query } from './query.js';

export interface QueryBus {
  /** Validates the input (400 naming each failing field), runs the middleware, then the handler. */
  execute<Schema extends z.ZodType, Result>(
    query: Query<Schema, Result>,
    input: z.input<Schema>,
  ): Promise<Result>;
}

/** The query bus of an app: its database and the middleware of middleware.ts. */
export function createQueryBus(
  deps: Pick<AppDependencies, 'config' | 'db'>,
  middleware: readonly Middleware[] = queryMiddleware(createLogger(deps.config.LOG_LEVEL)),
): QueryBus {
  return {
    async execute<Schema extends z.ZodType, Result>(
      query: Query<Schema, Result>,
      rawInput: z.input<Schema>,
    ): Promise<Result> {
      const input = parseWith(query.schema, rawInput);
      return runMiddleware(middleware, { kind: 'query', name: query.name, input, metadata: {} }, () =>
        query.handle(input, { db: deps.db }),
      );
    },
  };
}
