import { z } from 'zod';

/** What a client sends to create a group; unknown keys are rejected. */
export const createGroupSchema = z.strictObject({
  name: z.string().max(255),
});

/** What a client sends to change some fields; absent fields stay as they are. */
export const updateGroupSchema = z.strictObject({
  name: z.string().max(255).optional(),
});

/** A group as the API returns it. */
export const groupSchema = z.object({
  id: z.int().positive(),
  name: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

/** The `:id` path segment. */
export const groupIdSchema = z.coerce.number().int().positive().max(2147483647);

export type CreateGroupInput = z.output<typeof createGroupSchema>;

export type UpdateGroupInput = z.output<typeof updateGroupSchema>;

export type Group = z.output<typeof groupSchema>;

export type GroupId = z.output<typeof groupIdSchema>;
