import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables.js';
import { postAggregate } from '../../resources/post/post.aggregate.js';
import type { DomainEvent } from '../cqrs/domain-event.js';
import { type Aggregate, loadAggregate } from './aggregate.js';
import { streamIds } from './event-store.js';

/**
 * Replays the events into the read tables, in one transaction: each record becomes exactly the state its events
 * fold to (from its latest snapshot), and rows no stream accounts for are deleted. Returns the records per model.
 */
export async function rebuildReadModels(db: Kysely<Database>): Promise<Record<string, number>> {
  return db.transaction().execute(async (trx) => ({
    Post: await rebuild(trx, postAggregate),
  }));
}

async function rebuild<State, Event extends DomainEvent>(
  db: Kysely<Database>,
  aggregate: Aggregate<State, Event>,
): Promise<number> {
  await aggregate.prune(db);
  const ids = await streamIds(db, aggregate.streamType);
  for (const id of ids) {
    const { state } = await loadAggregate(db, aggregate, id);
    await aggregate.project(db, id, state);
  }
  return ids.length;
}
