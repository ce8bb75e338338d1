import { z } from 'zod';

const roleName = z.string().regex(/^[a-z][a-z0-9_-]{0,31}$/, 'a role is a lowercase name like "admin"');

/**
 * features["jwt-auth"] in kiln.json. Every default is the secure choice; bounds keep an edit from weakening a
 * property below what its generated test proves (an access token lives at most an hour, leeway is at most 60 s,
 * scrypt's N is at least 2^17, a password has at least 12 characters).
 */
export const jwtAuthOptions = z
  .strictObject({
    issuer: z.string().min(1).optional().describe('The `iss` claim of access tokens (default: the project name).'),
    audience: z.string().min(1).optional().describe('The `aud` claim of access tokens (default: "<project name>-api").'),
    accessTokenMinutes: z.int().min(1).max(60).default(15).describe('Lifetime of an access token.'),
    refreshTokenDays: z.int().min(1).max(365).default(30).describe('Absolute lifetime of a sign-in: rotation never extends it.'),
    resetTokenMinutes: z.int().min(5).max(60).default(15).describe('Lifetime of a password-reset token.'),
    clockLeewaySeconds: z.int().min(0).max(60).default(30).describe('Clock skew tolerated when checking exp and iat.'),
    password: z
      .strictObject({
        minLength: z.int().min(12).max(128).default(12),
        maxLength: z.int().min(64).max(1024).default(128),
        scryptLogN: z.int().min(17).max(22).default(17).describe('log2 of scrypt\'s cost N (r=8, p=1).'),
      })
      .default({ minLength: 12, maxLength: 128, scryptLogN: 17 }),
    roles: z.array(roleName).min(1).default(['user', 'admin']).describe('The roles a user can have; access rules name them as "role:<name>".'),
    defaultRole: roleName.default('user').describe('The role of a newly registered user.'),
    adminRole: roleName.default('admin').describe('The role that may change other users\' roles and disable accounts.'),
    rateLimit: z
      .strictObject({
        windowMinutes: z.int().min(1).max(1440).default(15),
        perAccount: z.int().min(1).max(1000).default(10).describe('Attempts per account (email or user) and window.'),
        perAddress: z.int().min(1).max(100000).default(100).describe('Attempts per client address and window.'),
      })
      .default({ windowMinutes: 15, perAccount: 10, perAddress: 100 }),
  })
  .describe('Users, JWT access tokens, rotating refresh tokens, password reset and access rules.');

export type JwtAuthOptions = z.output<typeof jwtAuthOptions>;
