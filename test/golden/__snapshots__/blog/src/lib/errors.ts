import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isForeignKeyViolation, isUniqueViolation } from '../db/errors.js';
import type { Logger } from './logger.js';

/** The shape of every error response. */
export interface ErrorBody {
  error: { code: string; message: string; details?: unknown; requestId?: string };
}

/** A client mistake with the status and code the response should carry. */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export function errorBody(
  code: string,
  message: string,
  extra: Omit<ErrorBody['error'], 'code' | 'message'> = {},
): ErrorBody {
  return { error: { code, message, ...extra } };
}

/** Maps thrown errors to JSON responses; anything unexpected is logged and answered with a bare 500. */
export function errorHandler(logger: Logger): ErrorHandler {
  return (error, c) => {
    if (error instanceof HttpError) {
      return c.json(errorBody(error.code, error.message, { details: error.details }), error.status);
    }

    if (isUniqueViolation(error)) {
      return c.json(errorBody('conflict', 'A record with the same unique value already exists'), 409);
    }

    if (isForeignKeyViolation(error)) {
      // The database refused a broken reference: a delete of a row still referenced (onDelete "restrict"), or a
      // write naming a related row that does not exist.
      return c.req.method === 'DELETE'
        ? c.json(
            errorBody(
              'still_referenced',
              'Other records still refer to this one: delete or reassign them first',
            ),
            409,
          )
        : c.json(errorBody('invalid_reference', 'A related record this one refers to does not exist'), 400);
    }

    if (error instanceof HTTPException && error.status < 500) {
      return c.json(errorBody('http_error', error.message || 'Request rejected'), error.status);
    }

    const requestId = c.get('requestId') as string | undefined;
    logger.error('unhandled error', {
      requestId,
      error: error instanceof Error ? error.stack : String(error),
    });
    return c.json(errorBody('internal_error', 'Internal Server Error', { requestId }), 500);
  };
}

export function notFoundHandler(): NotFoundHandler {
  return (c) => c.json(errorBody('not_found', `No route for ${c.req.method} ${c.req.path}`), 404);
}

export function payloadTooLarge(c: Context): Response {
  return c.json(errorBody('payload_too_large', 'Request body is too large'), 413);
}
