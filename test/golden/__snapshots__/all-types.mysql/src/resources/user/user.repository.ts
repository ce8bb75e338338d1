import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../../db/tables.js';
import type { UserTable } from '../../db/tables/user.js';
import type { OffsetListQuery } from '../../lib/list-query.js';
import { column, isFiltered, type ListColumns, listOrder, listWhere } from '../../lib/list-sql.js';
import type { Page } from '../../lib/pagination.js';
import { uuidv7 } from '../../lib/uuid.js';
import type { CreateUserInput, UpdateUserInput, User, UserId } from './user.schema.js';

/** Where the fields lists filter, sort and search on are stored. */
const userColumns: ListColumns = {
  fields: {
    id: column('id'),
    handle: column('handle'),
  },
  search: [],
};

/** Maps a row (snake_case columns, stored representations) to its API shape. */
function toUser(row: Selectable<UserTable>): User {
  return {
    id: row.id,
    handle: row.handle,
    group: row.group,
  };
}

/** Maps a create input to the columns it sets (the id and timestamps are added on insert). */
export function toUserRow(input: CreateUserInput): Omit<Insertable<UserTable>, 'id'> {
  return {
    handle: input.handle,
    group: input.group,
  };
}

/** Absent fields stay undefined, which kysely leaves out of the UPDATE. */
function toUserChanges(input: UpdateUserInput): Updateable<UserTable> {
  return {
    handle: input.handle,
    group: input.group,
  };
}

/** Data access for the 'users' table. */
export function createUserRepository(db: Kysely<Database>) {
  return {
    async list(query: OffsetListQuery): Promise<Page<User>> {
      const { limit, offset } = query;
      const [rows, count] = await Promise.all([
        db
          .selectFrom('users')
          .selectAll()
          .$if(isFiltered(query), (filtered) => filtered.where(listWhere(query, userColumns)))
          .orderBy(listOrder(query.sort, userColumns))
          .limit(limit)
          .offset(offset)
          .execute(),
        db
          .selectFrom('users')
          .$if(isFiltered(query), (filtered) => filtered.where(listWhere(query, userColumns)))
          .select((eb) => eb.fn.countAll().as('total'))
          .executeTakeFirstOrThrow(),
      ]);
      return { data: rows.map(toUser), meta: { total: Number(count.total), limit, offset } };
    },
    async findById(id: UserId): Promise<User | undefined> {
      const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toUser(row);
    },
    async create(input: CreateUserInput): Promise<User> {
      const id = uuidv7();
      await db
        .insertInto('users')
        .values({ id, ...toUserRow(input) })
        .executeTakeFirstOrThrow();
      const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      return toUser(row);
    },
    async update(id: UserId, input: UpdateUserInput): Promise<User | undefined> {
      const changes = toUserChanges(input);
      if (Object.values(changes).every((value) => value === undefined)) return this.findById(id);
      const { numUpdatedRows } = await db
        .updateTable('users')
        .set(changes)
        .where('id', '=', id)
        .executeTakeFirst();
      return numUpdatedRows > 0n ? this.findById(id) : undefined;
    },
    async delete(id: UserId): Promise<boolean> {
      const { numDeletedRows } = await db.deleteFrom('users').where('id', '=', id).executeTakeFirst();
      return numDeletedRows > 0n;
    },
    async findByIds(ids: readonly UserId[]): Promise<User[]> {
      if (ids.length === 0) return [];
      const rows = await db
        .selectFrom('users')
        .selectAll()
        .where('id', 'in', [...new Set(ids)])
        .execute();
      return rows.map(toUser);
    },
  };
}

export type UserRepository = ReturnType<typeof createUserRepository>;
