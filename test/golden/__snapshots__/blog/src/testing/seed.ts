import type { Kysely } from 'kysely';
import type { Database } from '../db/tables.js';
import { toAuthorRow } from '../resources/author/author.repository.js';
import { toPostRow } from '../resources/post/post.repository.js';

/** Inserts the author tests refer to as variant 1 or 2, and the rows it refers to. */
export async function seedAuthor(db: Kysely<Database>, variant: 1 | 2): Promise<void> {
  const id = variant === 1 ? '0190a6c4-5b8e-7000-8000-00000000a001' : '0190a6c4-5b8e-7000-8000-00000000a002';
  if (await db.selectFrom('authors').select('id').where('id', '=', id).executeTakeFirst()) return;
  const now = new Date().toISOString();
  const input = toAuthorRow(
    variant === 1
      ? { name: 'Seeded Name 1', email: 'Seeded Email 1', bio: null }
      : { name: 'Seeded Name 2', email: 'Seeded Email 2', bio: null },
  );
  await db
    .insertInto('authors')
    .values({ id, ...input, created_at: now, updated_at: now })
    .execute();
}

/** Inserts the post tests refer to as variant 1 or 2, and the rows it refers to. */
export async function seedPost(db: Kysely<Database>, variant: 1 | 2): Promise<void> {
  const id = variant === 1 ? '0190a6c4-5b8e-7000-8000-00000000a001' : '0190a6c4-5b8e-7000-8000-00000000a002';
  if (await db.selectFrom('posts').select('id').where('id', '=', id).executeTakeFirst()) return;
  await seedAuthor(db, variant);
  const now = new Date().toISOString();
  const input = toPostRow(
    variant === 1
      ? {
          title: 'Seeded Title 1',
          body: null,
          published: true,
          status: 'draft',
          authorId: '0190a6c4-5b8e-7000-8000-00000000a001',
        }
      : {
          title: 'Seeded Title 2',
          body: null,
          published: false,
          status: 'published',
          authorId: '0190a6c4-5b8e-7000-8000-00000000a002',
        },
  );
  await db
    .insertInto('posts')
    .values({ id, ...input, created_at: now, updated_at: now })
    .execute();
}
