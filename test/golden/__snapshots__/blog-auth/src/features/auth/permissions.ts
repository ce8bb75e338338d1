import type { MiddlewareHandler } from 'hono';
import { HttpError } from '../../lib/errors.js';
import type { Role } from './auth-settings.js';
import { type AuthEnv, currentUser } from './require-auth.js';
import type { User } from './users.js';

/** Whether the user has one of the roles. A role is exact: "admin" does not imply any other role. */
export function hasRole(user: User, ...roles: Role[]): boolean {
  return roles.includes(user.role);
}

/** After requireAuth: 403 unless the current user has one of the roles. */
export function requireRole(...roles: Role[]): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    if (!hasRole(currentUser(c), ...roles))
      throw new HttpError(403, 'forbidden', 'You do not have permission to do this');
    await next();
  };
}
