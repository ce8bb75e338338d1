import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables.js';
import { toStoredTime } from './event-tables.js';

export interface Snapshot<State> {
  version: number;
  /** Undefined once the record was deleted. */
  state: State | undefined;
}

/** The latest snapshot of a stream, if one was taken. */
export async function latestSnapshot<State>(
  db: Kysely<Database>,
  streamId: string,
): Promise<Snapshot<State> | undefined> {
  const row = await db
    .selectFrom('domain_snapshots')
    .select(['version', 'state'])
    .where('stream_id', '=', streamId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return undefined;
  // A snapshot holds what the stream's own evolve function returned.
  const state = JSON.parse(row.state) as State | null;
  return { version: row.version, state: state ?? undefined };
}

export async function saveSnapshot<State>(
  db: Kysely<Database>,
  streamId: string,
  { version, state }: Snapshot<State>,
): Promise<void> {
  await db
    .insertInto('domain_snapshots')
    .values({
      stream_id: streamId,
      version,
      state: JSON.stringify(state ?? null),
      taken_at: toStoredTime(new Date().toISOString()),
    })
    .execute();
}
