import type { ColumnType } from 'kysely';
import type { StoredTime } from './stored-time.js';

/** The `users` table. */
export interface UsersTable {
  id: string;
  /** Trimmed and lower-cased, so one address is one account. */
  email: string;
  /** scrypt, with its parameters: `scrypt$<logN>$<r>$<p>$<salt>$<hash>`. */
  password_hash: string;
  role: string;
  /** Carried by every access token; raising it revokes them all (password or role change, disable). */
  token_version: ColumnType<number, number | undefined, number>;
  disabled_at: StoredTime | null;
  created_at: StoredTime;
  updated_at: StoredTime;
}

/** The `refresh_tokens` table. */
export interface RefreshTokensTable {
  id: string;
  user_id: string;
  /** Every token rotated from one sign-in shares it: reuse revokes the family. */
  family_id: string;
  /** SHA-256 of the token; the token itself is never stored. */
  token_hash: string;
  expires_at: StoredTime;
  used_at: StoredTime | null;
  revoked_at: StoredTime | null;
  created_at: StoredTime;
}

/** The `password_reset_tokens` table. */
export interface PasswordResetTokensTable {
  id: string;
  user_id: string;
  token_hash: string;
  expires_at: StoredTime;
  used_at: StoredTime | null;
  created_at: StoredTime;
}
