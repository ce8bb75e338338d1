import * as z from 'zod';
import { defineQuery } from '../../features/cqrs/query.js';
import type { OffsetListQuery } from '../../lib/list-query.js';
import { createAuthorRepository } from './author.repository.js';
import { authorIdSchema } from './author.schema.js';

/** One author by id; undefined when there is none. */
export const getAuthor = defineQuery({
  name: 'GetAuthor',
  schema: z.object({ id: authorIdSchema }),
  handle: ({ id }, { db }) => createAuthorRepository(db).findById(id),
});

/**
 * A page of authors. Its input is already checked against the model's list rules where it was
 * parsed from the URL (filters, sort and page all depend on them), so the schema only carries its type.
 */
export const listAuthors = defineQuery({
  name: 'ListAuthors',
  schema: z.custom<OffsetListQuery>(),
  handle: (query, { db }) => createAuthorRepository(db).list(query),
});
