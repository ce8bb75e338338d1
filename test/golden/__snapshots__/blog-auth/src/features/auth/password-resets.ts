import { randomUUID } from 'node:crypto';
import type { QueryCreator } from 'kysely';
import type { Database } from '../../db/tables.js';
import { authSettings } from './auth-settings.js';
import { digestToken, newOpaqueToken } from './opaque-tokens.js';
import { toStoredTime } from './stored-time.js';

/** Data access for the `password_reset_tokens` table. */
export function createPasswordResetStore(db: QueryCreator<Database>) {
  return {
    /** A new reset token (256 bits); only its digest is stored, and it expires after resetTokenMinutes. */
    async issue(userId: string, now = new Date()): Promise<string> {
      const token = newOpaqueToken();
      const expiresAt = new Date(now.getTime() + authSettings.resetTokenMinutes * 60 * 1000);
      await db
        .insertInto('password_reset_tokens')
        .values({
          id: randomUUID(),
          user_id: userId,
          token_hash: digestToken(token),
          expires_at: toStoredTime(expiresAt),
          used_at: null,
          created_at: toStoredTime(now),
        })
        .execute();
      return token;
    },
    /** Spends a token once (a conditional UPDATE, like refresh rotation) and returns its user; undefined if it cannot be spent. */
    async consume(token: string, now = new Date()): Promise<string | undefined> {
      const tokenHash = digestToken(token);
      const { numUpdatedRows } = await db
        .updateTable('password_reset_tokens')
        .set({ used_at: toStoredTime(now) })
        .where('token_hash', '=', tokenHash)
        .where('used_at', 'is', null)
        .where('expires_at', '>', toStoredTime(now))
        .executeTakeFirst();
      if (numUpdatedRows !== 1n) return undefined;
      const row = await db
        .selectFrom('password_reset_tokens')
        .select('user_id')
        .where('token_hash', '=', tokenHash)
        .executeTakeFirstOrThrow();
      return row.user_id;
    },
  };
}
