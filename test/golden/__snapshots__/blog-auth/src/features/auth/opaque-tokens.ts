import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, base64url: unguessable, and meaningless without the database (not a JWT). */
export function newOpaqueToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * What the database keeps instead of the token, so a leaked table hands out no usable token. A fast hash is
 * enough here: the token is 256 random bits, not a password someone could guess.
 */
export function digestToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
