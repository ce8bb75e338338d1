import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables.js';
import { groupBy, parseIncludes } from '../../lib/includes.js';
import { createPostRepository } from '../post/post.repository.js';
import type { Post } from '../post/post.schema.js';
import type { Tag } from './tag.schema.js';

/** The relations `?include=` accepts. */
export const tagIncludes = ['posts'] as const;

export type TagInclude = (typeof tagIncludes)[number];

/** A tag with the relations a request included. */
export type TagWithRelations = Tag & { posts?: Post[] };

export function parseTagIncludes(value: string | undefined): TagInclude[] {
  return parseIncludes(value, tagIncludes);
}

/** Loads the included relations of tag records: one query per relation, however many records. */
export async function includeTagRelations(
  db: Kysely<Database>,
  records: Tag[],
  include: readonly TagInclude[],
): Promise<TagWithRelations[]> {
  if (include.length === 0 || records.length === 0) return records;
  const ids = records.map((record) => record.id);
  const [posts] = await Promise.all([
    include.includes('posts') ? createPostRepository(db).findLinkedToTags(ids) : undefined,
  ]);
  const postsByTag = posts && groupBy(posts, (link) => link.linkedId);
  return records.map((record) => ({
    ...record,
    ...(postsByTag && { posts: (postsByTag.get(record.id) ?? []).map((link) => link.record) }),
  }));
}
