import type { Kysely, Selectable } from 'kysely';
import { isUniqueViolation } from '../../db/errors.js';
import type { Database } from '../../db/tables.js';
import { HttpError } from '../../lib/errors.js';
import type { DomainEvent, EventMetadata } from '../cqrs/domain-event.js';
import { type DomainEventsTable, fromStoredTime, toStoredTime } from './event-tables.js';

/** An event as stored: with its version in its stream. */
export type StoredEvent<Event extends DomainEvent = DomainEvent> = Event & { version: number };

/**
 * Appends events to a stream whose last version the caller read as `expectedVersion`. Two writers that read the
 * same version race for the same (stream_id, version) row: the unique index lets exactly one in, and the other
 * gets 409 with nothing of its command kept. Nothing is ever overwritten.
 */
export async function appendEvents(
  db: Kysely<Database>,
  streamType: string,
  expectedVersion: number,
  events: readonly DomainEvent[],
): Promise<void> {
  const rows = events.map((event, index) => ({
    stream_type: streamType,
    stream_id: event.streamId,
    version: expectedVersion + index + 1,
    type: event.type,
    payload: JSON.stringify(event.payload),
    metadata: JSON.stringify(event.metadata),
    occurred_at: toStoredTime(event.occurredAt),
  }));
  if (rows.length === 0) return;
  try {
    await db.insertInto('domain_events').values(rows).execute();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new HttpError(
      409,
      'conflict',
      `${streamType} ${rows[0]?.stream_id} was changed by another request: read it again and retry`,
    );
  }
}

export interface StreamRange {
  /** Only events after this version (a snapshot's). */
  afterVersion?: number;
  /** Only events that occurred at or before this time (ISO 8601). */
  until?: string;
}

/** A stream's events in version order. */
export async function readStream<Event extends DomainEvent>(
  db: Kysely<Database>,
  streamId: string,
  { afterVersion = 0, until }: StreamRange = {},
): Promise<StoredEvent<Event>[]> {
  let query = db
    .selectFrom('domain_events')
    .selectAll()
    .where('stream_id', '=', streamId)
    .where('version', '>', afterVersion);
  if (until !== undefined) query = query.where('occurred_at', '<=', toStoredTime(until));
  const rows = await query.orderBy('version').execute();
  return rows.map((row) => toEvent<Event>(row));
}

/** The ids of every stream of a type, in the order they began. */
export async function streamIds(db: Kysely<Database>, streamType: string): Promise<string[]> {
  const rows = await db
    .selectFrom('domain_events')
    .select('stream_id')
    .where('stream_type', '=', streamType)
    .where('version', '=', 1)
    .orderBy('position')
    .execute();
  return rows.map((row) => row.stream_id);
}

function toEvent<Event extends DomainEvent>(row: Selectable<DomainEventsTable>): StoredEvent<Event> {
  const event: StoredEvent = {
    type: row.type,
    streamId: row.stream_id,
    version: row.version,
    payload: JSON.parse(row.payload) as unknown,
    metadata: JSON.parse(row.metadata) as EventMetadata,
    occurredAt: fromStoredTime(row.occurred_at),
  };
  // A stream holds only what its own type's command handlers appended: events of that type's union.
  return event as StoredEvent<Event>;
}
