import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../../db/tables.js';
import type { PostTable } from '../../db/tables/post.js';
import type { Post } from './post.schema.js';

/** Writes a post's state to the posts table: its row updated or inserted, or deleted with the post. */
export async function projectPost(db: Kysely<Database>, id: string, post: Post | undefined): Promise<void> {
  if (!post) {
    await db.deleteFrom('posts').where('id', '=', id).execute();
    return;
  }
  const row = toPostRow(post);
  const existing = await db.selectFrom('posts').select('id').where('id', '=', id).executeTakeFirst();
  if (existing) await db.updateTable('posts').set(row).where('id', '=', id).execute();
  else await db.insertInto('posts').values(row).execute();
}

/** Deletes the rows of posts that no Post stream accounts for (written around the events). */
export async function prunePostRows(db: Kysely<Database>): Promise<void> {
  const streams = db.selectFrom('domain_events').select('stream_id').where('stream_type', '=', 'Post');
  await db.deleteFrom('posts').where('id', 'not in', streams).execute();
}

function toPostRow(post: Post): Insertable<PostTable> {
  return {
    id: post.id,
    title: post.title,
    body: post.body,
    published: post.published ? 1 : 0,
    status: post.status,
    author_id: post.authorId,
    created_at: new Date(post.createdAt).toISOString(),
    updated_at: new Date(post.updatedAt).toISOString(),
  };
}
