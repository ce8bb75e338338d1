import type { QueryCreator } from 'kysely';
import type { Database } from '../../db/tables.js';
import { toStoredTime } from './stored-time.js';

/**
 * Ends every session of a user: access tokens (they carry the old token_version, which requireAuth compares),
 * refresh tokens and unused password-reset tokens. Call it in the transaction that changes what those tokens
 * vouched for: the password, the role, or whether the account is enabled. (QueryCreator rather than Kysely: a
 * transaction fits it, and comparing Transaction with Kysely costs the type checker seconds.)
 */
export async function revokeAllTokens(
  db: QueryCreator<Database>,
  userId: string,
  now: Date = new Date(),
): Promise<void> {
  await db
    .updateTable('users')
    .set((eb) => ({ token_version: eb('token_version', '+', 1), updated_at: toStoredTime(now) }))
    .where('id', '=', userId)
    .execute();
  await db
    .updateTable('refresh_tokens')
    .set({ revoked_at: toStoredTime(now) })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .execute();
  await db.deleteFrom('password_reset_tokens').where('user_id', '=', userId).execute();
}
