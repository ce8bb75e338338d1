import { z } from 'zod';
import { defineQuery } from '../../features/cqrs/query.js';
import type { OffsetListQuery } from '../../lib/list-query.js';
import { createTagRepository } from './tag.repository.js';
import { tagIdSchema } from './tag.schema.js';

/** One tag by id; undefined when there is none. */
export const getTag = defineQuery({
  name: 'GetTag',
  schema: z.object({ id: tagIdSchema }),
  handle: ({ id }, { db }) => createTagRepository(db).findById(id),
});

/**
 * A page of tags. Its input is already checked against the model's list rules where it was
 * parsed from the URL (filters, sort and page all depend on them), so the schema only carries its type.
 */
export const listTags = defineQuery({
  name: 'ListTags',
  schema: z.custom<OffsetListQuery>(),
  handle: (query, { db }) => createTagRepository(db).list(query),
});
