import { printSourceFile } from '../../../src/ast/project.js';
import { func, importsOf, param } from '../../../src/ast/structures.js';

/** src/lib/request-logger.ts: logs each request as JSON with its request id, status and duration. */
export function requestLoggerFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({
        hono: { types: ['MiddlewareHandler'] },
        'hono/request-id': { types: ['RequestIdVariables'] },
        './logger.js': { types: ['Logger'] },
      }),
      func('requestLogger', [param('logger', 'Logger')], 'MiddlewareHandler<{ Variables: RequestIdVariables }>', [
        "if (!logger.enabled('info')) return async (_c, next) => next();",
        'return async (c, next) => {',
        '  const started = performance.now();',
        '  await next();',
        "  logger.info('request', {",
        "    requestId: c.get('requestId'),",
        '    method: c.req.method,',
        '    path: c.req.path,',
        '    status: c.res.status,',
        '    durationMs: Math.round((performance.now() - started) * 10) / 10,',
        '  });',
        '};',
      ], { exported: true }),
    ],
  });
}
