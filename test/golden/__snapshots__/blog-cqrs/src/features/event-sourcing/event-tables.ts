import type { Generated } from 'kysely';

/** SQLite has no time type: ISO 8601 text in UTC, which sorts and compares in time order. */
export type StoredTime = string;

/** The `domain_events` table: append-only, one row per event; (stream_id, version) is unique. */
export interface DomainEventsTable {
  /** The event's place among all events: the order a rebuild replays them in. */
  position: Generated<number>;
  /** The model of the record, e.g. `Post`. */
  stream_type: string;
  /** The record's id. */
  stream_id: string;
  /** 1 for the record's first event, then one more per event. */
  version: number;
  type: string;
  /** JSON. */
  payload: string;
  /** JSON: the command, the actor and the request id. */
  metadata: string;
  occurred_at: StoredTime;
}

/** The `domain_snapshots` table: a record's state at a version, so loading it replays only later events. */
export interface DomainSnapshotsTable {
  id: Generated<number>;
  stream_id: string;
  version: number;
  /** JSON: the state, or null once the record was deleted. */
  state: string;
  taken_at: StoredTime;
}

export const toStoredTime = (iso: string): StoredTime => new Date(iso).toISOString();

export const fromStoredTime = (value: StoredTime): string => value;
