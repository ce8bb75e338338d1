import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables.js';
import { groupBy, parseIncludes } from '../../lib/includes.js';
import { createAuthorRepository } from '../author/author.repository.js';
import type { Author } from '../author/author.schema.js';
import { createCommentRepository } from '../comment/comment.repository.js';
import type { Comment } from '../comment/comment.schema.js';
import { createTagRepository } from '../tag/tag.repository.js';
import type { Tag } from '../tag/tag.schema.js';
import type { Post } from './post.schema.js';

/** The relations `?include=` accepts. */
export const postIncludes = ['author', 'comments', 'tags'] as const;

export type PostInclude = (typeof postIncludes)[number];

/** A post with the relations a request included. */
export type PostWithRelations = Post & { author?: Author | null; comments?: Comment[]; tags?: Tag[] };

export function parsePostIncludes(value: string | undefined): PostInclude[] {
  return parseIncludes(value, postIncludes);
}

/** Loads the included relations of post records: one query per relation, however many records. */
export async function includePostRelations(
  db: Kysely<Database>,
  records: Post[],
  include: readonly PostInclude[],
): Promise<PostWithRelations[]> {
  if (include.length === 0 || records.length === 0) return records;
  const ids = records.map((record) => record.id);
  const [author, comments, tags] = await Promise.all([
    include.includes('author')
      ? createAuthorRepository(db).findByIds(records.map((record) => record.authorId))
      : undefined,
    include.includes('comments') ? createCommentRepository(db).findByPostIds(ids) : undefined,
    include.includes('tags') ? createTagRepository(db).findLinkedToPosts(ids) : undefined,
  ]);
  const authorById = author && new Map(author.map((related) => [related.id, related]));
  const commentsByPost = comments && groupBy(comments, (related) => related.postId);
  const tagsByPost = tags && groupBy(tags, (link) => link.linkedId);
  return records.map((record) => ({
    ...record,
    ...(authorById && { author: authorById.get(record.authorId) ?? null }),
    ...(commentsByPost && { comments: commentsByPost.get(record.id) ?? [] }),
    ...(tagsByPost && { tags: (tagsByPost.get(record.id) ?? []).map((link) => link.record) }),
  }));
}
