import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables.js';
import type { DomainEvent } from '../cqrs/domain-event.js';
import { eventSourcingSettings } from './event-sourcing-settings.js';
import { appendEvents, readStream } from './event-store.js';
import { latestSnapshot, saveSnapshot } from './snapshots.js';

/** How one model's records follow from their events, and how its read table is kept in step. */
export interface Aggregate<State, Event extends DomainEvent> {
  /** The model's name: the stream type of its events. */
  streamType: string;
  /** The state after an event: undefined before the record was created and after it was deleted. */
  evolve(state: State | undefined, event: Event): State | undefined;
  /** Writes a record's state to the read table (deleting its row when the state is undefined). */
  project(db: Kysely<Database>, streamId: string, state: State | undefined): Promise<void>;
  /** Deletes the read table's rows that no stream accounts for. */
  prune(db: Kysely<Database>): Promise<void>;
}

/** A record as loaded: its state and the version of its last event (0 for a stream that does not exist). */
export interface Loaded<State> {
  state: State | undefined;
  version: number;
}

/** Loads a record: its latest snapshot, then the events after it, folded. */
export async function loadAggregate<State, Event extends DomainEvent>(
  db: Kysely<Database>,
  aggregate: Aggregate<State, Event>,
  streamId: string,
): Promise<Loaded<State>> {
  const snapshot = await latestSnapshot<State>(db, streamId);
  const events = await readStream<Event>(db, streamId, { afterVersion: snapshot?.version ?? 0 });
  return {
    state: fold(aggregate, snapshot?.state, events),
    version: events.at(-1)?.version ?? snapshot?.version ?? 0,
  };
}

/**
 * Appends a command's events after the version it loaded, then brings the read table and (every
 * `snapshotEvery` events) the snapshots up to date: all in the command's transaction, so they commit together.
 */
export async function saveAggregate<State, Event extends DomainEvent>(
  db: Kysely<Database>,
  aggregate: Aggregate<State, Event>,
  streamId: string,
  loaded: Loaded<State>,
  events: readonly Event[],
): Promise<State | undefined> {
  await appendEvents(db, aggregate.streamType, loaded.version, events);
  const state = fold(aggregate, loaded.state, events);
  const version = loaded.version + events.length;
  await aggregate.project(db, streamId, state);
  const { snapshotEvery } = eventSourcingSettings;
  if (Math.floor(version / snapshotEvery) > Math.floor(loaded.version / snapshotEvery))
    await saveSnapshot(db, streamId, { version, state });
  return state;
}

/** The state a record had at `asOf` (ISO 8601): its events up to then, folded; undefined when it did not exist. */
export async function stateAt<State, Event extends DomainEvent>(
  db: Kysely<Database>,
  aggregate: Aggregate<State, Event>,
  streamId: string,
  asOf: string,
): Promise<State | undefined> {
  return fold(aggregate, undefined, await readStream<Event>(db, streamId, { until: asOf }));
}

export function fold<State, Event extends DomainEvent>(
  aggregate: Aggregate<State, Event>,
  initial: State | undefined,
  events: readonly Event[],
): State | undefined {
  return events.reduce<State | undefined>((state, event) => aggregate.evolve(state, event), initial);
}
