import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../../db/tables.js';
import type { SampleTable } from '../../db/tables/sample.js';
import { cursorPage } from '../../lib/cursor.js';
import type { Json } from '../../lib/json.js';
import type { CursorListQuery } from '../../lib/list-query.js';
import { column, decimalColumn, type ListColumns, listOrder, listWhere } from '../../lib/list-sql.js';
import type { CursorPage } from '../../lib/pagination.js';
import { uuidv7 } from '../../lib/uuid.js';
import type { CreateSampleInput, Sample, SampleId, UpdateSampleInput } from './sample.schema.js';

/** Where the fields lists filter, sort and search on are stored. */
const sampleColumns: ListColumns = {
  fields: {
    id: column('id'),
    label: column('label'),
    quantity: column('quantity'),
    ratio: column('ratio'),
    price: decimalColumn('price'),
    active: column('active', (value) => (value === true ? 1 : 0)),
    releasedOn: column('released_on'),
    publishedAt: column('published_at', (value) => new Date(String(value)).toISOString()),
    externalId: column('external_id'),
    kind: column('kind'),
    createdAt: column('created_at', (value) => new Date(String(value)).toISOString()),
    updatedAt: column('updated_at', (value) => new Date(String(value)).toISOString()),
  },
  search: ['label', 'notes'],
};

/** Maps a row (snake_case columns, stored representations) to its API shape. */
function toSample(row: Selectable<SampleTable>): Sample {
  return {
    id: row.id,
    label: row.label,
    notes: row.notes,
    quantity: row.quantity,
    ratio: row.ratio,
    price: row.price,
    active: row.active === 1,
    flagged: row.flagged === null ? null : row.flagged === 1,
    releasedOn: row.released_on,
    publishedAt: row.published_at,
    externalId: row.external_id,
    metadata: JSON.parse(row.metadata) as Json,
    settings: row.settings === null ? null : (JSON.parse(row.settings) as Json),
    kind: row.kind,
    order: row.order,
    select: row.select,
    from: row.from,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Maps a create input to the columns it sets (the id and timestamps are added on insert). */
export function toSampleRow(
  input: CreateSampleInput,
): Omit<Insertable<SampleTable>, 'id' | 'created_at' | 'updated_at'> {
  return {
    label: input.label,
    notes: input.notes,
    quantity: input.quantity,
    ratio: input.ratio,
    price: input.price,
    active: input.active ? 1 : 0,
    flagged: input.flagged === null ? null : input.flagged ? 1 : 0,
    released_on: input.releasedOn,
    published_at: input.publishedAt === null ? null : new Date(input.publishedAt).toISOString(),
    external_id: input.externalId,
    metadata: JSON.stringify(input.metadata),
    settings: input.settings === null ? null : JSON.stringify(input.settings),
    kind: input.kind,
    order: input.order,
    select: input.select,
    from: input.from,
  };
}

/** Absent fields stay undefined, which kysely leaves out of the UPDATE. */
function toSampleChanges(input: UpdateSampleInput): Updateable<SampleTable> {
  return {
    label: input.label,
    notes: input.notes,
    quantity: input.quantity,
    ratio: input.ratio,
    price: input.price,
    active: input.active === undefined ? undefined : input.active ? 1 : 0,
    flagged: input.flagged === null || input.flagged === undefined ? input.flagged : input.flagged ? 1 : 0,
    released_on: input.releasedOn,
    published_at:
      input.publishedAt === null || input.publishedAt === undefined
        ? input.publishedAt
        : new Date(input.publishedAt).toISOString(),
    external_id: input.externalId,
    metadata: input.metadata === undefined ? undefined : JSON.stringify(input.metadata),
    settings:
      input.settings === null || input.settings === undefined
        ? input.settings
        : JSON.stringify(input.settings),
    kind: input.kind,
    order: input.order,
    select: input.select,
    from: input.from,
  };
}

/** Data access for the 'samples' table. */
export function createSampleRepository(db: Kysely<Database>) {
  return {
    async list(query: CursorListQuery): Promise<CursorPage<Sample>> {
      const rows = await db
        .selectFrom('samples')
        .selectAll()
        .where(listWhere(query, sampleColumns))
        .orderBy(listOrder(query.sort, sampleColumns))
        .limit(query.limit + 1)
        .execute();
      return cursorPage(rows.map(toSample), query);
    },
    async findById(id: SampleId): Promise<Sample | undefined> {
      const row = await db.selectFrom('samples').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toSample(row);
    },
    async create(input: CreateSampleInput): Promise<Sample> {
      const id = uuidv7();
      const now = new Date().toISOString();
      const row = await db
        .insertInto('samples')
        .values({ id, ...toSampleRow(input), created_at: now, updated_at: now })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toSample(row);
    },
    async update(id: SampleId, input: UpdateSampleInput): Promise<Sample | undefined> {
      const row = await db
        .updateTable('samples')
        .set({ ...toSampleChanges(input), updated_at: new Date().toISOString() })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst();
      return row && toSample(row);
    },
    async delete(id: SampleId): Promise<boolean> {
      const { numDeletedRows } = await db.deleteFrom('samples').where('id', '=', id).executeTakeFirst();
      return numDeletedRows > 0n;
    },
  };
}

export type SampleRepository = ReturnType<typeof createSampleRepository>;
