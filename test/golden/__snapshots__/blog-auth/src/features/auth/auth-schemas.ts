import * as z from 'zod';
import { authSettings } from './auth-settings.js';
import { newPasswordSchema } from './password-policy.js';

const emailSchema = z.string().trim().toLowerCase().pipe(z.email().max(254));

/** A password to check rather than to set: no policy (it may predate it), but bounded so hashing it stays cheap. */
const givenPassword = z.string().min(1).max(1024);

const opaqueToken = z.string().min(1).max(256);

export const registerSchema = z.strictObject({ email: emailSchema, password: newPasswordSchema });

export const loginSchema = z.strictObject({ email: z.string().max(254), password: givenPassword });

export const refreshSchema = z.strictObject({ refreshToken: opaqueToken });

export const changePasswordSchema = z.strictObject({
  currentPassword: givenPassword,
  newPassword: newPasswordSchema,
});

export const forgotPasswordSchema = z.strictObject({ email: z.string().max(254) });

export const resetPasswordSchema = z.strictObject({ token: opaqueToken, password: newPasswordSchema });

export const userChangesSchema = z.strictObject({
  role: z.enum(authSettings.roles).optional(),
  disabled: z.boolean().optional(),
});
