import { randomUUID } from 'node:crypto';
import type { Kysely, QueryCreator } from 'kysely';
import type { Database } from '../../db/tables.js';
import { authSettings } from './auth-settings.js';
import { digestToken, newOpaqueToken } from './opaque-tokens.js';
import { fromStoredTime, toStoredTime } from './stored-time.js';

/** Refresh tokens are opaque, stored only as SHA-256 digests, and rotated on every use. */
export function createRefreshTokenStore(db: Kysely<Database>) {
  const insert = async (
    database: QueryCreator<Database>,
    token: { userId: string; familyId: string; expiresAt: Date },
    now: Date,
  ) => {
    const secret = newOpaqueToken();
    await database
      .insertInto('refresh_tokens')
      .values({
        id: randomUUID(),
        user_id: token.userId,
        family_id: token.familyId,
        token_hash: digestToken(secret),
        expires_at: toStoredTime(token.expiresAt),
        used_at: null,
        revoked_at: null,
        created_at: toStoredTime(now),
      })
      .execute();
    return secret;
  };
  const revokeFamily = async (database: QueryCreator<Database>, familyId: string, now: Date) => {
    await database
      .updateTable('refresh_tokens')
      .set({ revoked_at: toStoredTime(now) })
      .where('family_id', '=', familyId)
      .where('revoked_at', 'is', null)
      .execute();
  };
  return {
    /** Starts a family for a new sign-in; its absolute lifetime starts now and rotation never extends it. */
    async issue(userId: string, now = new Date()): Promise<string> {
      const expiresAt = new Date(now.getTime() + authSettings.refreshTokenDays * 24 * 60 * 60 * 1000);
      return insert(db, { userId, familyId: randomUUID(), expiresAt }, now);
    },
    /** The user a token was issued to, valid or not (for per-account rate limits). */
    async userOf(token: string): Promise<string | undefined> {
      const row = await db
        .selectFrom('refresh_tokens')
        .select('user_id')
        .where('token_hash', '=', digestToken(token))
        .executeTakeFirst();
      return row?.user_id;
    },
    /**
     * Spends a token and issues its successor in the same family. The conditional UPDATE is the gate: it marks the
     * token used only if nobody has, so of two simultaneous refreshes exactly one gets a row back. A token that
     * cannot be spent (already used, revoked or expired) is treated as stolen: its whole family is revoked.
     */
    async rotate(token: string, now = new Date()): Promise<{ userId: string; token: string } | undefined> {
      const tokenHash = digestToken(token);
      return db.transaction().execute(async (trx) => {
        const spent = await trx
          .updateTable('refresh_tokens')
          .set({ used_at: toStoredTime(now) })
          .where('token_hash', '=', tokenHash)
          .where('used_at', 'is', null)
          .where('revoked_at', 'is', null)
          .where('expires_at', '>', toStoredTime(now))
          .executeTakeFirst();
        const row = await trx
          .selectFrom('refresh_tokens')
          .selectAll()
          .where('token_hash', '=', tokenHash)
          .executeTakeFirst();
        if (!row) return undefined;
        if (spent.numUpdatedRows !== 1n) {
          await revokeFamily(trx, row.family_id, now);
          return undefined;
        }
        const next = await insert(
          trx,
          { userId: row.user_id, familyId: row.family_id, expiresAt: fromStoredTime(row.expires_at) },
          now,
        );
        return { userId: row.user_id, token: next };
      });
    },
    /** Ends the sign-in a token belongs to (logout). Unknown tokens are ignored. */
    async revokeFamilyOf(token: string, now = new Date()): Promise<void> {
      const row = await db
        .selectFrom('refresh_tokens')
        .select('family_id')
        .where('token_hash', '=', digestToken(token))
        .executeTakeFirst();
      if (row) await revokeFamily(db, row.family_id, now);
    },
  };
}
