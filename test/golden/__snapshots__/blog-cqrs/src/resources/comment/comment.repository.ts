import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../../db/tables.js';
import type { CommentTable } from '../../db/tables/comment.js';
import type { OffsetListQuery } from '../../lib/list-query.js';
import { column, isFiltered, type ListColumns, listOrder, listWhere } from '../../lib/list-sql.js';
import type { Page } from '../../lib/pagination.js';
import { uuidv7 } from '../../lib/uuid.js';
import type { Comment, CommentId, CreateCommentInput, UpdateCommentInput } from './comment.schema.js';

/** Where the fields lists filter, sort and search on are stored. */
const commentColumns: ListColumns = {
  fields: {
    id: column('id'),
    postId: column('post_id'),
    createdAt: column('created_at', (value) => new Date(String(value)).toISOString()),
    updatedAt: column('updated_at', (value) => new Date(String(value)).toISOString()),
  },
  search: [],
};

/** Maps a row (snake_case columns, stored representations) to its API shape. */
function toComment(row: Selectable<CommentTable>): Comment {
  return {
    id: row.id,
    postId: row.post_id,
    authorName: row.author_name,
    body: row.body,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Maps a create input to the columns it sets (the id and timestamps are added on insert). */
export function toCommentRow(
  input: CreateCommentInput,
): Omit<Insertable<CommentTable>, 'id' | 'created_at' | 'updated_at'> {
  return {
    post_id: input.postId,
    author_name: input.authorName,
    body: input.body,
  };
}

/** Absent fields stay undefined, which kysely leaves out of the UPDATE. */
function toCommentChanges(input: UpdateCommentInput): Updateable<CommentTable> {
  return {
    post_id: input.postId,
    author_name: input.authorName,
    body: input.body,
  };
}

/** Data access for the 'comments' table. */
export function createCommentRepository(db: Kysely<Database>) {
  return {
    async list(query: OffsetListQuery): Promise<Page<Comment>> {
      const { limit, offset } = query;
      const [rows, count] = await Promise.all([
        db
          .selectFrom('comments')
          .selectAll()
          .$if(isFiltered(query), (filtered) => filtered.where(listWhere(query, commentColumns)))
          .orderBy(listOrder(query.sort, commentColumns))
          .limit(limit)
          .offset(offset)
          .execute(),
        db
          .selectFrom('comments')
          .$if(isFiltered(query), (filtered) => filtered.where(listWhere(query, commentColumns)))
          .select((eb) => eb.fn.countAll().as('total'))
          .executeTakeFirstOrThrow(),
      ]);
      return { data: rows.map(toComment), meta: { total: Number(count.total), limit, offset } };
    },
    async findById(id: CommentId): Promise<Comment | undefined> {
      const row = await db.selectFrom('comments').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toComment(row);
    },
    async create(input: CreateCommentInput): Promise<Comment> {
      const id = uuidv7();
      const now = new Date().toISOString();
      const row = await db
        .insertInto('comments')
        .values({ id, ...toCommentRow(input), created_at: now, updated_at: now })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toComment(row);
    },
    async update(id: CommentId, input: UpdateCommentInput): Promise<Comment | undefined> {
      const row = await db
        .updateTable('comments')
        .set({ ...toCommentChanges(input), updated_at: new Date().toISOString() })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst();
      return row && toComment(row);
    },
    async delete(id: CommentId): Promise<boolean> {
      const { numDeletedRows } = await db.deleteFrom('comments').where('id', '=', id).executeTakeFirst();
      return numDeletedRows > 0n;
    },
  };
}

export type CommentRepository = ReturnType<typeof createCommentRepository>;
