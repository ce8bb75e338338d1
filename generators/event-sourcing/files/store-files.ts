import type { Dialect } from '../../../src/dialect/index.js';
import { moduleOf } from '../../cqrs/files/print.js';
import { eventsTable, snapshotsTable } from '../model.js';

const cqrs = '../cqrs';

/** event-tables.ts: the row types of the events and snapshots tables, and how they store a point in time. */
export function eventTablesFile(dialect: Dialect): string {
  const text = dialect.kind === 'sqlite';
  return moduleOf({ kysely: { types: ['Generated'] } }, [
    `/** ${text ? 'SQLite has no time type: ISO 8601 text in UTC, which sorts and compares in time order.' : 'A timestamp column, read and written as a Date.'} */
    export type StoredTime = ${text ? 'string' : 'Date'};`,
    `/** The \`${eventsTable}\` table: append-only, one row per event; (stream_id, version) is unique. */
    export interface DomainEventsTable {
      /** The event's place among all events: the order a rebuild replays them in. */
      position: Generated<number>;
      /** The model of the record, e.g. \`Post\`. */
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
    }`,
    `/** The \`${snapshotsTable}\` table: a record's state at a version, so loading it replays only later events. */
    export interface DomainSnapshotsTable {
      id: Generated<number>;
      stream_id: string;
      version: number;
      /** JSON: the state, or null once the record was deleted. */
      state: string;
      taken_at: StoredTime;
    }`,
    `export const toStoredTime = (iso: string): StoredTime => ${text ? 'new Date(iso).toISOString()' : 'new Date(iso)'};`,
    `export const fromStoredTime = (value: StoredTime): string => ${text ? 'value' : 'value.toISOString()'};`,
  ]);
}

/** event-store.ts: append with optimistic concurrency, read a stream (up to a time), list streams. */
export function eventStoreFile(): string {
  return moduleOf(
    {
      kysely: { types: ['Kysely', 'Selectable'] },
      '../../db/errors.js': { names: ['isUniqueViolation'] },
      '../../db/tables.js': { types: ['Database'] },
      '../../lib/errors.js': { names: ['HttpError'] },
      [`${cqrs}/domain-event.js`]: { types: ['DomainEvent', 'EventMetadata'] },
      './event-tables.js': { names: ['fromStoredTime', 'toStoredTime'], types: ['DomainEventsTable'] },
    },
    [
      `/** An event as stored: with its version in its stream. */
      export type StoredEvent<Event extends DomainEvent = DomainEvent> = Event & { version: number };`,
      `/**
       * Appends events to a stream whose last version the caller read as \`expectedVersion\`. Two writers that read the
       * same version race for the same (stream_id, version) row: the unique index lets exactly one in, and the other
       * gets 409 with nothing of its command kept. Nothing is ever overwritten.
       */
      export async function appendEvents(db: Kysely<Database>, streamType: string, expectedVersion: number, events: readonly DomainEvent[]): Promise<void> {
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
          await db.insertInto('${eventsTable}').values(rows).execute();
        } catch (error) {
          if (!isUniqueViolation(error)) throw error;
          throw new HttpError(409, 'conflict', \`\${streamType} \${rows[0]?.stream_id} was changed by another request: read it again and retry\`);
        }
      }`,
      `export interface StreamRange {
        /** Only events after this version (a snapshot's). */
        afterVersion?: number;
        /** Only events that occurred at or before this time (ISO 8601). */
        until?: string;
      }`,
      `/** A stream's events in version order. */
      export async function readStream<Event extends DomainEvent>(db: Kysely<Database>, streamId: string, { afterVersion = 0, until }: StreamRange = {}): Promise<StoredEvent<Event>[]> {
        let query = db.selectFrom('${eventsTable}').selectAll().where('stream_id', '=', streamId).where('version', '>', afterVersion);
        if (until !== undefined) query = query.where('occurred_at', '<=', toStoredTime(until));
        const rows = await query.orderBy('version').execute();
        return rows.map((row) => toEvent<Event>(row));
      }`,
      `/** The ids of every stream of a type, in the order they began. */
      export async function streamIds(db: Kysely<Database>, streamType: string): Promise<string[]> {
        const rows = await db.selectFrom('${eventsTable}').select('stream_id').where('stream_type', '=', streamType).where('version', '=', 1).orderBy('position').execute();
        return rows.map((row) => row.stream_id);
      }`,
      `function toEvent<Event extends DomainEvent>(row: Selectable<DomainEventsTable>): StoredEvent<Event> {
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
      }`,
    ],
  );
}

