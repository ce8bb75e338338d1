import type { MiddlewareHandler } from 'hono';
import type { RequestIdVariables } from 'hono/request-id';
import type { Logger } from './logger.js';

export function requestLogger(logger: Logger): MiddlewareHandler<{ Variables: RequestIdVariables }> {
  if (!logger.enabled('info')) return async (_c, next) => next();
  return async (c, next) => {
    const started = performance.now();
    await next();
    logger.info('request', {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    });
  };
}
