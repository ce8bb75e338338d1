import * as z from 'zod';
import { authSettings } from './auth-settings.js';
import { commonPasswords } from './common-passwords.js';

/** Why a new password is refused, or undefined. The message never repeats the password. */
export function passwordProblem(password: string): string | undefined {
  const { minLength, maxLength } = authSettings.password;
  // Characters, not UTF-16 units: an emoji counts once.
  const length = [...password].length;
  if (length < minLength) return `must be at least ${minLength} characters`;
  // An upper bound keeps hashing cheap to refuse; passwords up to it are hashed whole, never truncated.
  if (length > maxLength) return `must be at most ${maxLength} characters`;
  if (commonPasswords.has(password.toLowerCase()))
    return 'is one of the most common passwords: choose another';
  return undefined;
}

/** A new password (register, change, reset). */
export const newPasswordSchema = z.string().superRefine((password, context) => {
  const problem = passwordProblem(password);
  if (problem) context.addIssue({ code: 'custom', message: problem });
});
