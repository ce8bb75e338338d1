import { z } from 'zod';

/** What a client sends to create a author; unknown keys are rejected. */
export const createAuthorSchema = z.strictObject({
  name: z.string().max(100),
  email: z.string().max(254),
  bio: z.string().nullable().default(null),
});

/** What a client sends to change some fields; absent fields stay as they are. */
export const updateAuthorSchema = z.strictObject({
  name: z.string().max(100).optional(),
  email: z.string().max(254).optional(),
  bio: z.string().nullable().optional(),
});

/** A author as the API returns it. */
export const authorSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  bio: z.string().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

/** The `:id` path segment. */
export const authorIdSchema = z.uuid();

export type CreateAuthorInput = z.output<typeof createAuthorSchema>;

export type UpdateAuthorInput = z.output<typeof updateAuthorSchema>;

export type Author = z.output<typeof authorSchema>;

export type AuthorId = z.output<typeof authorIdSchema>;
