import * as z from 'zod';
import { authSettings } from './auth-settings.js';

/** What people paste from examples. A secret that looks like one of these is not a secret. */
const placeholderPattern =
  /change.?me|change.?this|replace|placeholder|example|your.?(jwt.?)?secret|secret.?key|insecure|dummy|default/i;

/**
 * JWT_SECRET signs every access token: whoever knows it can sign in as anyone. It comes from the environment
 * only, and start-up is refused when it is missing, shorter than 32 bytes (an HS256 key shorter than the hash
 * can be brute-forced) or a placeholder.
 */
export const jwtSecretSchema = z
  .string({
    error:
      "set JWT_SECRET to at least 32 random bytes, e.g. node -e \"console.log(require('crypto').randomBytes(48).toString('base64url'))\"",
  })
  .refine((secret) => Buffer.byteLength(secret, 'utf8') >= 32, 'JWT_SECRET must be at least 32 bytes long')
  .refine(
    (secret) => !placeholderPattern.test(secret) && new Set(secret).size >= 8,
    'JWT_SECRET looks like a placeholder: generate a random one',
  );

/** Spread into the environment schema of src/config.ts. */
export const authEnvironment = {
  JWT_SECRET: jwtSecretSchema,
  /** Comma-separated addresses of reverse proxies whose X-Forwarded-For is believed; empty trusts none. */
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((address) => address.trim())
        .filter(Boolean),
    ),
  /** log2 of scrypt's N. May raise the cost (hashes are upgraded at the next login), never lower it. */
  PASSWORD_SCRYPT_LOG_N: z.coerce
    .number()
    .int()
    .min(authSettings.scrypt.logN)
    .max(22)
    .default(authSettings.scrypt.logN),
};
