import * as z from 'zod';
import { defineQuery } from '../../features/cqrs/query.js';
import { stateAt } from '../../features/event-sourcing/aggregate.js';
import { readStream } from '../../features/event-sourcing/event-store.js';
import { postAggregate } from './post.aggregate.js';
import type { PostEvent } from './post.events.js';
import { postIdSchema } from './post.schema.js';

/** Every event of a post, oldest first: what happened, when, by which command and whom. */
export const getPostHistory = defineQuery({
  name: 'GetPostHistory',
  schema: z.object({ id: postIdSchema }),
  handle: ({ id }, { db }) => readStream<PostEvent>(db, id),
});

/** A post as it was at `asOf`; undefined when it did not exist then. */
export const getPostAsOf = defineQuery({
  name: 'GetPostAsOf',
  schema: z.object({ id: postIdSchema, asOf: z.iso.datetime({ offset: true }) }),
  handle: ({ id, asOf }, { db }) => stateAt(db, postAggregate, id, asOf),
});
