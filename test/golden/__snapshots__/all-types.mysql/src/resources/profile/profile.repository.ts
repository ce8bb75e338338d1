import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../../db/tables.js';
import type { ProfileTable } from '../../db/tables/profile.js';
import type { OffsetListQuery } from '../../lib/list-query.js';
import { column, isFiltered, type ListColumns, listOrder, listWhere } from '../../lib/list-sql.js';
import type { Page } from '../../lib/pagination.js';
import { uuidv7 } from '../../lib/uuid.js';
import type { CreateProfileInput, Profile, ProfileId, UpdateProfileInput } from './profile.schema.js';

/** Where the fields lists filter, sort and search on are stored. */
const profileColumns: ListColumns = {
  fields: {
    id: column('id'),
    userId: column('user_id'),
    createdAt: column('created_at', (value) => new Date(String(value))),
    updatedAt: column('updated_at', (value) => new Date(String(value))),
  },
  search: [],
};

/** Maps a row (snake_case columns, stored representations) to its API shape. */
function toProfile(row: Selectable<ProfileTable>): Profile {
  return {
    id: row.id,
    bio: row.bio,
    userId: row.user_id,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** Maps a create input to the columns it sets (the id and timestamps are added on insert). */
export function toProfileRow(
  input: CreateProfileInput,
): Omit<Insertable<ProfileTable>, 'id' | 'created_at' | 'updated_at'> {
  return {
    bio: input.bio,
    user_id: input.userId,
  };
}

/** Absent fields stay undefined, which kysely leaves out of the UPDATE. */
function toProfileChanges(input: UpdateProfileInput): Updateable<ProfileTable> {
  return {
    bio: input.bio,
    user_id: input.userId,
  };
}

/** Data access for the 'profiles' table. */
export function createProfileRepository(db: Kysely<Database>) {
  return {
    async list(query: OffsetListQuery): Promise<Page<Profile>> {
      const { limit, offset } = query;
      const [rows, count] = await Promise.all([
        db
          .selectFrom('profiles')
          .selectAll()
          .$if(isFiltered(query), (filtered) => filtered.where(listWhere(query, profileColumns)))
          .orderBy(listOrder(query.sort, profileColumns))
          .limit(limit)
          .offset(offset)
          .execute(),
        db
          .selectFrom('profiles')
          .$if(isFiltered(query), (filtered) => filtered.where(listWhere(query, profileColumns)))
          .select((eb) => eb.fn.countAll().as('total'))
          .executeTakeFirstOrThrow(),
      ]);
      return { data: rows.map(toProfile), meta: { total: Number(count.total), limit, offset } };
    },
    async findById(id: ProfileId): Promise<Profile | undefined> {
      const row = await db.selectFrom('profiles').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toProfile(row);
    },
    async create(input: CreateProfileInput): Promise<Profile> {
      const id = uuidv7();
      const now = new Date();
      await db
        .insertInto('profiles')
        .values({ id, ...toProfileRow(input), created_at: now, updated_at: now })
        .executeTakeFirstOrThrow();
      const row = await db.selectFrom('profiles').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      return toProfile(row);
    },
    async update(id: ProfileId, input: UpdateProfileInput): Promise<Profile | undefined> {
      const { numUpdatedRows } = await db
        .updateTable('profiles')
        .set({ ...toProfileChanges(input), updated_at: new Date() })
        .where('id', '=', id)
        .executeTakeFirst();
      return numUpdatedRows > 0n ? this.findById(id) : undefined;
    },
    async delete(id: ProfileId): Promise<boolean> {
      const { numDeletedRows } = await db.deleteFrom('profiles').where('id', '=', id).executeTakeFirst();
      return numDeletedRows > 0n;
    },
    async findByUserIds(values: readonly string[]): Promise<Profile[]> {
      if (values.length === 0) return [];
      const rows = await db
        .selectFrom('profiles')
        .selectAll()
        .where('user_id', 'in', [...new Set(values)])
        .orderBy('id')
        .execute();
      return rows.map(toProfile);
    },
  };
}

export type ProfileRepository = ReturnType<typeof createProfileRepository>;
