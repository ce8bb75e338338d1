import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../../db/tables.js';
import type { TagTable } from '../../db/tables/tag.js';
import type { OffsetListQuery } from '../../lib/list-query.js';
import { column, isFiltered, type ListColumns, listOrder, listWhere } from '../../lib/list-sql.js';
import type { Page } from '../../lib/pagination.js';
import { uuidv7 } from '../../lib/uuid.js';
import type { CreateTagInput, Tag, TagId, UpdateTagInput } from './tag.schema.js';

/** Where the fields lists filter, sort and search on are stored. */
const tagColumns: ListColumns = {
  fields: {
    id: column('id'),
    name: column('name'),
    createdAt: column('created_at', (value) => new Date(String(value)).toISOString()),
    updatedAt: column('updated_at', (value) => new Date(String(value)).toISOString()),
  },
  search: [],
};

/** Maps a row (snake_case columns, stored representations) to its API shape. */
function toTag(row: Selectable<TagTable>): Tag {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Maps a create input to the columns it sets (the id and timestamps are added on insert). */
export function toTagRow(
  input: CreateTagInput,
): Omit<Insertable<TagTable>, 'id' | 'created_at' | 'updated_at'> {
  return {
    name: input.name,
  };
}

/** Absent fields stay undefined, which kysely leaves out of the UPDATE. */
function toTagChanges(input: UpdateTagInput): Updateable<TagTable> {
  return {
    name: input.name,
  };
}

/** Data access for the 'tags' table. */
export function createTagRepository(db: Kysely<Database>) {
  return {
    async list(query: OffsetListQuery): Promise<Page<Tag>> {
      const { limit, offset } = query;
      const [rows, count] = await Promise.all([
        db
          .selectFrom('tags')
          .selectAll()
          .$if(isFiltered(query), (filtered) => filtered.where(listWhere(query, tagColumns)))
          .orderBy(listOrder(query.sort, tagColumns))
          .limit(limit)
          .offset(offset)
          .execute(),
        db
          .selectFrom('tags')
          .$if(isFiltered(query), (filtered) => filtered.where(listWhere(query, tagColumns)))
          .select((eb) => eb.fn.countAll().as('total'))
          .executeTakeFirstOrThrow(),
      ]);
      return { data: rows.map(toTag), meta: { total: Number(count.total), limit, offset } };
    },
    async findById(id: TagId): Promise<Tag | undefined> {
      const row = await db.selectFrom('tags').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toTag(row);
    },
    async create(input: CreateTagInput): Promise<Tag> {
      const id = uuidv7();
      const now = new Date().toISOString();
      const row = await db
        .insertInto('tags')
        .values({ id, ...toTagRow(input), created_at: now, updated_at: now })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toTag(row);
    },
    async update(id: TagId, input: UpdateTagInput): Promise<Tag | undefined> {
      const row = await db
        .updateTable('tags')
        .set({ ...toTagChanges(input), updated_at: new Date().toISOString() })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst();
      return row && toTag(row);
    },
    async delete(id: TagId): Promise<boolean> {
      const { numDeletedRows } = await db.deleteFrom('tags').where('id', '=', id).executeTakeFirst();
      return numDeletedRows > 0n;
    },
    async findLinkedToPosts(ids: readonly string[]): Promise<{ linkedId: string; record: Tag }[]> {
      if (ids.length === 0) return [];
      const rows = await db
        .selectFrom('post_tags')
        .innerJoin('tags', 'tags.id', 'post_tags.tag_id')
        .selectAll('tags')
        .select('post_tags.post_id as linked_id')
        .where('post_tags.post_id', 'in', [...new Set(ids)])
        .orderBy('tags.id')
        .execute();
      return rows.map(({ linked_id, ...row }) => ({ linkedId: linked_id, record: toTag(row) }));
    },
  };
}

export type TagRepository = ReturnType<typeof createTagRepository>;
