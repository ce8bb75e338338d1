import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables.js';
import { groupBy, parseIncludes } from '../../lib/includes.js';
import { createPostRepository } from '../post/post.repository.js';
import type { Post } from '../post/post.schema.js';
import type { Author } from './author.schema.js';

/** The relations `?include=` accepts. */
export const authorIncludes = ['posts'] as const;

export type AuthorInclude = (typeof authorIncludes)[number];

/** A author with the relations a request included. */
export type AuthorWithRelations = Author & { posts?: Post[] };

export function parseAuthorIncludes(value: string | undefined): AuthorInclude[] {
  return parseIncludes(value, authorIncludes);
}

/** Loads the included relations of author records: one query per relation, however many records. */
export async function includeAuthorRelations(
  db: Kysely<Database>,
  records: Author[],
  include: readonly AuthorInclude[],
): Promise<AuthorWithRelations[]> {
  if (include.length === 0 || records.length === 0) return records;
  const ids = records.map((record) => record.id);
  const [posts] = await Promise.all([
    include.includes('posts') ? createPostRepository(db).findByAuthorIds(ids) : undefined,
  ]);
  const postsByAuthor = posts && groupBy(posts, (related) => related.authorId);
  return records.map((record) => ({
    ...record,
    ...(postsByAuthor && { posts: postsByAuthor.get(record.id) ?? [] }),
  }));
}
