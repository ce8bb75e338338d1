import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables.js';
import { type IncludeRules, type Includes, parseIncludes } from '../../lib/includes.js';
import { createAuthorRepository } from '../author/author.repository.js';
import type { Author } from '../author/author.schema.js';
import { createPostRepository } from '../post/post.repository.js';
import type { Post } from '../post/post.schema.js';
import type { Comment } from './comment.schema.js';

/** What `?include=` accepts on /comments: the relations of its records. */
export const commentIncludeRules: IncludeRules = {
  depth: 1,
  setting: 'models.Comment.includeDepth',
  relations: { post: {}, author: {} },
};

/** A comment with the relations a request included. */
export type CommentWithRelations = Comment & { post?: Post | null; author?: Author | null };

export function parseCommentIncludes(value: string | undefined): Includes {
  return parseIncludes(value, commentIncludeRules);
}

/** Loads the included relations of comment records: one query per relation, however many records. */
export async function includeCommentRelations(
  db: Kysely<Database>,
  records: Comment[],
  include: Includes = {},
): Promise<CommentWithRelations[]> {
  if (records.length === 0 || Object.keys(include).length === 0) return records;
  const [post, author] = await Promise.all([
    include.post ? createPostRepository(db).findByIds(records.map((record) => record.postId)) : undefined,
    include.author
      ? createAuthorRepository(db).findByIds(
          records.flatMap((record) => (record.authorId === null ? [] : [record.authorId])),
        )
      : undefined,
  ]);
  const postById = post && new Map(post.map((related) => [related.id, related]));
  const authorById = author && new Map(author.map((related) => [related.id, related]));
  return records.map((record) => ({
    ...record,
    ...(postById && { post: postById.get(record.postId) ?? null }),
    ...(authorById && {
      author: record.authorId === null ? null : (authorById.get(record.authorId) ?? null),
    }),
  }));
}
