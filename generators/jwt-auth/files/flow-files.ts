import { printSourceFile } from '../../../src/ast/project.js';
import { constant, func, importsOf, interfaceOf, param, property, typeAlias } from '../../../src/ast/structures.js';

/** sessions.ts: sign-in sessions as token pairs: start, refresh, end. */
export function sessionsFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({
        '../../app.js': { types: ['AppDependencies'] },
        './access-tokens.js': { names: ['issueAccessToken', 'signingKey'] },
        './refresh-tokens.js': { names: ['createRefreshTokenStore'] },
        './users.js': { names: ['createUserRepository'], types: ['Account'] },
      }),
      interfaceOf('TokenPair', [
        property('accessToken', 'string'),
        property('refreshToken', 'string'),
        property('expiresIn', 'number', { docs: ['Seconds until the access token expires.'] }),
      ]),
      func('createSessions', [param('deps', 'AppDependencies')], undefined, [
        'const key = signingKey(deps.config.JWT_SECRET);',
        'const users = createUserRepository(deps.db);',
        'const refreshTokens = createRefreshTokenStore(deps.db);',
        `const pair = (account: Account, refreshToken: string): TokenPair => {
          const { token, expiresIn } = issueAccessToken(account, key);
          return { accessToken: token, refreshToken, expiresIn };
        };`,
        `return {
          /** A new sign-in: a new refresh-token family and an access token. */
          async start(account: Account): Promise<TokenPair> {
            return pair(account, await refreshTokens.issue(account.id));
          },
          /** Rotates the refresh token; undefined when it cannot be used (and then its family is revoked). */
          async refresh(refreshToken: string): Promise<TokenPair | undefined> {
            const rotated = await refreshTokens.rotate(refreshToken);
            const account = rotated && (await users.findById(rotated.userId));
            if (!rotated || !account || account.disabled) return undefined;
            return pair(account, rotated.token);
          },
          /** Logout: the refresh token's family is revoked; its access tokens expire within minutes. */
          async end(refreshToken: string): Promise<void> {
            await refreshTokens.revokeFamilyOf(refreshToken);
          },
          userOf: (refreshToken: string) => refreshTokens.userOf(refreshToken),
        };`,
      ], { exported: true }),
    ],
  });
}

/** accounts.ts: registering, checking credentials, and every change that must end a user's sessions. */
export function accountsFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({
        '../../app.js': { types: ['AppDependencies'] },
        './auth-settings.js': { names: ['authSettings'], types: ['Role'] },
        './mailer.js': { types: ['Mailer'] },
        './password-hashing.js': { names: ['createPasswordHasher'] },
        './password-resets.js': { names: ['createPasswordResetStore'] },
        './token-revocation.js': { names: ['revokeAllTokens'] },
        './stored-time.js': { names: ['toStoredTime'] },
        './users.js': { names: ['createUserRepository', 'toUser'], types: ['Account', 'User'] },
      }),
      func('createAccounts', [param('deps', 'AppDependencies'), param('mailer', 'Mailer')], undefined, [
        'const { db } = deps;',
        'const users = createUserRepository(db);',
        'const hasher = createPasswordHasher(deps.config.PASSWORD_SCRYPT_LOG_N);',
        `return {
          /** A new user with the default role. A taken email is a unique violation: 409. */
          async register(email: string, password: string): Promise<User> {
            const account = await users.create({ email, passwordHash: await hasher.hash(password), role: authSettings.defaultRole });
            return toUser(account);
          },
          /**
           * The account these credentials belong to, or undefined. An unknown email costs the same scrypt work as a wrong
           * password, and both give the caller the same undefined. A hash made at a lower cost is upgraded here, the
           * only moment the password is known.
           */
          async authenticate(email: string, password: string): Promise<Account | undefined> {
            const account = await users.findByEmail(email);
            if (!account) {
              await hasher.verifyDummy(password);
              return undefined;
            }
            if (!(await hasher.verify(password, account.passwordHash)) || account.disabled) return undefined;
            if (hasher.needsRehash(account.passwordHash)) await users.replaceHash(account.id, await hasher.hash(password));
            return account;
          },
          /** Changes the password if the current one is right; every session of the user ends. */
          async changePassword(userId: string, currentPassword: string, newPassword: string): Promise<Account | undefined> {
            const account = await users.findById(userId);
            if (!account || !(await hasher.verify(currentPassword, account.passwordHash))) return undefined;
            const passwordHash = await hasher.hash(newPassword);
            await db.transaction().execute(async (trx) => {
              await trx.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
              await revokeAllTokens(trx, userId);
            });
            return users.findById(userId);
          },
          /** Mails a reset token to an enabled account; does nothing, visibly the same, for any other email. */
          async requestPasswordReset(email: string): Promise<void> {
            const account = await users.findByEmail(email);
            if (!account || account.disabled) return;
            const token = await createPasswordResetStore(db).issue(account.id);
            await mailer.send({
              to: account.email,
              subject: 'Reset your password',
              text: \`Someone asked to reset your password. If it was you, send this token with a new password to POST /auth/password/reset within \${authSettings.resetTokenMinutes} minutes:\\n\\n\${token}\\n\\nIf it was not you, ignore this message.\`,
            });
          },
          /** Sets a new password with a reset token (once); every session of the user ends. */
          async resetPassword(token: string, newPassword: string): Promise<boolean> {
            const passwordHash = await hasher.hash(newPassword);
            return db.transaction().execute(async (trx) => {
              const userId = await createPasswordResetStore(trx).consume(token);
              if (!userId) return false;
              await trx.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
              await revokeAllTokens(trx, userId);
              return true;
            });
          },
          /** An administrator's change of role or enabled state; either ends every session of the user. */
          async update(userId: string, changes: { role?: Role | undefined; disabled?: boolean | undefined }): Promise<User | undefined> {
            const found = await db.transaction().execute(async (trx) => {
              const { numUpdatedRows } = await trx
                .updateTable('users')
                .set({
                  ...(changes.role === undefined ? {} : { role: changes.role }),
                  ...(changes.disabled === undefined ? {} : { disabled_at: changes.disabled ? toStoredTime(new Date()) : null }),
                })
                .where('id', '=', userId)
                .executeTakeFirst();
              if (numUpdatedRows === 0n) return false;
              await revokeAllTokens(trx, userId);
              return true;
            });
            const account = found ? await users.findById(userId) : undefined;
            return account && toUser(account);
          },
        };`,
      ], { exported: true }),
      typeAlias('Accounts', 'ReturnType<typeof createAccounts>'),
    ],
  });
}

