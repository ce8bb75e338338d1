import { z } from 'zod';

/** What a client sends to create a tag; unknown keys are rejected. */
export const createTagSchema = z.strictObject({
  name: z.string().max(50),
});

/** What a client sends to change some fields; absent fields stay as they are. */
export const updateTagSchema = z.strictObject({
  name: z.string().max(50).optional(),
});

/** A tag as the API returns it. */
export const tagSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

/** The `:id` path segment. */
export const tagIdSchema = z.uuid();

export type CreateTagInput = z.output<typeof createTagSchema>;

export type UpdateTagInput = z.output<typeof updateTagSchema>;

export type Tag = z.output<typeof tagSchema>;

export type TagId = z.output<typeof tagIdSchema>;
