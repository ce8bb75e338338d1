/**
 * The auth policy from kiln.json (features["jwt-auth"]): change it there and run `gen`.
 *
 * clockLeewaySeconds is the clock skew tolerated when checking `exp` and `iat` (never more than 60).
 * refreshTokenDays is absolute: rotating a refresh token never extends the sign-in it belongs to.
 * scrypt.logN is log2 of scrypt's N; PASSWORD_SCRYPT_LOG_N may raise it, never lower it.
 */
export const authSettings = {
  issuer: 'blog-auth',
  audience: 'blog-auth-api',
  accessTokenSeconds: 900,
  clockLeewaySeconds: 30,
  refreshTokenDays: 30,
  resetTokenMinutes: 15,
  password: {
    minLength: 12,
    maxLength: 128,
  },
  scrypt: {
    logN: 17,
    r: 8,
    p: 1,
  },
  roles: ['user', 'admin'],
  defaultRole: 'user',
  adminRole: 'admin',
  rateLimit: {
    windowSeconds: 900,
    perAccount: 10,
    perAddress: 100,
  },
} as const;

export type Role = (typeof authSettings.roles)[number];
