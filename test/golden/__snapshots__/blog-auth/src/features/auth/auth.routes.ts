import { type Context, Hono } from 'hono';
import type { AppDependencies } from '../../app.js';
import { errorBody, HttpError } from '../../lib/errors.js';
import { createLogger } from '../../lib/logger.js';
import { parseWith, readJson } from '../../lib/validation.js';
import { createAccounts } from './accounts.js';
import { createAuthRateLimits, type LimitedAction } from './auth-rate-limits.js';
import {
  changePasswordSchema,
  forgotPasswordSchema,
  loginSchema,
  refreshSchema,
  registerSchema,
  resetPasswordSchema,
  userChangesSchema,
} from './auth-schemas.js';
import { authSettings } from './auth-settings.js';
import { clientAddress } from './client-address.js';
import { requireRole } from './permissions.js';
import { type AuthEnv, createRequireAuth, currentUser, unauthorized } from './require-auth.js';
import { createSessions } from './sessions.js';
import { normalizeEmail } from './users.js';

/**
 * Mounted at /auth: register, login, refresh, logout, me, password change, forgot/reset password, and
 * PATCH /auth/users/:id for administrators (role, disabled).
 */
export function createAuthRoutes(deps: AppDependencies) {
  const logger = createLogger(deps.config.LOG_LEVEL);
  const accounts = createAccounts(deps, deps.mailer);
  const sessions = createSessions(deps);
  const requireAuth = createRequireAuth(deps);
  const limits = createAuthRateLimits();
  /** Counts the attempt; a 429 with Retry-After once the account or the client address is over its limit. */
  const throttle = (c: Context, action: LimitedAction, account?: string) => {
    const retryAfter = limits.hit(action, clientAddress(c, deps.config.TRUSTED_PROXIES), account);
    if (retryAfter === undefined) return undefined;
    c.header('Retry-After', String(retryAfter));
    return c.json(errorBody('too_many_requests', 'Too many attempts: try again later'), 429);
  };
  return new Hono<AuthEnv>()
    .post('/register', async (c) => {
      const limited = throttle(c, 'register');
      if (limited) return limited;
      const { email, password } = parseWith(registerSchema, await readJson(c));
      return c.json({ data: await accounts.register(email, password) }, 201);
    })
    .post('/login', async (c) => {
      const { email, password } = parseWith(loginSchema, await readJson(c));
      const limited = throttle(c, 'login', normalizeEmail(email));
      if (limited) return limited;
      const account = await accounts.authenticate(email, password);
      // One answer for an unknown email, a wrong password and a disabled account.
      if (!account) throw new HttpError(401, 'invalid_credentials', 'Email or password is incorrect');
      return c.json(await sessions.start(account));
    })
    .post('/refresh', async (c) => {
      const { refreshToken } = parseWith(refreshSchema, await readJson(c));
      const limited = throttle(c, 'refresh', await sessions.userOf(refreshToken));
      if (limited) return limited;
      const tokens = await sessions.refresh(refreshToken);
      if (!tokens) throw unauthorized();
      return c.json(tokens);
    })
    .post('/logout', async (c) => {
      const { refreshToken } = parseWith(refreshSchema, await readJson(c));
      await sessions.end(refreshToken);
      return c.body(null, 204);
    })
    .get('/me', requireAuth, (c) => c.json({ data: currentUser(c) }))
    .post('/password', requireAuth, async (c) => {
      const { currentPassword, newPassword } = parseWith(changePasswordSchema, await readJson(c));
      const account = await accounts.changePassword(currentUser(c).id, currentPassword, newPassword);
      if (!account) throw new HttpError(401, 'invalid_credentials', 'Email or password is incorrect');
      // Every session just ended, this one included: hand the caller a fresh one.
      return c.json(await sessions.start(account));
    })
    .post('/password/forgot', async (c) => {
      const { email } = parseWith(forgotPasswordSchema, await readJson(c));
      const limited = throttle(c, 'forgot-password', normalizeEmail(email));
      if (limited) return limited;
      // Not awaited: whether an account exists must not show in the response or its timing.
      accounts.requestPasswordReset(email).catch((error: unknown) => {
        logger.error('password reset failed', { error: error instanceof Error ? error.name : 'unknown' });
      });
      return c.json(
        { data: { message: 'If the address belongs to an account, a reset token is on its way.' } },
        202,
      );
    })
    .post('/password/reset', async (c) => {
      const { token, password } = parseWith(resetPasswordSchema, await readJson(c));
      if (!(await accounts.resetPassword(token, password)))
        throw new HttpError(400, 'invalid_token', 'The reset token is invalid or has expired');
      return c.body(null, 204);
    })
    .patch('/users/:id', requireAuth, requireRole(authSettings.adminRole), async (c) => {
      const changes = parseWith(userChangesSchema, await readJson(c));
      const user = await accounts.update(c.req.param('id'), changes);
      if (!user) throw new HttpError(404, 'not_found', 'User not found');
      return c.json({ data: user });
    });
}
