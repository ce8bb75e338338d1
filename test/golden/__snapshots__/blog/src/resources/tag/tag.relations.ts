import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables.js';
import { groupBy, type IncludeRules, type Includes, parseIncludes } from '../../lib/includes.js';
import { createPostRepository } from '../post/post.repository.js';
import type { Post } from '../post/post.schema.js';
import type { Tag, TagId } from './tag.schema.js';

/** What `?include=` accepts on /tags: the relations of its records. */
export const tagIncludeRules: IncludeRules = {
  depth: 1,
  setting: 'models.Tag.includeDepth',
  relations: { posts: {} },
};

/** A tag with the relations a request included. */
export type TagWithRelations = Tag & { posts?: Post[] };

export function parseTagIncludes(value: string | undefined): Includes {
  return parseIncludes(value, tagIncludeRules);
}

/** Loads the included relations of tag records: one query per relation, however many records. */
export async function includeTagRelations(
  db: Kysely<Database>,
  records: Tag[],
  include: Includes = {},
): Promise<TagWithRelations[]> {
  if (records.length === 0 || Object.keys(include).length === 0) return records;
  const ids = records.map((record) => record.id);
  const [posts] = await Promise.all([
    include.posts ? createPostRepository(db).findLinkedToTags(ids) : undefined,
  ]);
  const postsByTag = posts && groupBy(posts, (link) => link.linkedId);
  return records.map((record) => ({
    ...record,
    ...(postsByTag && { posts: (postsByTag.get(record.id) ?? []).map((link) => link.record) }),
  }));
}

/** Links a tag to one of its posts; linking twice changes nothing. */
export async function linkTagPosts(db: Kysely<Database>, id: TagId, targetId: string): Promise<void> {
  const linked = await db
    .selectFrom('post_tags')
    .select('tag_id')
    .where('tag_id', '=', id)
    .where('post_id', '=', targetId)
    .executeTakeFirst();
  if (!linked) await db.insertInto('post_tags').values({ tag_id: id, post_id: targetId }).execute();
}

/** Unlinks one of its posts from a tag; false when they were not linked. */
export async function unlinkTagPosts(db: Kysely<Database>, id: TagId, targetId: string): Promise<boolean> {
  const { numDeletedRows } = await db
    .deleteFrom('post_tags')
    .where('tag_id', '=', id)
    .where('post_id', '=', targetId)
    .executeTakeFirst();
  return numDeletedRows > 0n;
}
