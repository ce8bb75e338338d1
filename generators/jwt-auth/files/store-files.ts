import { printSourceFile } from '../../../src/ast/project.js';
import { doc } from './doc.js';
import { func, importsOf, interfaceOf, param, property, typeAlias } from '../../../src/ast/structures.js';

const database = { '../../db/tables.js': { types: ['Database'] } };

/** What a store of opaque tokens (refresh, password reset) imports. */
const tokenStoreImports = (kysely: string[], storedTime: string[]) => ({
  'node:crypto': { names: ['randomUUID'] },
  kysely: { types: kysely },
  ...database,
  './auth-settings.js': { names: ['authSettings'] },
  './opaque-tokens.js': { names: ['digestToken', 'newOpaqueToken'] },
  './stored-time.js': { names: storedTime },
});

/** users.ts: the users table, and the two shapes of a user (with and without what sign-in needs). */
export function usersFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({
        'node:crypto': { names: ['randomUUID'] },
        kysely: { types: ['Kysely', 'Selectable'] },
        ...database,
        './auth-settings.js': { names: ['authSettings'], types: ['Role'] },
        './auth-tables.js': { types: ['UsersTable'] },
        './stored-time.js': { names: ['fromStoredTime', 'toStoredTime'] },
      }),
      interfaceOf('User', [
        property('id', 'string'),
        property('email', 'string'),
        property('role', 'Role'),
        property('disabled', 'boolean'),
        property('createdAt', 'string'),
      ], { docs: ['A user as the rest of the app sees it: never the password hash.'] }),
      interfaceOf('Account', [property('passwordHash', 'string'), property('tokenVersion', 'number')], {
        extends: ['User'],
        docs: ['A user with what signing in needs; it does not leave the auth feature.'],
      }),
      func('normalizeEmail', [param('email', 'string')], 'string', ['return email.trim().toLowerCase();'], {
        exported: true,
        docs: ['One address, one account, however it is capitalised.'],
      }),
      func('isRole', [param('value', 'string')], 'value is Role', ['return (authSettings.roles as readonly string[]).includes(value);'], { exported: true }),
      func('toUser', [param('account', 'Account')], 'User', [
        'return { id: account.id, email: account.email, role: account.role, disabled: account.disabled, createdAt: account.createdAt };',
      ], { exported: true }),
      func('toAccount', [param('row', 'Selectable<UsersTable>')], 'Account', [
        'return {',
        '  id: row.id,',
        '  email: row.email,',
        '  // A role since removed from kiln.json grants nothing more than a new user has.',
        '  role: isRole(row.role) ? row.role : authSettings.defaultRole,',
        '  disabled: row.disabled_at !== null,',
        '  createdAt: fromStoredTime(row.created_at).toISOString(),',
        '  passwordHash: row.password_hash,',
        '  tokenVersion: row.token_version,',
        '};',
      ]),
      func('createUserRepository', [param('db', 'Kysely<Database>')], undefined, [
        `return {
          async findById(id: string): Promise<Account | undefined> {
            const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
            return row && toAccount(row);
          },
          async findByEmail(email: string): Promise<Account | undefined> {
            const row = await db.selectFrom('users').selectAll().where('email', '=', normalizeEmail(email)).executeTakeFirst();
            return row && toAccount(row);
          },
          async create(input: { email: string; passwordHash: string; role: Role }): Promise<Account> {
            const now = toStoredTime(new Date());
            const id = randomUUID();
            await db
              .insertInto('users')
              .values({ id, email: normalizeEmail(input.email), password_hash: input.passwordHash, role: input.role, disabled_at: null, created_at: now, updated_at: now })
              .execute();
            const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
            return toAccount(row);
          },
          /** Replaces the hash without ending sessions: for a rehash at a higher cost, the password itself unchanged. */
          async replaceHash(id: string, passwordHash: string): Promise<void> {
            await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', id).execute();
          },
        };`,
      ], { exported: true, docs: ['Data access for the `users` table.'] }),
      typeAlias('UserRepository', 'ReturnType<typeof createUserRepository>'),
    ],
  });
}