/** snapshots.ts: a record's state every N events. */
export function snapshotsFile(): string {
  return moduleOf(
    {
      kysely: { types: ['Kysely'] },
      '../../db/tables.js': { types: ['Database'] },
      './event-tables.js': { names: ['toStoredTime'] },
    },
    [
      `export interface Snapshot<State> {
        version: number;
        /** Undefined once the record was deleted. */
        state: State | undefined;
      }`,
      `/** The latest snapshot of a stream, if one was taken. */
      export async function latestSnapshot<State>(db: Kysely<Database>, streamId: string): Promise<Snapshot<State> | undefined> {
        const row = await db.selectFrom('${snapshotsTable}').select(['version', 'state']).where('stream_id', '=', streamId).orderBy('version', 'desc').limit(1).executeTakeFirst();
        if (!row) return undefined;
        // A snapshot holds what the stream's own evolve function returned.
        const state = JSON.parse(row.state) as State | null;
        return { version: row.version, state: state ?? undefined };
      }`,
      `export async function saveSnapshot<State>(db: Kysely<Database>, streamId: string, { version, state }: Snapshot<State>): Promise<void> {
        await db.insertInto('${snapshotsTable}').values({ stream_id: streamId, version, state: JSON.stringify(state ?? null), taken_at: toStoredTime(new Date().toISOString()) }).execute();
      }`,
    ],
  );
}

/** event-sourcing-settings.ts: the options the generated code runs with. */
export function settingsFile(snapshotEvery: number): string {
  return moduleOf({}, [
    `/** From features["event-sourcing"] in kiln.json; regenerated by \`gen\`. */
    export const eventSourcingSettings = {
      /** A snapshot is taken every this many events of a record. */
      snapshotEvery: ${snapshotEvery},
    } as const;`,
  ]);
}

/** aggregate.ts: load a record from its events, append a command's events, fold up to a time. */
export function aggregateFile(): string {
  return moduleOf(
    {
      kysely: { types: ['Kysely'] },
      '../../db/tables.js': { types: ['Database'] },
      [`${cqrs}/domain-event.js`]: { types: ['DomainEvent'] },
      './event-sourcing-settings.js': { names: ['eventSourcingSettings'] },
      './event-store.js': { names: ['appendEvents', 'readStream'] },
      './snapshots.js': { names: ['latestSnapshot', 'saveSnapshot'] },
    },
    [
      `/** How one model's records follow from their events, and how its read table is kept in step. */
      export interface Aggregate<State, Event extends DomainEvent> {
        /** The model's name: the stream type of its events. */
        streamType: string;
        /** The state after an event: undefined before the record was created and after it was deleted. */
        evolve(state: State | undefined, event: Event): State | undefined;
        /** Writes a record's state to the read table (deleting its row when the state is undefined). */
        project(db: Kysely<Database>, streamId: string, state: State | undefined): Promise<void>;
        /** Deletes the read table's rows that no stream accounts for. */
        prune(db: Kysely<Database>): Promise<void>;
      }`,
      `/** A record as loaded: its state and the version of its last event (0 for a stream that does not exist). */
      export interface Loaded<State> {
        state: State | undefined;
        version: number;
      }`,
      `/** Loads a record: its latest snapshot, then the events after it, folded. */
      export async function loadAggregate<State, Event extends DomainEvent>(db: Kysely<Database>, aggregate: Aggregate<State, Event>, streamId: string): Promise<Loaded<State>> {
        const snapshot = await latestSnapshot<State>(db, streamId);
        const events = await readStream<Event>(db, streamId, { afterVersion: snapshot?.version ?? 0 });
        return {
          state: fold(aggregate, snapshot?.state, events),
          version: events.at(-1)?.version ?? snapshot?.version ?? 0,
        };
      }`,
      `/**
       * Appends a command's events after the version it loaded, then brings the read table and (every
       * \`snapshotEvery\` events) the snapshots up to date: all in the command's transaction, so they commit together.
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
        if (Math.floor(version / snapshotEvery) > Math.floor(loaded.version / snapshotEvery)) await saveSnapshot(db, streamId, { version, state });
        return state;
      }`,
      `/** The state a record had at \`asOf\` (ISO 8601): its events up to then, folded; undefined when it did not exist. */
      export async function stateAt<State, Event extends DomainEvent>(db: Kysely<Database>, aggregate: Aggregate<State, Event>, streamId: string, asOf: string): Promise<State | undefined> {
        return fold(aggregate, undefined, await readStream<Event>(db, streamId, { until: asOf }));
      }`,
      `export function fold<State, Event extends DomainEvent>(aggregate: Aggregate<State, Event>, initial: State | undefined, events: readonly Event[]): State | undefined {
        return events.reduce<State | undefined>((state, event) => aggregate.evolve(state, event), initial);
      }`,
    ],
  );
}

