import type { MiddlewareHandler } from 'hono';

/** Allows browser calls from exactly the listed origins (CORS_ORIGINS), preflights included. */
export function cors(allowedOrigins: readonly string[]): MiddlewareHandler {
  const allowed = new Set(allowedOrigins);
  // Deny by default: no CORS header at all means browsers refuse every cross-origin call.
  if (allowed.size === 0) return async (_c, next) => next();
  return async (c, next) => {
    c.header('Vary', 'Origin');
    const origin = c.req.header('origin');
    if (origin === undefined || !allowed.has(origin)) return next();
    c.header('Access-Control-Allow-Origin', origin);
    if (c.req.method !== 'OPTIONS') return next();
    // A preflight: answer it here, for any path.
    c.header('Access-Control-Allow-Methods', 'GET, POST, PUT, PATCH, DELETE');
    c.header(
      'Access-Control-Allow-Headers',
      c.req.header('access-control-request-headers') ?? 'authorization, content-type',
    );
    c.header('Access-Control-Max-Age', '600');
    return c.body(null, 204);
  };
}
