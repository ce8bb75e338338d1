import type { ExpressionBuilder, Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../../db/tables.js';
import type { CommentTable } from '../../db/tables/comment.js';
import type { OffsetListQuery } from '../../lib/list-query.js';
import { column, isFiltered, type ListColumns, listOrder, listWhere } from '../../lib/list-sql.js';
import type { Page } from '../../lib/pagination.js';
import { uuidv7 } from '../../lib/uuid.js';
import type { Comment, CommentId, NewComment, UpdateCommentInput } from './comment.schema.js';

/** Narrows what a repository method sees: only rows whose fields equal every value given. */
export type CommentScope = Partial<Pick<Comment, 'userId'>>;

function inScope(scope: CommentScope) {
  return (eb: ExpressionBuilder<Database, 'comments'>) =>
    eb.and([...(scope.userId === undefined ? [] : [eb('user_id', '=', scope.userId)])]);
}

/** Where the fields lists filter, sort and search on are stored. */
const commentColumns: ListColumns = {
  fields: {
    id: column('id'),
    postId: column('post_id'),
    userId: column('user_id'),
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
    userId: row.user_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Maps a create input to the columns it sets (the id and timestamps are added on insert). */
export function toCommentRow(
  input: NewComment,
): Omit<Insertable<CommentTable>, 'id' | 'created_at' | 'updated_at'> {
  return {
    post_id: input.postId,
    author_name: input.authorName,
    body: input.body,
    user_id: input.userId,
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
    async list(query: OffsetListQuery, scope: CommentScope = {}): Promise<Page<Comment>> {
      const { limit, offset } = query;
      const [rows, count] = await Promise.all([
        db
          .selectFrom('comments')
          .selectAll()
          .where(inScope(scope))
          .$if(isFiltered(query), (filtered) => filtered.where(listWhere(query, commentColumns)))
          .orderBy(listOrder(query.sort, commentColumns))
          .limit(limit)
          .offset(offset)
          .execute(),
        db
          .selectFrom('comments')
          .where(inScope(scope))
          .$if(isFiltered(query), (filtered) => filtered.where(listWhere(query, commentColumns)))
          .select((eb) => eb.fn.countAll().as('total'))
          .executeTakeFirstOrThrow(),
      ]);
      return { data: rows.map(toComment), meta: { total: Number(count.total), limit, offset } };
    },
    async findById(id: CommentId, scope: CommentScope = {}): Promise<Comment | undefined> {
      const row = await db
        .selectFrom('comments')
        .selectAll()
        .where('id', '=', id)
        .where(inScope(scope))
        .executeTakeFirst();
      return row && toComment(row);
    },
    async create(input: NewComment): Promise<Comment> {
      const id = uuidv7();
      const now = new Date().toISOString();
      const row = await db
        .insertInto('comments')
        .values({ id, ...toCommentRow(input), created_at: now, updated_at: now })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toComment(row);
    },
    async update(
      id: CommentId,
      input: UpdateCommentInput,
      scope: CommentScope = {},
    ): Promise<Comment | undefined> {
      const row = await db
        .updateTable('comments')
        .set({ ...toCommentChanges(input), updated_at: new Date().toISOString() })
        .where('id', '=', id)
        .where(inScope(scope))
        .returningAll()
        .executeTakeFirst();
      return row && toComment(row);
    },
    async delete(id: CommentId, scope: CommentScope = {}): Promise<boolean> {
      const { numDeletedRows } = await db
        .deleteFrom('comments')
        .where('id', '=', id)
        .where(inScope(scope))
        .executeTakeFirst();
      return numDeletedRows > 0n;
    },
  };
}

export type CommentRepository = ReturnType<typeof createCommentRepository>;