/** token-revocation.ts: ending every session of a user at once. */
export function revocationFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({ kysely: { types: ['QueryCreator'] }, ...database, './stored-time.js': { names: ['toStoredTime'] } }),
      func('revokeAllTokens', [param('db', 'QueryCreator<Database>'), param('userId', 'string'), param('now', 'Date', 'new Date()')], 'Promise<void>', [
        "await db.updateTable('users').set((eb) => ({ token_version: eb('token_version', '+', 1), updated_at: toStoredTime(now) })).where('id', '=', userId).execute();",
        "await db.updateTable('refresh_tokens').set({ revoked_at: toStoredTime(now) }).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();",
        "await db.deleteFrom('password_reset_tokens').where('user_id', '=', userId).execute();",
      ], {
        exported: true,
        async: true,
        docs: doc(
          'Ends every session of a user: access tokens (they carry the old token_version, which requireAuth compares),',
          'refresh tokens and unused password-reset tokens. Call it in the transaction that changes what those tokens',
          'vouched for: the password, the role, or whether the account is enabled. (QueryCreator rather than Kysely: a',
          'transaction fits it, and comparing Transaction with Kysely costs the type checker seconds.)',
        ),
      }),
    ],
  });
}

/** refresh-tokens.ts: issuing, rotating and revoking refresh tokens, grouped in families (one per sign-in). */
export function refreshTokensFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf(tokenStoreImports(['Kysely', 'QueryCreator'], ['fromStoredTime', 'toStoredTime'])),
      func('createRefreshTokenStore', [param('db', 'Kysely<Database>')], undefined, [
        `const insert = async (database: QueryCreator<Database>, token: { userId: string; familyId: string; expiresAt: Date }, now: Date) => {
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
          await database.updateTable('refresh_tokens').set({ revoked_at: toStoredTime(now) }).where('family_id', '=', familyId).where('revoked_at', 'is', null).execute();
        };
        return {
          /** Starts a family for a new sign-in; its absolute lifetime starts now and rotation never extends it. */
          async issue(userId: string, now = new Date()): Promise<string> {
            const expiresAt = new Date(now.getTime() + authSettings.refreshTokenDays * 24 * 60 * 60 * 1000);
            return insert(db, { userId, familyId: randomUUID(), expiresAt }, now);
          },
          /** The user a token was issued to, valid or not (for per-account rate limits). */
          async userOf(token: string): Promise<string | undefined> {
            const row = await db.selectFrom('refresh_tokens').select('user_id').where('token_hash', '=', digestToken(token)).executeTakeFirst();
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
              const row = await trx.selectFrom('refresh_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
              if (!row) return undefined;
              if (spent.numUpdatedRows !== 1n) {
                await revokeFamily(trx, row.family_id, now);
                return undefined;
              }
              const next = await insert(trx, { userId: row.user_id, familyId: row.family_id, expiresAt: fromStoredTime(row.expires_at) }, now);
              return { userId: row.user_id, token: next };
            });
          },
          /** Ends the sign-in a token belongs to (logout). Unknown tokens are ignored. */
          async revokeFamilyOf(token: string, now = new Date()): Promise<void> {
            const row = await db.selectFrom('refresh_tokens').select('family_id').where('token_hash', '=', digestToken(token)).executeTakeFirst();
            if (row) await revokeFamily(db, row.family_id, now);
          },
        };`,
      ], { exported: true, docs: ['Refresh tokens are opaque, stored only as SHA-256 digests, and rotated on every use.'] }),
    ],
  });
}

/** password-resets.ts: single-use reset tokens. */
export function passwordResetsFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf(tokenStoreImports(['QueryCreator'], ['toStoredTime'])),
      func('createPasswordResetStore', [param('db', 'QueryCreator<Database>')], undefined, [
        `return {
          /** A new reset token (256 bits); only its digest is stored, and it expires after resetTokenMinutes. */
          async issue(userId: string, now = new Date()): Promise<string> {
            const token = newOpaqueToken();
            const expiresAt = new Date(now.getTime() + authSettings.resetTokenMinutes * 60 * 1000);
            await db
              .insertInto('password_reset_tokens')
              .values({ id: randomUUID(), user_id: userId, token_hash: digestToken(token), expires_at: toStoredTime(expiresAt), used_at: null, created_at: toStoredTime(now) })
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
            const row = await db.selectFrom('password_reset_tokens').select('user_id').where('token_hash', '=', tokenHash).executeTakeFirstOrThrow();
            return row.user_id;
          },
        };`,
      ], { exported: true, docs: ['Data access for the `password_reset_tokens` table.'] }),
    ],
  });
}
