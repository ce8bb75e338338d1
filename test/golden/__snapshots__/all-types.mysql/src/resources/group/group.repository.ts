import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../../db/tables.js';
import type { GroupTable } from '../../db/tables/group.js';
import type { OffsetListQuery } from '../../lib/list-query.js';
import { column, isFiltered, type ListColumns, listOrder, listWhere } from '../../lib/list-sql.js';
import type { Page } from '../../lib/pagination.js';
import type { CreateGroupInput, Group, GroupId, UpdateGroupInput } from './group.schema.js';

/** Where the fields lists filter, sort and search on are stored. */
const groupColumns: ListColumns = {
  fields: {
    id: column('id'),
    name: column('name'),
    createdAt: column('created_at', (value) => new Date(String(value))),
    updatedAt: column('updated_at', (value) => new Date(String(value))),
  },
  search: [],
};

/** Maps a row (snake_case columns, stored representations) to its API shape. */
function toGroup(row: Selectable<GroupTable>): Group {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** Maps a create input to the columns it sets (the id and timestamps are added on insert). */
export function toGroupRow(
  input: CreateGroupInput,
): Omit<Insertable<GroupTable>, 'id' | 'created_at' | 'updated_at'> {
  return {
    name: input.name,
  };
}

/** Absent fields stay undefined, which kysely leaves out of the UPDATE. */
function toGroupChanges(input: UpdateGroupInput): Updateable<GroupTable> {
  return {
    name: input.name,
  };
}

/** Data access for the 'groups' table. */
export function createGroupRepository(db: Kysely<Database>) {
  return {
    async list(query: OffsetListQuery): Promise<Page<Group>> {
      const { limit, offset } = query;
      const [rows, count] = await Promise.all([
        db
          .selectFrom('groups')
          .selectAll()
          .$if(isFiltered(query), (filtered) => filtered.where(listWhere(query, groupColumns)))
          .orderBy(listOrder(query.sort, groupColumns))
          .limit(limit)
          .offset(offset)
          .execute(),
        db
          .selectFrom('groups')
          .$if(isFiltered(query), (filtered) => filtered.where(listWhere(query, groupColumns)))
          .select((eb) => eb.fn.countAll().as('total'))
          .executeTakeFirstOrThrow(),
      ]);
      return { data: rows.map(toGroup), meta: { total: Number(count.total), limit, offset } };
    },
    async findById(id: GroupId): Promise<Group | undefined> {
      const row = await db.selectFrom('groups').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toGroup(row);
    },
    async create(input: CreateGroupInput): Promise<Group> {
      const now = new Date();
      const { insertId } = await db
        .insertInto('groups')
        .values({ ...toGroupRow(input), created_at: now, updated_at: now })
        .executeTakeFirstOrThrow();
      const id = Number(insertId);
      const row = await db.selectFrom('groups').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      return toGroup(row);
    },
    async update(id: GroupId, input: UpdateGroupInput): Promise<Group | undefined> {
      const { numUpdatedRows } = await db
        .updateTable('groups')
        .set({ ...toGroupChanges(input), updated_at: new Date() })
        .where('id', '=', id)
        .executeTakeFirst();
      return numUpdatedRows > 0n ? this.findById(id) : undefined;
    },
    async delete(id: GroupId): Promise<boolean> {
      const { numDeletedRows } = await db.deleteFrom('groups').where('id', '=', id).executeTakeFirst();
      return numDeletedRows > 0n;
    },
  };
}

export type GroupRepository = ReturnType<typeof createGroupRepository>;
