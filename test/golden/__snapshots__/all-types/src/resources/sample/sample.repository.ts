import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../../db/tables.js';
import type { SampleTable } from '../../db/tables/sample.js';
import type { Json } from '../../lib/json.js';
import type { Page, PageQuery } from '../../lib/pagination.js';
import { uuidv7 } from '../../lib/uuid.js';
import type { CreateSampleInput, Sample, SampleId, UpdateSampleInput } from './sample.schema.js';

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
    async list({ limit, offset }: PageQuery): Promise<Page<Sample>> {
      const [rows, count] = await Promise.all([
        db.selectFrom('samples').selectAll().orderBy('id').limit(limit).offset(offset).execute(),
        db
          .selectFrom('samples')
          .select((eb) => eb.fn.countAll().as('total'))
          .executeTakeFirstOrThrow(),
      ]);
      return { data: rows.map(toSample), meta: { total: Number(count.total), limit, offset } };
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
