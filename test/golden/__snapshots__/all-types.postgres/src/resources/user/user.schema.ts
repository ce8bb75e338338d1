import { z } from 'zod';

/** What a client sends to create a user; unknown keys are rejected. */
export const createUserSchema = z.strictObject({
  handle: z.string().max(30),
  group: z.int32().nullable().default(null),
});

/** What a client sends to change some fields; absent fields stay as they are. */
export const updateUserSchema = z.strictObject({
  handle: z.string().max(30).optional(),
  group: z.int32().nullable().optional(),
});

/** A user as the API returns it. */
export const userSchema = z.object({
  id: z.uuid(),
  handle: z.string(),
  group: z.int().nullable(),
});

/** The `:id` path segment. */
export const userIdSchema = z.uuid();

export type CreateUserInput = z.output<typeof createUserSchema>;

export type UpdateUserInput = z.output<typeof updateUserSchema>;

export type User = z.output<typeof userSchema>;

export type UserId = z.output<typeof userIdSchema>;
