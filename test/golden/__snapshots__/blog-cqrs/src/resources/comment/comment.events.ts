import type { DomainEvent, NewEvent } from '../../features/cqrs/domain-event.js';
import type { Comment, CommentId, UpdateCommentInput } from './comment.schema.js';

/** What an update carries: the fields it changed, and the new updatedAt. */
export type CommentChanges = UpdateCommentInput & { updatedAt: string };

export type CommentCreated = DomainEvent<'CommentCreated', Comment>;

export type CommentUpdated = DomainEvent<'CommentUpdated', CommentChanges>;

export type CommentDeleted = DomainEvent<'CommentDeleted', Record<string, never>>;

/** Every event of a comment stream. */
export type CommentEvent = CommentCreated | CommentUpdated | CommentDeleted;

/** A comment was created: the payload is the whole record. */
export const commentCreated = (comment: Comment): NewEvent<'CommentCreated', Comment> => ({
  type: 'CommentCreated',
  streamId: comment.id,
  payload: comment,
});

/** Some fields of a comment changed: the payload holds them. */
export const commentUpdated = (
  id: CommentId,
  changes: CommentChanges,
): NewEvent<'CommentUpdated', CommentChanges> => ({ type: 'CommentUpdated', streamId: id, payload: changes });

/** A comment was deleted. */
export const commentDeleted = (id: CommentId): NewEvent<'CommentDeleted', Record<string, never>> => ({
  type: 'CommentDeleted',
  streamId: id,
  payload: {},
});
