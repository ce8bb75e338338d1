import { HttpError } from '../../lib/errors.js';
import type { Logger } from '../../lib/logger.js';
import type { CommandMetadata } from './command.js';

/** A command or query on its way to its handler, its input already validated. */
export interface Envelope {
  kind: 'command' | 'query';
  /** e.g. `CreatePost`. */
  name: string;
  input: unknown;
  metadata: CommandMetadata;
}

/** A step around every message: call `next()` to go on, or throw to refuse it. */
export type Middleware = <Result>(envelope: Envelope, next: () => Promise<Result>) => Promise<Result>;

/** Who may run which command. Routes already enforce the models' access rules; refine per command here. */
export type Authorize = (envelope: Envelope) => boolean | Promise<boolean>;

/** The authorization hook every command passes: the place for rules such as "only the author may publish". */
export const authorize: Authorize = () => true;

/** The middleware of every command, outermost first: add yours here. The transaction is the bus's innermost step. */
export function commandMiddleware(logger: Logger): Middleware[] {
  return [logMessages(logger), authorizeCommands(authorize)];
}

/** The middleware of every query, outermost first. */
export function queryMiddleware(logger: Logger): Middleware[] {
  return [logMessages(logger)];
}

/** Logs each message with its outcome and duration, at debug level. */
export function logMessages(logger: Logger): Middleware {
  return async (envelope, next) => {
    const started = performance.now();
    const fields = () => ({
      name: envelope.name,
      actor: envelope.metadata.actor,
      ms: Math.round(performance.now() - started),
    });
    try {
      const result = await next();
      if (logger.enabled('debug')) logger.debug(envelope.kind, fields());
      return result;
    } catch (error) {
      if (logger.enabled('debug'))
        logger.debug(`${envelope.kind} failed`, {
          ...fields(),
          error: error instanceof Error ? error.message : String(error),
        });
      throw error;
    }
  };
}

/** Refuses a command its hook does not allow with 403. */
export function authorizeCommands(allowed: Authorize): Middleware {
  return async (envelope, next) => {
    if (!(await allowed(envelope))) throw new HttpError(403, 'forbidden', `You may not ${envelope.name}`);
    return next();
  };
}

/** Runs `last` inside every middleware, the first one outermost. */
export function runMiddleware<Result>(
  middleware: readonly Middleware[],
  envelope: Envelope,
  last: () => Promise<Result>,
): Promise<Result> {
  return middleware.reduceRight<() => Promise<Result>>((next, step) => () => step(envelope, next), last)();
}
