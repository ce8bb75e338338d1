import { printSourceFile } from '../../../src/ast/project.js';
import { doc } from './doc.js';
import { func, importsOf, param } from '../../../src/ast/structures.js';

/** auth.routes.ts: the /auth endpoints. */
export function routesFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({
        hono: { names: ['Hono'], types: ['Context'] },
        '../../app.js': { types: ['AppDependencies'] },
        '../../lib/errors.js': { names: ['errorBody', 'HttpError'] },
        '../../lib/logger.js': { names: ['createLogger'] },
        '../../lib/validation.js': { names: ['parseWith', 'readJson'] },
        './accounts.js': { names: ['createAccounts'] },
        './auth-rate-limits.js': { names: ['createAuthRateLimits'], types: ['LimitedAction'] },
        './auth-schemas.js': {
          names: ['changePasswordSchema', 'forgotPasswordSchema', 'loginSchema', 'refreshSchema', 'registerSchema', 'resetPasswordSchema', 'userChangesSchema'],
        },
        './auth-settings.js': { names: ['authSettings'] },
        './client-address.js': { names: ['clientAddress'] },
        './permissions.js': { names: ['requireRole'] },
        './require-auth.js': { names: ['createRequireAuth', 'currentUser', 'unauthorized'], types: ['AuthEnv'] },
        './sessions.js': { names: ['createSessions'] },
        './users.js': { names: ['normalizeEmail'] },
      }),
      func('createAuthRoutes', [param('deps', 'AppDependencies')], undefined, [
        'const logger = createLogger(deps.config.LOG_LEVEL);',
        'const accounts = createAccounts(deps, deps.mailer);',
        'const sessions = createSessions(deps);',
        'const requireAuth = createRequireAuth(deps);',
        'const limits = createAuthRateLimits();',
        `/** Counts the attempt; a 429 with Retry-After once the account or the client address is over its limit. */
        const throttle = (c: Context, action: LimitedAction, account?: string) => {
          const retryAfter = limits.hit(action, clientAddress(c, deps.config.TRUSTED_PROXIES), account);
          if (retryAfter === undefined) return undefined;
          c.header('Retry-After', String(retryAfter));
          return c.json(errorBody('too_many_requests', 'Too many attempts: try again later'), 429);
        };`,
        `return new Hono<AuthEnv>()
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
            return c.json({ data: { message: 'If the address belongs to an account, a reset token is on its way.' } }, 202);
          })
          .post('/password/reset', async (c) => {
            const { token, password } = parseWith(resetPasswordSchema, await readJson(c));
            if (!(await accounts.resetPassword(token, password))) throw new HttpError(400, 'invalid_token', 'The reset token is invalid or has expired');
            return c.body(null, 204);
          })
          .patch('/users/:id', requireAuth, requireRole(authSettings.adminRole), async (c) => {
            const changes = parseWith(userChangesSchema, await readJson(c));
            const user = await accounts.update(c.req.param('id'), changes);
            if (!user) throw new HttpError(404, 'not_found', 'User not found');
            return c.json({ data: user });
          });`,
      ], {
        exported: true,
        docs: doc(
          'Mounted at /auth: register, login, refresh, logout, me, password change, forgot/reset password, and',
          'PATCH /auth/users/:id for administrators (role, disabled).',
        ),
      }),
    ],
  });
}

/** create-user.ts: `npm run user:create -- --email … --role admin`, the password read from stdin. */
export function createUserScriptFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({
        'node:util': { names: ['parseArgs'] },
        '../../config.js': { names: ['loadConfig', 'loadEnvFile'] },
        '../../db/database.js': { names: ['createDatabase'] },
        './auth-settings.js': { names: ['authSettings'] },
        './password-hashing.js': { names: ['createPasswordHasher'] },
        './password-policy.js': { names: ['passwordProblem'] },
        './users.js': { names: ['createUserRepository', 'isRole'] },
      }),
      func('readStdin', [], 'Promise<string>', [
        "if (process.stdin.isTTY) process.stderr.write('Password (then Enter and Ctrl-D): ');",
        'let text = \'\';',
        "for await (const chunk of process.stdin) text += String(chunk);",
        "return text.replace(/\\r?\\n$/, '');",
      ], { async: true, docs: ['The password comes from stdin, never from an argument: arguments show up in `ps` and shell history.'] }),
      func('main', [], 'Promise<string>', [
        "const { values } = parseArgs({ options: { email: { type: 'string' }, role: { type: 'string', default: authSettings.defaultRole } } });",
        "if (!values.email) throw new Error('usage: npm run user:create -- --email <address> [--role <role>] < password-file');",
        'const role = values.role;',
        "if (!isRole(role)) throw new Error(`unknown role \"${role}\": one of ${authSettings.roles.join(', ')}`);",
        'const password = await readStdin();',
        'const problem = passwordProblem(password);',
        'if (problem) throw new Error(`the password ${problem}`);',
        'loadEnvFile();',
        'const config = loadConfig();',
        'const db = createDatabase(config.DATABASE_URL);',
        'try {',
        '  const users = createUserRepository(db);',
        '  if (await users.findByEmail(values.email)) throw new Error(`a user with the email ${values.email} already exists`);',
        '  const passwordHash = await createPasswordHasher(config.PASSWORD_SCRYPT_LOG_N).hash(password);',
        '  const user = await users.create({ email: values.email, passwordHash, role });',
        '  return `Created ${user.role} ${user.email} (${user.id})`;',
        '} finally {',
        '  await db.destroy();',
        '}',
      ], { async: true }),
      `try {
        console.log(await main());
      } catch (error) {
        console.error(error instanceof Error ? error.message : error);
        process.exitCode = 1;
      }`,
    ],
  });
}
