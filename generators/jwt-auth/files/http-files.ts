import { printSourceFile } from '../../../src/ast/project.js';
import { doc } from './doc.js';
import { func, importsOf, interfaceOf, param, property, typeAlias } from '../../../src/ast/structures.js';

/** mailer.ts: how the feature sends mail; created in src/main.ts as the app's `mailer` dependency. */
export function mailerFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({ '../../config.js': { types: ['Config'] }, '../../lib/logger.js': { types: ['Logger'] } }),
      interfaceOf('MailMessage', [property('to', 'string'), property('subject', 'string'), property('text', 'string')]),
      interfaceOf('Mailer', [property('send', '(message: MailMessage) => Promise<void>'), property('close', '() => Promise<void>')], {
        docs: ['Replace createMailer (or what it returns) with one that delivers mail for real: SMTP, an email API, …'],
      }),
      func('consoleMailer', [], 'Mailer', [
        'return {',
        '  send: async (message) => {',
        '    process.stderr.write(`\\n--- mail to ${message.to}: ${message.subject}\\n${message.text}\\n---\\n`);',
        '  },',
        '  close: async () => {},',
        '};',
      ], { exported: true, docs: ['Development only: prints each message, reset token included, to the terminal instead of sending it.'] }),
      func('createMailer', [param('config', 'Config'), param('logger', 'Logger')], 'Mailer', [
        "if (config.NODE_ENV === 'development') return consoleMailer();",
        'return {',
        '  send: async (message) => {',
        "    logger.error('mail not sent: no mailer configured (see src/features/auth/mailer.ts)', { subject: message.subject });",
        '  },',
        '  close: async () => {},',
        '};',
      ], {
        exported: true,
        docs: doc(
          'The mailer the app starts with: the console in development. Anywhere else nothing is sent and an error is',
          'logged without the message body, because printing a reset token would put it in the logs.',
        ),
      }),
    ],
  });
}

/** rate-limiter.ts: fixed-window attempt counters, in memory. */
export function rateLimiterFile(): string {
  return printSourceFile({
    statements: [
      interfaceOf('RateLimiter', [
        property('hit', '(key: string) => number | undefined', { docs: ['Counts an attempt; returns the seconds to wait when over the limit.'] }),
      ]),
      func('createRateLimiter', [param('limit', 'number'), param('windowSeconds', 'number'), param('now', '() => number', '() => Date.now()')], 'RateLimiter', [
        'const windows = new Map<string, { count: number; resetsAt: number }>();',
        'return {',
        '  hit(key) {',
        '    const time = now();',
        '    let window = windows.get(key);',
        '    if (!window || window.resetsAt <= time) {',
        '      // Forget expired windows now and then, so an attacker cycling keys cannot grow the map without bound.',
        '      if (windows.size > 10_000) for (const [stale, { resetsAt }] of windows) if (resetsAt <= time) windows.delete(stale);',
        '      window = { count: 0, resetsAt: time + windowSeconds * 1000 };',
        '      windows.set(key, window);',
        '    }',
        '    window.count += 1;',
        '    return window.count > limit ? Math.ceil((window.resetsAt - time) / 1000) : undefined;',
        '  },',
        '};',
      ], {
        exported: true,
        docs: doc(
          'Counts attempts per key in fixed windows. Kept in this process\'s memory: with several instances behind a load',
          'balancer each counts on its own; move the counters to a shared store (Redis) if that matters.',
        ),
      }),
    ],
  });
}

/** client-address.ts: who is calling, for per-address rate limits. */
export function clientAddressFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({ '@hono/node-server/conninfo': { names: ['getConnInfo'] }, hono: { types: ['Context'] } }),
      func('clientAddress', [param('c', 'Context'), param('trustedProxies', 'readonly string[]')], 'string', [
        'const peer = socketAddress(c);',
        "if (peer === undefined || !trustedProxies.includes(peer)) return peer ?? 'unknown';",
        '// Each proxy appends the address it saw: read from the right, skipping our own proxies, and stop at the first',
        '// address we did not put there. Anything left of it was written by the client and proves nothing.',
        "const hops = (c.req.header('x-forwarded-for') ?? '').split(',').map((hop) => hop.trim()).filter(Boolean);",
        'return hops.reverse().find((hop) => !trustedProxies.includes(hop)) ?? peer;',
      ], {
        exported: true,
        docs: doc(
          'The address of the socket\'s peer. X-Forwarded-For is believed only when that peer is a proxy listed in',
          'TRUSTED_PROXIES: otherwise any client could claim any address and dodge per-address limits.',
        ),
      }),
      func('socketAddress', [param('c', 'Context')], 'string | undefined', [
        'try {',
        '  return getConnInfo(c).remote.address;',
        '} catch {',
        '  // No Node socket (app.request() in tests): every such request shares one "unknown" address.',
        '  return undefined;',
        '}',
      ]),
    ],
  });
}

