import * as z from 'zod';
import { defineCommand } from '../../features/cqrs/command.js';
import { authorCreated, authorDeleted, authorUpdated } from './author.events.js';
import { createAuthorRepository } from './author.repository.js';
import { authorIdSchema, createAuthorSchema, updateAuthorSchema } from './author.schema.js';

/** Creates a author; emits AuthorCreated. */
export const createAuthor = defineCommand({
  name: 'CreateAuthor',
  schema: createAuthorSchema,
  async handle(input, context) {
    const author = await createAuthorRepository(context.db).create(input);
    context.emit(authorCreated(author));
    return author;
  },
});

/** Changes some fields of a author; emits AuthorUpdated. Undefined when there is no such author. */
export const updateAuthor = defineCommand({
  name: 'UpdateAuthor',
  schema: updateAuthorSchema.extend({ id: authorIdSchema }),
  async handle({ id, ...changes }, context) {
    const author = await createAuthorRepository(context.db).update(id, changes);
    if (author) context.emit(authorUpdated(id, { ...changes, updatedAt: author.updatedAt }));
    return author;
  },
});

/** Deletes a author; emits AuthorDeleted. False when there was no such author. */
export const deleteAuthor = defineCommand({
  name: 'DeleteAuthor',
  schema: z.object({ id: authorIdSchema }),
  async handle({ id }, context) {
    const deleted = await createAuthorRepository(context.db).delete(id);
    if (deleted) context.emit(authorDeleted(id));
    return deleted;
  },
});
