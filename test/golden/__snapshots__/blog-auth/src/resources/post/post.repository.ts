import type { ExpressionBuilder, Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../../db/tables.js';
import type { PostTable } from '../../db/tables/post.js';
import type { OffsetListQuery } from '../../lib/list-query.js';
import { column, isFiltered, type ListColumns, listOrder, listWhere } from '../../lib/list-sql.js';
import type { Page } from '../../lib/pagination.js';
import { uuidv7 } from '../../lib/uuid.js';
import type { NewPost, Post, PostId, UpdatePostInput } from './post.schema.js';

/** Narrows what a repository method sees: only rows whose fields equal every value given. */
export type PostScope = Partial<Pick<Post, 'authorId'>>;

function inScope(scope: PostScope) {
  return (eb: ExpressionBuilder<Database, 'posts'>) =>
    eb.and([...(scope.authorId === undefined ? [] : [eb('author_id', '=', scope.authorId)])]);
}

/** Where the fields lists filter, sort and search on are stored. */
const postColumns: ListColumns = {
  fields: {
    id: column('id'),
    status: column('status'),
    authorId: column('author_id'),
    createdAt: column('created_at', (value) => new Date(String(value)).toISOString()),
    updatedAt: column('updated_at', (value) => new Date(String(value)).toISOString()),
  },
  search: [],
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
export function toPostRow(input: NewPost): Omit<Insertable<PostTable>, 'id' | 'created_at' | 'updated_at'> {
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
  };
}

/** Data access for the 'posts' table. */
export function createPostRepository(db: Kysely<Database>) {
  return {
    async list(query: OffsetListQuery, scope: PostScope = {}): Promise<Page<Post>> {
      const { limit, offset } = query;
      const [rows, count] = await Promise.all([
        db
          .selectFrom('posts')
          .selectAll()
          .where(inScope(scope))
          .$if(isFiltered(query), (filtered) => filtered.where(listWhere(query, postColumns)))
          .orderBy(listOrder(query.sort, postColumns))
          .limit(limit)
          .offset(offset)
          .execute(),
        db
          .selectFrom('posts')
          .where(inScope(scope))
          .$if(isFiltered(query), (filtered) => filtered.where(listWhere(query, postColumns)))
          .select((eb) => eb.fn.countAll().as('total'))
          .executeTakeFirstOrThrow(),
      ]);
      return { data: rows.map(toPost), meta: { total: Number(count.total), limit, offset } };
    },
    async findById(id: PostId, scope: PostScope = {}): Promise<Post | undefined> {
      const row = await db
        .selectFrom('posts')
        .selectAll()
        .where('id', '=', id)
        .where(inScope(scope))
        .executeTakeFirst();
      return row && toPost(row);
    },
    async create(input: NewPost): Promise<Post> {
      const id = uuidv7();
      const now = new Date().toISOString();
      const row = await db
        .insertInto('posts')
        .values({ id, ...toPostRow(input), created_at: now, updated_at: now })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toPost(row);
    },
    async update(id: PostId, input: UpdatePostInput, scope: PostScope = {}): Promise<Post | undefined> {
      const row = await db
        .updateTable('posts')
        .set({ ...toPostChanges(input), updated_at: new Date().toISOString() })
        .where('id', '=', id)
        .where(inScope(scope))
        .returningAll()
        .executeTakeFirst();
      return row && toPost(row);
    },
    async delete(id: PostId, scope: PostScope = {}): Promise<boolean> {
      const { numDeletedRows } = await db
        .deleteFrom('posts')
        .where('id', '=', id)
        .where(inScope(scope))
        .executeTakeFirst();
      return numDeletedRows > 0n;
    },
  };
}

export type PostRepository = ReturnType<typeof createPostRepository>;