/** auth-schemas.ts: the request bodies of /auth. */
export function schemasFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({ zod: { names: ['z'] }, './auth-settings.js': { names: ['authSettings'] }, './password-policy.js': { names: ['newPasswordSchema'] } }),
      constant('emailSchema', 'z.string().trim().toLowerCase().pipe(z.email().max(254))'),
      constant('givenPassword', 'z.string().min(1).max(1024)', {
        docs: ['A password to check rather than to set: no policy (it may predate it), but bounded so hashing it stays cheap.'],
      }),
      constant('opaqueToken', 'z.string().min(1).max(256)'),
      constant('registerSchema', 'z.strictObject({ email: emailSchema, password: newPasswordSchema })', { exported: true }),
      constant('loginSchema', 'z.strictObject({ email: z.string().max(254), password: givenPassword })', { exported: true }),
      constant('refreshSchema', 'z.strictObject({ refreshToken: opaqueToken })', { exported: true }),
      constant('changePasswordSchema', 'z.strictObject({ currentPassword: givenPassword, newPassword: newPasswordSchema })', { exported: true }),
      constant('forgotPasswordSchema', 'z.strictObject({ email: z.string().max(254) })', { exported: true }),
      constant('resetPasswordSchema', 'z.strictObject({ token: opaqueToken, password: newPasswordSchema })', { exported: true }),
      constant('userChangesSchema', 'z.strictObject({ role: z.enum(authSettings.roles).optional(), disabled: z.boolean().optional() })', { exported: true }),
    ],
  });
}

/** auth-rate-limits.ts: which attempts are counted, per account and per client address. */
export function rateLimitsFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({ './auth-settings.js': { names: ['authSettings'] }, './rate-limiter.js': { names: ['createRateLimiter'] } }),
      typeAlias('LimitedAction', "'login' | 'refresh' | 'forgot-password' | 'register'"),
      func('createAuthRateLimits', [], undefined, [
        'const { perAccount, perAddress, windowSeconds } = authSettings.rateLimit;',
        'const byAccount = createRateLimiter(perAccount, windowSeconds);',
        'const byAddress = createRateLimiter(perAddress, windowSeconds);',
        `return {
          /** Counts an attempt against both limits; the seconds to wait (for Retry-After) when either is exceeded. */
          hit(action: LimitedAction, address: string, account?: string): number | undefined {
            const addressWait = byAddress.hit(\`\${action}:\${address}\`);
            const accountWait = account === undefined ? undefined : byAccount.hit(\`\${action}:\${account}\`);
            return addressWait === undefined && accountWait === undefined ? undefined : Math.max(addressWait ?? 0, accountWait ?? 0);
          },
        };`,
      ], { exported: true, docs: ['The limits of one app instance: login, refresh and forgot-password per account and address; register per address.'] }),
    ],
  });
}