/** require-auth.ts: the middleware that turns a bearer token into the current user. */
export function requireAuthFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({
        hono: { types: ['Context', 'MiddlewareHandler'] },
        '../../app.js': { types: ['AppDependencies'] },
        '../../lib/errors.js': { names: ['HttpError'] },
        './access-tokens.js': { names: ['signingKey', 'verifyAccessToken'] },
        './users.js': { names: ['createUserRepository', 'toUser'], types: ['User'] },
      }),
      typeAlias('AuthEnv', '{ Variables: { user: User } }', { docs: ['The hono Env of routes behind requireAuth: `currentUser(c)` reads it.'] }),
      typeAlias('RequireAuth', 'MiddlewareHandler<AuthEnv>'),
      func('unauthorized', [], 'HttpError', ["return new HttpError(401, 'unauthorized', 'A valid access token is required');"], {
        exported: true,
        docs: ['The one answer to every authentication failure: which check failed is not the caller\'s business.'],
      }),
      func('createRequireAuth', [param('deps', 'AppDependencies')], 'RequireAuth', [
        'const key = signingKey(deps.config.JWT_SECRET);',
        'const users = createUserRepository(deps.db);',
        'return async (c, next) => {',
        '  // Only the Authorization header: never a query parameter (URLs end up in logs and Referer headers) or a cookie.',
        "  const token = /^Bearer ([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)$/.exec(c.req.header('authorization') ?? '')?.[1];",
        '  const claims = token === undefined ? undefined : verifyAccessToken(token, key);',
        '  const account = claims && (await users.findById(claims.sub));',
        '  // A disabled account, or a token from before a password or role change (an older version), no longer counts.',
        '  if (!claims || !account || account.disabled || account.tokenVersion !== claims.ver) {',
        "    c.header('WWW-Authenticate', 'Bearer');",
        '    throw unauthorized();',
        '  }',
        "  c.set('user', toUser(account));",
        '  await next();',
        '};',
      ], { exported: true, docs: ['401 unless the request carries `Authorization: Bearer <access token>` of an enabled user.'] }),
      func('currentUser', [param('c', 'Context<AuthEnv>')], 'User', [
        "const user = c.get('user') as User | undefined;",
        "if (!user) throw new Error('currentUser(c) is only available behind requireAuth');",
        'return user;',
      ], { exported: true, docs: ['The signed-in user of a request that passed requireAuth.'] }),
    ],
  });
}

/** permissions.ts: roles, checked. */
export function permissionsFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({
        hono: { types: ['MiddlewareHandler'] },
        '../../lib/errors.js': { names: ['HttpError'] },
        './auth-settings.js': { types: ['Role'] },
        './require-auth.js': { names: ['currentUser'], types: ['AuthEnv'] },
        './users.js': { types: ['User'] },
      }),
      func('hasRole', [param('user', 'User'), param('...roles', 'Role[]')], 'boolean', ['return roles.includes(user.role);'], {
        exported: true,
        docs: ['Whether the user has one of the roles. A role is exact: "admin" does not imply any other role.'],
      }),
      func('requireRole', [param('...roles', 'Role[]')], 'MiddlewareHandler<AuthEnv>', [
        'return async (c, next) => {',
        "  if (!hasRole(currentUser(c), ...roles)) throw new HttpError(403, 'forbidden', 'You do not have permission to do this');",
        '  await next();',
        '};',
      ], { exported: true, docs: ['After requireAuth: 403 unless the current user has one of the roles.'] }),
    ],
  });
}