/** as-of.ts: `GET /<collection>/:id?asOf=<time>` reads the past instead of the present. */
export function asOfFile(): string {
  return moduleOf({ hono: { types: ['Context'] } }, [
    `/** Reads a record as it is now, or, when the request has \`?asOf=<ISO 8601 time>\`, as it was then. */
    export function readAsOf<Found>(c: Context, now: () => Promise<Found | undefined>, then: (asOf: string) => Promise<Found | undefined>): Promise<Found | undefined> {
      const asOf = c.req.query('asOf');
      return asOf === undefined ? now() : then(asOf);
    }`,
  ]);
}

export interface RebuiltModel {
  aggregate: string;
  from: string;
  streamType: string;
}

/** rebuild.ts: every event-sourced read table replayed from the events. */
export function rebuildFile(models: readonly RebuiltModel[]): string {
  return moduleOf(
    {
      kysely: { types: ['Kysely'] },
      '../../db/tables.js': { types: ['Database'] },
      [`${cqrs}/domain-event.js`]: { types: ['DomainEvent'] },
      './aggregate.js': { names: ['loadAggregate'], types: ['Aggregate'] },
      './event-store.js': { names: ['streamIds'] },
      ...Object.fromEntries(models.map((model) => [model.from, { names: [model.aggregate] }])),
    },
    [
      `/**
       * Replays the events into the read tables, in one transaction: each record becomes exactly the state its events
       * fold to (from its latest snapshot), and rows no stream accounts for are deleted. Returns the records per model.
       */
      export async function rebuildReadModels(db: Kysely<Database>): Promise<Record<string, number>> {
        return db.transaction().execute(async (trx) => ({
          ${models.map((model) => `${model.streamType}: await rebuild(trx, ${model.aggregate}),`).join('\n')}
        }));
      }`,
      `async function rebuild<State, Event extends DomainEvent>(db: Kysely<Database>, aggregate: Aggregate<State, Event>): Promise<number> {
        await aggregate.prune(db);
        const ids = await streamIds(db, aggregate.streamType);
        for (const id of ids) {
          const { state } = await loadAggregate(db, aggregate, id);
          await aggregate.project(db, id, state);
        }
        return ids.length;
      }`,
    ],
  );
}

/** rebuild-script.ts: `npm run events:rebuild`. */
export function rebuildScriptFile(): string {
  return moduleOf(
    {
      '../../config.js': { names: ['loadDatabaseUrl', 'loadEnvFile'] },
      '../../db/database.js': { names: ['createDatabase'] },
      './rebuild.js': { names: ['rebuildReadModels'] },
    },
    [
      'loadEnvFile();',
      'const db = createDatabase(loadDatabaseUrl());',
      `try {
        const rebuilt = await rebuildReadModels(db);
        for (const [model, records] of Object.entries(rebuilt)) console.log(\`\${model}: \${records} record(s) replayed\`);
      } catch (error) {
        console.error(error instanceof Error ? error.message : error);
        process.exitCode = 1;
      } finally {
        await db.destroy();
      }`,
    ],
  );
}
