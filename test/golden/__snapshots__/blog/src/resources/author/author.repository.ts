import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../../db/tables.js';
import type { AuthorTable } from '../../db/tables/author.js';
import type { OffsetListQuery } from '../../lib/list-query.js';
import { column, isFiltered, type ListColumns, listOrder, listWhere } from '../../lib/list-sql.js';
import type { Page } from '../../lib/pagination.js';
import { uuidv7 } from '../../lib/uuid.js';
import type { Author, AuthorId, CreateAuthorInput, UpdateAuthorInput } from './author.schema.js';

/** Where the fields lists filter, sort and search on are stored. */
const authorColumns: ListColumns = {
  fields: {
    id: column('id'),
    email: column('email'),
    createdAt: column('created_at', (value) => new Date(String(value)).toISOString()),
    updatedAt: column('updated_at', (value) => new Date(String(value)).toISOString()),
  },
  search: [],
};

/** Maps a row (snake_case columns, stored representations) to its API shape. */
function toAuthor(row: Selectable<AuthorTable>): Author {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    bio: row.bio,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Maps a create input to the columns it sets (the id and timestamps are added on insert). */
export function toAuthorRow(
  input: CreateAuthorInput,
): Omit<Insertable<AuthorTable>, 'id' | 'created_at' | 'updated_at'> {
  return {
    name: input.name,
    email: input.email,
    bio: input.bio,
  };
}

/** Absent fields stay undefined, which kysely leaves out of the UPDATE. */
function toAuthorChanges(input: UpdateAuthorInput): Updateable<AuthorTable> {
  return {
    name: input.name,
    email: input.email,
    bio: input.bio,
  };
}

/** Data access for the 'authors' table. */
export function createAuthorRepository(db: Kysely<Database>) {
  return {
    async list(query: OffsetListQuery): Promise<Page<Author>> {
      const { limit, offset } = query;
      const [rows, count] = await Promise.all([
        db
          .selectFrom('authors')
          .selectAll()
          .$if(isFiltered(query), (filtered) => filtered.where(listWhere(query, authorColumns)))
          .orderBy(listOrder(query.sort, authorColumns))
          .limit(limit)
          .offset(offset)
          .execute(),
        db
          .selectFrom('authors')
          .$if(isFiltered(query), (filtered) => filtered.where(listWhere(query, authorColumns)))
          .select((eb) => eb.fn.countAll().as('total'))
          .executeTakeFirstOrThrow(),
      ]);
      return { data: rows.map(toAuthor), meta: { total: Number(count.total), limit, offset } };
    },
    async findById(id: AuthorId): Promise<Author | undefined> {
      const row = await db.selectFrom('authors').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toAuthor(row);
    },
    async create(input: CreateAuthorInput): Promise<Author> {
      const id = uuidv7();
      const now = new Date().toISOString();
      const row = await db
        .insertInto('authors')
        .values({ id, ...toAuthorRow(input), created_at: now, updated_at: now })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toAuthor(row);
    },
    async update(id: AuthorId, input: UpdateAuthorInput): Promise<Author | undefined> {
      const row = await db
        .updateTable('authors')
        .set({ ...toAuthorChanges(input), updated_at: new Date().toISOString() })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst();
      return row && toAuthor(row);
    },
    async delete(id: AuthorId): Promise<boolean> {
      const { numDeletedRows } = await db.deleteFrom('authors').where('id', '=', id).executeTakeFirst();
      return numDeletedRows > 0n;
    },
    async findByIds(ids: readonly AuthorId[]): Promise<Author[]> {
      if (ids.length === 0) return [];
      const rows = await db
        .selectFrom('authors')
        .selectAll()
        .where('id', 'in', [...new Set(ids)])
        .execute();
      return rows.map(toAuthor);
    },
  };
}

export type AuthorRepository = ReturnType<typeof createAuthorRepository>;
