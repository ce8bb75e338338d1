import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/tables.js';
import { authSettings, type Role } from './auth-settings.js';
import type { UsersTable } from './auth-tables.js';
import { fromStoredTime, toStoredTime } from './stored-time.js';

/** A user as the rest of the app sees it: never the password hash. */
export interface User {
  id: string;
  email: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
}

/** A user with what signing in needs; it does not leave the auth feature. */
export interface Account extends User {
  passwordHash: string;
  tokenVersion: number;
}

/** One address, one account, however it is capitalised. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function isRole(value: string): value is Role {
  return (authSettings.roles as readonly string[]).includes(value);
}

export function toUser(account: Account): User {
  return {
    id: account.id,
    email: account.email,
    role: account.role,
    disabled: account.disabled,
    createdAt: account.createdAt,
  };
}

function toAccount(row: Selectable<UsersTable>): Account {
  return {
    id: row.id,
    email: row.email,
    // A role since removed from kiln.json grants nothing more than a new user has.
    role: isRole(row.role) ? row.role : authSettings.defaultRole,
    disabled: row.disabled_at !== null,
    createdAt: fromStoredTime(row.created_at).toISOString(),
    passwordHash: row.password_hash,
    tokenVersion: row.token_version,
  };
}

/** Data access for the `users` table. */
export function createUserRepository(db: Kysely<Database>) {
  return {
    async findById(id: string): Promise<Account | undefined> {
      const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toAccount(row);
    },
    async findByEmail(email: string): Promise<Account | undefined> {
      const row = await db
        .selectFrom('users')
        .selectAll()
        .where('email', '=', normalizeEmail(email))
        .executeTakeFirst();
      return row && toAccount(row);
    },
    async create(input: { email: string; passwordHash: string; role: Role }): Promise<Account> {
      const now = toStoredTime(new Date());
      const id = randomUUID();
      await db
        .insertInto('users')
        .values({
          id,
          email: normalizeEmail(input.email),
          password_hash: input.passwordHash,
          role: input.role,
          disabled_at: null,
          created_at: now,
          updated_at: now,
        })
        .execute();
      const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      return toAccount(row);
    },
    /** Replaces the hash without ending sessions: for a rehash at a higher cost, the password itself unchanged. */
    async replaceHash(id: string, passwordHash: string): Promise<void> {
      await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', id).execute();
    },
  };
}

export type UserRepository = ReturnType<typeof createUserRepository>;
