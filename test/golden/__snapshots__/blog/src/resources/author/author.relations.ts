import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables.js';
import { groupBy, type IncludeRules, type Includes, parseIncludes } from '../../lib/includes.js';
import { createPostRepository } from '../post/post.repository.js';
import type { Post } from '../post/post.schema.js';
import type { Author } from './author.schema.js';

/** What `?include=` accepts on /authors: the relations of its records. */
export const authorIncludeRules: IncludeRules = {
  depth: 1,
  setting: 'models.Author.includeDepth',
  relations: { posts: {} },
};

/** A author with the relations a request included. */
export type AuthorWithRelations = Author & { posts?: Post[] };

export function parseAuthorIncludes(value: string | undefined): Includes {
  return parseIncludes(value, authorIncludeRules);
}

/** Loads the included relations of author records: one query per relation, however many records. */
export async function includeAuthorRelations(
  db: Kysely<Database>,
  records: Author[],
  include: Includes = {},
): Promise<AuthorWithRelations[]> {
  if (records.length === 0 || Object.keys(include).length === 0) return records;
  const ids = records.map((record) => record.id);
  const [posts] = await Promise.all([
    include.posts ? createPostRepository(db).findByAuthorIds(ids) : undefined,
  ]);
  const postsByAuthor = posts && groupBy(posts, (related) => related.authorId);
  return records.map((record) => ({
    ...record,
    ...(postsByAuthor && { posts: postsByAuthor.get(record.id) ?? [] }),
  }));
}
