import { printSourceFile } from '../../../src/ast/project.js';
import { doc } from './doc.js';
import { constant, func, importsOf, param, typeAlias } from '../../../src/ast/structures.js';
import type { Dialect } from '../../../src/dialect/index.js';
import type { AuthPolicy } from '../model.js';

/** auth-settings.ts: the policy chosen in kiln.json, as constants the rest of the feature reads. */
export function settingsFile(policy: AuthPolicy): string {
  return printSourceFile({
    statements: [
      constant('authSettings', `${JSON.stringify(policy, null, 2)} as const`, {
        exported: true,
        docs: doc(
          'The auth policy from kiln.json (features["jwt-auth"]): change it there and run `gen`.',
          '',
          'clockLeewaySeconds is the clock skew tolerated when checking `exp` and `iat` (never more than 60).',
          'refreshTokenDays is absolute: rotating a refresh token never extends the sign-in it belongs to.',
          'scrypt.logN is log2 of scrypt\'s N; PASSWORD_SCRYPT_LOG_N may raise it, never lower it.',
        ),
      }),
      typeAlias('Role', '(typeof authSettings.roles)[number]'),
    ],
  });
}

/** auth-environment.ts: the variables the feature adds to src/config.ts, the secret's rules above all. */
export function environmentFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({ zod: { names: ['z'] }, './auth-settings.js': { names: ['authSettings'] } }),
      constant('placeholderPattern', '/change.?me|change.?this|replace|placeholder|example|your.?(jwt.?)?secret|secret.?key|insecure|dummy|default/i', {
        docs: ['What people paste from examples. A secret that looks like one of these is not a secret.'],
      }),
      constant(
        'jwtSecretSchema',
        `z
          .string({ error: 'set JWT_SECRET to at least 32 random bytes, e.g. node -e "console.log(require(\\'crypto\\').randomBytes(48).toString(\\'base64url\\'))"' })
          .refine((secret) => Buffer.byteLength(secret, 'utf8') >= 32, 'JWT_SECRET must be at least 32 bytes long')
          .refine((secret) => !placeholderPattern.test(secret) && new Set(secret).size >= 8, 'JWT_SECRET looks like a placeholder: generate a random one')`,
        {
          exported: true,
          docs: doc(
            'JWT_SECRET signs every access token: whoever knows it can sign in as anyone. It comes from the environment',
            'only, and start-up is refused when it is missing, shorter than 32 bytes (an HS256 key shorter than the hash',
            'can be brute-forced) or a placeholder.',
          ),
        },
      ),
      constant(
        'authEnvironment',
        `{
          JWT_SECRET: jwtSecretSchema,
          /** Comma-separated addresses of reverse proxies whose X-Forwarded-For is believed; empty trusts none. */
          TRUSTED_PROXIES: z
            .string()
            .default('')
            .transform((value) => value.split(',').map((address) => address.trim()).filter(Boolean)),
          /** log2 of scrypt's N. May raise the cost (hashes are upgraded at the next login), never lower it. */
          PASSWORD_SCRYPT_LOG_N: z.coerce.number().int().min(authSettings.scrypt.logN).max(22).default(authSettings.scrypt.logN),
        }`,
        { exported: true, docs: ['Spread into the environment schema of src/config.ts.'] },
      ),
    ],
  });
}

/** stored-time.ts: how the auth tables keep points in time on this database. */
export function storedTimeFile(dialect: Dialect): string {
  const text = dialect.kind === 'sqlite';
  return printSourceFile({
    statements: [
      typeAlias('StoredTime', text ? 'string' : 'Date', {
        docs: [text ? 'SQLite has no time type: ISO 8601 text in UTC, which sorts and compares in time order.' : 'A timestamp column, read and written as a Date.'],
      }),
      func('toStoredTime', [param('date', 'Date')], 'StoredTime', [text ? 'return date.toISOString();' : 'return date;'], { exported: true }),
      func('fromStoredTime', [param('value', 'StoredTime')], 'Date', [text ? 'return new Date(value);' : 'return value;'], { exported: true }),
    ],
  });
}
