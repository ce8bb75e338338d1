import { z } from 'zod';
import { defineCommand } from '../../features/cqrs/command.js';
import { tagCreated, tagDeleted, tagUpdated } from './tag.events.js';
import { createTagRepository } from './tag.repository.js';
import { createTagSchema, tagIdSchema, updateTagSchema } from './tag.schema.js';

/** Creates a tag; emits TagCreated. */
export const createTag = defineCommand({
  name: 'CreateTag',
  schema: createTagSchema,
  async handle(input, context) {
    const tag = await createTagRepository(context.db).create(input);
    context.emit(tagCreated(tag));
    return tag;
  },
});

/** Changes some fields of a tag; emits TagUpdated. Undefined when there is no such tag. */
export const updateTag = defineCommand({
  name: 'UpdateTag',
  schema: updateTagSchema.extend({ id: tagIdSchema }),
  async handle({ id, ...changes }, context) {
    const tag = await createTagRepository(context.db).update(id, changes);
    if (tag) context.emit(tagUpdated(id, { ...changes, updatedAt: tag.updatedAt }));
    return tag;
  },
});

/** Deletes a tag; emits TagDeleted. False when there was no such tag. */
export const deleteTag = defineCommand({
  name: 'DeleteTag',
  schema: z.object({ id: tagIdSchema }),
  async handle({ id }, context) {
    const deleted = await createTagRepository(context.db).delete(id);
    if (deleted) context.emit(tagDeleted(id));
    return deleted;
  },
});
