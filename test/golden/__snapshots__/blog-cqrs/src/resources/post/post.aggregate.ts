import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables.js';
import type { CommandContext } from '../../features/cqrs/command.js';
import {
  type Aggregate,
  loadAggregate,
  type Loaded,
  saveAggregate,
} from '../../features/event-sourcing/aggregate.js';
import type { PostEvent } from './post.events.js';
import { projectPost, prunePostRows } from './post.projection.js';
import type { Post, PostId } from './post.schema.js';

/** A post after an event: undefined before it was created and after it was deleted. */
export function evolvePost(post: Post | undefined, event: PostEvent): Post | undefined {
  switch (event.type) {
    case 'PostCreated':
      return event.payload;
    case 'PostUpdated':
      return post && { ...post, ...event.payload };
    case 'PostDeleted':
      return undefined;
    case 'PostPublished':
      return post && { ...post, ...event.payload };
  }
}

export const postAggregate: Aggregate<Post, PostEvent> = {
  streamType: 'Post',
  evolve: evolvePost,
  project: projectPost,
  prune: prunePostRows,
};

/** A post and the version of its last event, from its events (after the latest snapshot). */
export const loadPost = (db: Kysely<Database>, id: PostId): Promise<Loaded<Post>> =>
  loadAggregate(db, postAggregate, id);

/** Appends a command's events to a loaded post (409 if another command got there first) and projects the result. */
export const savePost = (
  context: CommandContext,
  id: PostId,
  loaded: Loaded<Post>,
  events: readonly PostEvent[],
): Promise<Post | undefined> => saveAggregate(context.db, postAggregate, id, loaded, events);
