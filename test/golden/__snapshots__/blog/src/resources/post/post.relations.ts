import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables.js';
import {
  groupBy,
  includeLinked,
  type IncludeRules,
  type Includes,
  parseIncludes,
} from '../../lib/includes.js';
import { type AuthorWithRelations, includeAuthorRelations } from '../author/author.relations.js';
import { createAuthorRepository } from '../author/author.repository.js';
import { type CommentWithRelations, includeCommentRelations } from '../comment/comment.relations.js';
import { createCommentRepository } from '../comment/comment.repository.js';
import { includeTagRelations, type TagWithRelations } from '../tag/tag.relations.js';
import { createTagRepository } from '../tag/tag.repository.js';
import type { Post, PostId } from './post.schema.js';

/** What `?include=` accepts on /posts: the relations of its records, and theirs, up to 2 levels deep. */
export const postIncludeRules: IncludeRules = {
  depth: 2,
  setting: 'models.Post.includeDepth',
  relations: { author: { posts: {} }, comments: { post: {}, author: {} }, tags: { posts: {} } },
};

/** A post with the relations a request included. */
export type PostWithRelations = Post & {
  author?: AuthorWithRelations | null;
  comments?: CommentWithRelations[];
  tags?: TagWithRelations[];
};

export function parsePostIncludes(value: string | undefined): Includes {
  return parseIncludes(value, postIncludeRules);
}

/**
 * Loads the included relations of post records, and those included under them: one query per
 * relation at each level, however many records.
 */
export async function includePostRelations(
  db: Kysely<Database>,
  records: Post[],
  include: Includes = {},
): Promise<PostWithRelations[]> {
  if (records.length === 0 || Object.keys(include).length === 0) return records;
  const ids = records.map((record) => record.id);
  const [author, comments, tags] = await Promise.all([
    include.author
      ? createAuthorRepository(db)
          .findByIds(records.map((record) => record.authorId))
          .then((rows) => includeAuthorRelations(db, rows, include.author))
      : undefined,
    include.comments
      ? createCommentRepository(db)
          .findByPostIds(ids)
          .then((rows) => includeCommentRelations(db, rows, include.comments))
      : undefined,
    include.tags
      ? createTagRepository(db)
          .findLinkedToPosts(ids)
          .then((links) => includeLinked(links, (rows) => includeTagRelations(db, rows, include.tags)))
      : undefined,
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

/** Links a post to one of its tags; linking twice changes nothing. */
export async function linkPostTags(db: Kysely<Database>, id: PostId, targetId: string): Promise<void> {
  const linked = await db
    .selectFrom('post_tags')
    .select('post_id')
    .where('post_id', '=', id)
    .where('tag_id', '=', targetId)
    .executeTakeFirst();
  if (!linked) await db.insertInto('post_tags').values({ post_id: id, tag_id: targetId }).execute();
}

/** Unlinks one of its tags from a post; false when they were not linked. */
export async function unlinkPostTags(db: Kysely<Database>, id: PostId, targetId: string): Promise<boolean> {
  const { numDeletedRows } = await db
    .deleteFrom('post_tags')
    .where('post_id', '=', id)
    .where('tag_id', '=', targetId)
    .executeTakeFirst();
  return numDeletedRows > 0n;
}
