import { printSourceFile } from '../../../src/ast/project.js';
import { constant, func, importsOf, param } from '../../../src/ast/structures.js';

/*
 * Both middlewares set their headers before the handler runs, so the headers go out with the response the handler
 * creates. Setting them on the finished response afterwards (as hono's secureHeaders and cors do) makes
 * @hono/node-server build a full web Response per request, which cost the generated app two thirds of its
 * throughput on this machine (see the runtime benchmark).
 */

/** src/lib/security-headers.ts: the defaults of helmet and hono's secureHeaders, as one middleware. */
export function securityHeadersFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({ hono: { types: ['MiddlewareHandler'] } }),
      constant(
        'headers',
        `[
          ['Cross-Origin-Opener-Policy', 'same-origin'],
          ['Cross-Origin-Resource-Policy', 'same-origin'],
          ['Origin-Agent-Cluster', '?1'],
          ['Referrer-Policy', 'no-referrer'],
          ['Strict-Transport-Security', 'max-age=15552000; includeSubDomains'],
          ['X-Content-Type-Options', 'nosniff'],
          ['X-DNS-Prefetch-Control', 'off'],
          ['X-Download-Options', 'noopen'],
          ['X-Frame-Options', 'SAMEORIGIN'],
          ['X-Permitted-Cross-Domain-Policies', 'none'],
          ['X-XSS-Protection', '0'],
        ]`,
        { type: 'readonly (readonly [string, string])[]' },
      ),
      func('securityHeaders', [], 'MiddlewareHandler', [
        'return async (c, next) => {',
        '  for (const [name, value] of headers) c.header(name, value);',
        '  await next();',
        '};',
      ], { exported: true, docs: ['Sets the security headers on every response, before the handler creates it.'] }),
    ],
  });
}

/** src/lib/cors.ts: CORS for the configured origins only; with none configured, cross-origin browser calls fail. */
export function corsFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({ hono: { types: ['MiddlewareHandler'] } }),
      func('cors', [param('allowedOrigins', 'readonly string[]')], 'MiddlewareHandler', [
        'const allowed = new Set(allowedOrigins);',
        '// Deny by default: no CORS header at all means browsers refuse every cross-origin call.',
        'if (allowed.size === 0) return async (_c, next) => next();',
        'return async (c, next) => {',
        "  c.header('Vary', 'Origin');",
        "  const origin = c.req.header('origin');",
        '  if (origin === undefined || !allowed.has(origin)) return next();',
        "  c.header('Access-Control-Allow-Origin', origin);",
        "  if (c.req.method !== 'OPTIONS') return next();",
        '  // A preflight: answer it here, for any path.',
        "  c.header('Access-Control-Allow-Methods', 'GET, POST, PUT, PATCH, DELETE');",
        "  c.header('Access-Control-Allow-Headers', c.req.header('access-control-request-headers') ?? 'authorization, content-type');",
        "  c.header('Access-Control-Max-Age', '600');",
        '  return c.body(null, 204);',
        '};',
      ], { exported: true, docs: ['Allows browser calls from exactly the listed origins (CORS_ORIGINS), preflights included.'] }),
    ],
  });
}
