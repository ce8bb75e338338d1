import type { Context, MiddlewareHandler } from 'hono';
import type { AppDependencies } from '../../app.js';
import { HttpError } from '../../lib/errors.js';
import { signingKey, verifyAccessToken } from './access-tokens.js';
import { createUserRepository, toUser, type User } from './users.js';

/** The hono Env of routes behind requireAuth: `currentUser(c)` reads it. */
export type AuthEnv = { Variables: { user: User } };

export type RequireAuth = MiddlewareHandler<AuthEnv>;

/** The one answer to every authentication failure: which check failed is not the caller's business. */
export function unauthorized(): HttpError {
  return new HttpError(401, 'unauthorized', 'A valid access token is required');
}

/** 401 unless the request carries `Authorization: Bearer <access token>` of an enabled user. */
export function createRequireAuth(deps: AppDependencies): RequireAuth {
  const key = signingKey(deps.config.JWT_SECRET);
  const users = createUserRepository(deps.db);
  return async (c, next) => {
    // Only the Authorization header: never a query parameter (URLs end up in logs and Referer headers) or a cookie.
    const token = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/.exec(
      c.req.header('authorization') ?? '',
    )?.[1];
    const claims = token === undefined ? undefined : verifyAccessToken(token, key);
    const account = claims && (await users.findById(claims.sub));
    // A disabled account, or a token from before a password or role change (an older version), no longer counts.
    if (!claims || !account || account.disabled || account.tokenVersion !== claims.ver) {
      c.header('WWW-Authenticate', 'Bearer');
      throw unauthorized();
    }

    c.set('user', toUser(account));
    await next();
  };
}

/** The signed-in user of a request that passed requireAuth. */
export function currentUser(c: Context<AuthEnv>): User {
  const user = c.get('user') as User | undefined;
  if (!user) throw new Error('currentUser(c) is only available behind requireAuth');
  return user;
}
