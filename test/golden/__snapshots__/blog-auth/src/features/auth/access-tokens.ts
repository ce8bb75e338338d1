import { randomUUID } from 'node:crypto';
import { authSettings } from './auth-settings.js';
import { signJwt, verifyJwt } from './jwt.js';

export interface AccessClaims {
  /** The user id. */
  sub: string;
  jti: string;
  /** The user's token version when it was issued (see users.token_version). */
  ver: number;
  iat: number;
  exp: number;
}

/** The HMAC key: the secret's bytes (config refuses fewer than 32). */
export function signingKey(secret: string): Buffer {
  return Buffer.from(secret, 'utf8');
}

/** Every access token carries exp, iat, iss, aud, sub and jti. */
export function issueAccessToken(
  user: { id: string; tokenVersion: number },
  key: Buffer,
  now: Date = new Date(),
): { token: string; expiresIn: number } {
  const iat = Math.floor(now.getTime() / 1000);
  const expiresIn = authSettings.accessTokenSeconds;
  const token = signJwt(
    {
      iss: authSettings.issuer,
      aud: authSettings.audience,
      sub: user.id,
      jti: randomUUID(),
      iat,
      exp: iat + expiresIn,
      ver: user.tokenVersion,
    },
    key,
  );
  return { token, expiresIn };
}

/**
 * The claims of a valid access token, or undefined. Each claim is checked here rather than left to a library
 * default: hono's JWT helper, for one, accepts a token that has no `exp`.
 */
export function verifyAccessToken(
  token: string,
  key: Buffer,
  now: Date = new Date(),
): AccessClaims | undefined {
  const claims = verifyJwt(token, key);
  if (!claims) return undefined;
  const { iss, aud, sub, jti, ver, iat, exp, nbf } = claims;
  const seconds = now.getTime() / 1000;
  const leeway = authSettings.clockLeewaySeconds;
  if (iss !== authSettings.issuer || aud !== authSettings.audience) return undefined;
  if (typeof sub !== 'string' || typeof jti !== 'string' || typeof ver !== 'number') return undefined;
  // Without exp a token would never expire; an iat in the future means a clock or a forger we should not trust.
  if (!isNumericDate(exp) || seconds >= exp + leeway) return undefined;
  if (!isNumericDate(iat) || iat > seconds + leeway) return undefined;
  if (nbf !== undefined && (!isNumericDate(nbf) || nbf > seconds + leeway)) return undefined;
  return { sub, jti, ver, iat, exp };
}

function isNumericDate(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
