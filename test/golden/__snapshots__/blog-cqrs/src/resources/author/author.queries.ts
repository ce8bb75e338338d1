import { z } from 'zod';
import { defineQuery } from '../../features/cqrs/query.js';
import { pageQuerySchema } from '../../lib/pagination.js';
import { createAuthorRepository } from './author.repository.js';
import { authorIdSchema } from './author.schema.js';

/** One author by id; undefined when there is none. */
export const getAuthor = defineQuery({
  name: 'GetAuthor',
  schema: z.object({ id: authorIdSchema }),
  handle: ({ id }, { db }) => createAuthorRepository(db).findById(id),
});

/** A page of authors, with the total. */
export const listAuthors = defineQuery({
  name: 'ListAuthors',
  schema: pageQuerySchema,
  handle: (query, { db }) => createAuthorRepository(db).list(query),
});
