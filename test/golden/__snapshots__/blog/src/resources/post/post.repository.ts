import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../../db/tables.js';
import type { PostTable } from '../../db/tables/post.js';
import type { OffsetListQuery } from '../../lib/list-query.js';
import { column, isFiltered, type ListColumns, listOrder, listWhere } from '../../lib/list-sql.js';
import type { OffsetPageQuery, Page } from '../../lib/pagination.js';
import { uuidv7 } from '../../lib/uuid.js';
import type { CreatePostInput, Post, PostId, UpdatePostInput } from './post.schema.js';

/** Where the fields lists filter, sort and search on are stored. */
const postColumns: ListColumns = {
  fields: {
    id: column('id'),
    status: column('status'),
    authorId: column('author_id'),
    createdAt: column('created_at', (value) => new Date(String(value)).toISOString()),
    updatedAt: column('updated_at', (value) => new Date(String(value)).toISOString()),
  },
  search: ['title', 'body'],
};

/** Maps a row (snake_case columns, stored representations) to its API shape. */
function toPost(row: Selectable<PostTable>): Post {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    published: row.published === 1,
    status: row.status,
    authorId: row.author_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Maps a create input to the columns it sets (the id and timestamps are added on insert). */
export function toPostRow(
  input: CreatePostInput,
): Omit<Insertable<PostTable>, 'id' | 'created_at' | 'updated_at'> {
  return {
    title: input.title,
    body: input.body,
    published: input.published ? 1 : 0,
    status: input.status,
    author_id: input.authorId,
  };
}

/** Absent fields stay undefined, which kysely leaves out of the UPDATE. */
function toPostChanges(input: UpdatePostInput): Updateable<PostTable> {
  return {
    title: input.title,
    body: input.body,
    published: input.published === undefined ? undefined : input.published ? 1 : 0,
    status: input.status,
    author_id: input.authorId,
  };
}

/** Data access for the 'posts' table. */
export function createPostRepository(db: Kysely<Database>) {
  return {
    async list(query: OffsetListQuery): Promise<Page<Post>> {
      const { limit, offset } = query;
      const [rows, count] = await Promise.all([
        db
          .selectFrom('posts')
          .selectAll()
          .$if(isFiltered(query), (filtered) => filtered.where(listWhere(query, postColumns)))
          .orderBy(listOrder(query.sort, postColumns))
          .limit(limit)
          .offset(offset)
          .execute(),
        db
          .selectFrom('posts')
          .$if(isFiltered(query), (filtered) => filtered.where(listWhere(query, postColumns)))
          .select((eb) => eb.fn.countAll().as('total'))
          .executeTakeFirstOrThrow(),
      ]);
      return { data: rows.map(toPost), meta: { total: Number(count.total), limit, offset } };
    },
    async findById(id: PostId): Promise<Post | undefined> {
      const row = await db.selectFrom('posts').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toPost(row);
    },
    async create(input: CreatePostInput): Promise<Post> {
      const id = uuidv7();
      const now = new Date().toISOString();
      const row = await db
        .insertInto('posts')
        .values({ id, ...toPostRow(input), created_at: now, updated_at: now })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toPost(row);
    },
    async update(id: PostId, input: UpdatePostInput): Promise<Post | undefined> {
      const row = await db
        .updateTable('posts')
        .set({ ...toPostChanges(input), updated_at: new Date().toISOString() })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst();
      return row && toPost(row);
    },
    async delete(id: PostId): Promise<boolean> {
      const { numDeletedRows } = await db.deleteFrom('posts').where('id', '=', id).executeTakeFirst();
      return numDeletedRows > 0n;
    },
    async findByIds(ids: readonly PostId[]): Promise<Post[]> {
      if (ids.length === 0) return [];
      const rows = await db
        .selectFrom('posts')
        .selectAll()
        .where('id', 'in', [...new Set(ids)])
        .execute();
      return rows.map(toPost);
    },
    async findByAuthorIds(values: readonly string[]): Promise<Post[]> {
      if (values.length === 0) return [];
      const rows = await db
        .selectFrom('posts')
        .selectAll()
        .where('author_id', 'in', [...new Set(values)])
        .orderBy('id')
        .execute();
      return rows.map(toPost);
    },
    async listByAuthorId(value: string, { limit, offset }: OffsetPageQuery): Promise<Page<Post>> {
      const [rows, count] = await Promise.all([
        db
          .selectFrom('posts')
          .selectAll()
          .where('author_id', '=', value)
          .orderBy('id')
          .limit(limit)
          .offset(offset)
          .execute(),
        db
          .selectFrom('posts')
          .where('author_id', '=', value)
          .select((eb) => eb.fn.countAll().as('total'))
          .executeTakeFirstOrThrow(),
      ]);
      return { data: rows.map(toPost), meta: { total: Number(count.total), limit, offset } };
    },
    async findLinkedToTags(ids: readonly string[]): Promise<{ linkedId: string; record: Post }[]> {
      if (ids.length === 0) return [];
      const rows = await db
        .selectFrom('post_tags')
        .innerJoin('posts', 'posts.id', 'post_tags.post_id')
        .selectAll('posts')
        .select('post_tags.tag_id as linked_id')
        .where('post_tags.tag_id', 'in', [...new Set(ids)])
        .orderBy('posts.id')
        .execute();
      return rows.map(({ linked_id, ...row }) => ({ linkedId: linked_id, record: toPost(row) }));
    },
  };
}

export type PostRepository = ReturnType<typeof createPostRepository>;
