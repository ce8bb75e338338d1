import type { AppDependencies } from '../../app.js';
import { authSettings, type Role } from './auth-settings.js';
import type { Mailer } from './mailer.js';
import { createPasswordHasher } from './password-hashing.js';
import { createPasswordResetStore } from './password-resets.js';
import { toStoredTime } from './stored-time.js';
import { revokeAllTokens } from './token-revocation.js';
import { type Account, createUserRepository, toUser, type User } from './users.js';

export function createAccounts(deps: AppDependencies, mailer: Mailer) {
  const { db } = deps;
  const users = createUserRepository(db);
  const hasher = createPasswordHasher(deps.config.PASSWORD_SCRYPT_LOG_N);
  return {
    /** A new user with the default role. A taken email is a unique violation: 409. */
    async register(email: string, password: string): Promise<User> {
      const account = await users.create({
        email,
        passwordHash: await hasher.hash(password),
        role: authSettings.defaultRole,
      });
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
      if (hasher.needsRehash(account.passwordHash))
        await users.replaceHash(account.id, await hasher.hash(password));
      return account;
    },
    /** Changes the password if the current one is right; every session of the user ends. */
    async changePassword(
      userId: string,
      currentPassword: string,
      newPassword: string,
    ): Promise<Account | undefined> {
      const account = await users.findById(userId);
      if (!account || !(await hasher.verify(currentPassword, account.passwordHash))) return undefined;
      const passwordHash = await hasher.hash(newPassword);
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('users')
          .set({ password_hash: passwordHash })
          .where('id', '=', userId)
          .execute();
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
        text: `Someone asked to reset your password. If it was you, send this token with a new password to POST /auth/password/reset within ${authSettings.resetTokenMinutes} minutes:\n\n${token}\n\nIf it was not you, ignore this message.`,
      });
    },
    /** Sets a new password with a reset token (once); every session of the user ends. */
    async resetPassword(token: string, newPassword: string): Promise<boolean> {
      const passwordHash = await hasher.hash(newPassword);
      return db.transaction().execute(async (trx) => {
        const userId = await createPasswordResetStore(trx).consume(token);
        if (!userId) return false;
        await trx
          .updateTable('users')
          .set({ password_hash: passwordHash })
          .where('id', '=', userId)
          .execute();
        await revokeAllTokens(trx, userId);
        return true;
      });
    },
    /** An administrator's change of role or enabled state; either ends every session of the user. */
    async update(
      userId: string,
      changes: { role?: Role | undefined; disabled?: boolean | undefined },
    ): Promise<User | undefined> {
      const found = await db.transaction().execute(async (trx) => {
        const { numUpdatedRows } = await trx
          .updateTable('users')
          .set({
            ...(changes.role === undefined ? {} : { role: changes.role }),
            ...(changes.disabled === undefined
              ? {}
              : { disabled_at: changes.disabled ? toStoredTime(new Date()) : null }),
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
  };
}

export type Accounts = ReturnType<typeof createAccounts>;
