import type { DomainEvent, NewEvent } from '../../features/cqrs/domain-event.js';
import type { CreatePostInput, Post, PostId, UpdatePostInput } from './post.schema.js';

/** What an update carries: the fields it changed, and the new updatedAt. */
export type PostChanges = UpdatePostInput & { updatedAt: string };

/** What PublishPost sets, and the new updatedAt. */
export type PostPublishedPayload = Pick<CreatePostInput, 'published' | 'status'> & { updatedAt: string };

export type PostCreated = DomainEvent<'PostCreated', Post>;

export type PostUpdated = DomainEvent<'PostUpdated', PostChanges>;

export type PostDeleted = DomainEvent<'PostDeleted', Record<string, never>>;

export type PostPublished = DomainEvent<'PostPublished', PostPublishedPayload>;

/** Every event of a post stream. */
export type PostEvent = PostCreated | PostUpdated | PostDeleted | PostPublished;

/** A post was created: the payload is the whole record. */
export const postCreated = (post: Post): NewEvent<'PostCreated', Post> => ({
  type: 'PostCreated',
  streamId: post.id,
  payload: post,
});

/** Some fields of a post changed: the payload holds them. */
export const postUpdated = (id: PostId, changes: PostChanges): NewEvent<'PostUpdated', PostChanges> => ({
  type: 'PostUpdated',
  streamId: id,
  payload: changes,
});

/** A post was deleted. */
export const postDeleted = (id: PostId): NewEvent<'PostDeleted', Record<string, never>> => ({
  type: 'PostDeleted',
  streamId: id,
  payload: {},
});

/** Publishes a draft */
export const postPublished = (
  id: PostId,
  changes: PostPublishedPayload,
): NewEvent<'PostPublished', PostPublishedPayload> => ({
  type: 'PostPublished',
  streamId: id,
  payload: changes,
});
