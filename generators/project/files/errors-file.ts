import { printSourceFile } from '../../../src/ast/project.js';
import { classOf, func, importsOf, interfaceOf, param, property } from '../../../src/ast/structures.js';

/**
 * src/lib/errors.ts: the JSON error body, HttpError for client mistakes, and the handlers that turn anything
 * else into a 500 that leaks nothing but the request id.
 */
export function errorsFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({
        hono: { types: ['Context', 'ErrorHandler', 'NotFoundHandler'] },
        'hono/http-exception': { names: ['HTTPException'] },
        'hono/utils/http-status': { types: ['ContentfulStatusCode'] },
        '../db/errors.js': { names: ['isForeignKeyViolation', 'isUniqueViolation'] },
        './logger.js': { types: ['Logger'] },
      }),
      interfaceOf('ErrorBody', [
        property('error', '{ code: string; message: string; details?: unknown; requestId?: string }'),
      ], { docs: ['The shape of every error response.'] }),
      classOf('HttpError', {
        extends: 'Error',
        docs: ['A client mistake with the status and code the response should carry.'],
        ctor: {
          parameters: [
            { name: 'status', type: 'ContentfulStatusCode', isReadonly: true },
            { name: 'code', type: 'string', isReadonly: true },
            { name: 'message', type: 'string' },
            { name: 'details', type: 'unknown', isReadonly: true, hasQuestionToken: true },
          ],
          statements: ['super(message);'],
        },
      }),
      func('errorBody', [param('code', 'string'), param('message', 'string'), param('extra', "Omit<ErrorBody['error'], 'code' | 'message'>", '{}')], 'ErrorBody', [
        'return { error: { code, message, ...extra } };',
      ], { exported: true }),
      func('errorHandler', [param('logger', 'Logger')], 'ErrorHandler', [
        'return (error, c) => {',
        '  if (error instanceof HttpError) {',
        '    return c.json(errorBody(error.code, error.message, { details: error.details }), error.status);',
        '  }',
        '  if (isUniqueViolation(error)) {',
        "    return c.json(errorBody('conflict', 'A record with the same unique value already exists'), 409);",
        '  }',
        '  if (isForeignKeyViolation(error)) {',
        '    // The database refused a broken reference: a delete of a row still referenced (onDelete "restrict"), or a',
        '    // write naming a related row that does not exist.',
        "    return c.req.method === 'DELETE'",
        "      ? c.json(errorBody('still_referenced', 'Other records still refer to this one: delete or reassign them first'), 409)",
        "      : c.json(errorBody('invalid_reference', 'A related record this one refers to does not exist'), 400);",
        '  }',
        '  if (error instanceof HTTPException && error.status < 500) {',
        "    return c.json(errorBody('http_error', error.message || 'Request rejected'), error.status);",
        '  }',
        "  const requestId = c.get('requestId') as string | undefined;",
        "  logger.error('unhandled error', { requestId, error: error instanceof Error ? error.stack : String(error) });",
        "  return c.json(errorBody('internal_error', 'Internal Server Error', { requestId }), 500);",
        '};',
      ], { exported: true, docs: ['Maps thrown errors to JSON responses; anything unexpected is logged and answered with a bare 500.'] }),
      func('notFoundHandler', [], 'NotFoundHandler', [
        "return (c) => c.json(errorBody('not_found', `No route for ${c.req.method} ${c.req.path}`), 404);",
      ], { exported: true }),
      func('payloadTooLarge', [param('c', 'Context')], 'Response', [
        "return c.json(errorBody('payload_too_large', 'Request body is too large'), 413);",
      ], { exported: true }),
    ],
  });
}
