import type { AuthorTable } from './tables/author.js';
import type { PostTable } from './tables/post.js';
import type { CommentTable } from './tables/comment.js';
import type { DomainEventsTable, DomainSnapshotsTable } from '../features/event-sourcing/event-tables.js';

/** Every table, as kysely sees them. */
export interface Database {
  authors: AuthorTable;
  posts: PostTable;
  comments: CommentTable;
  domain_events: DomainEventsTable;
  domain_snapshots: DomainSnapshotsTable;
}
