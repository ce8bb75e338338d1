import type { DomainEvent, NewEvent } from '../../features/cqrs/domain-event.js';
import type { Author, AuthorId, UpdateAuthorInput } from './author.schema.js';

/** What an update carries: the fields it changed, and the new updatedAt. */
export type AuthorChanges = UpdateAuthorInput & { updatedAt: string };

export type AuthorCreated = DomainEvent<'AuthorCreated', Author>;

export type AuthorUpdated = DomainEvent<'AuthorUpdated', AuthorChanges>;

export type AuthorDeleted = DomainEvent<'AuthorDeleted', Record<string, never>>;

/** Every event of a author stream. */
export type AuthorEvent = AuthorCreated | AuthorUpdated | AuthorDeleted;

/** A author was created: the payload is the whole record. */
export const authorCreated = (author: Author): NewEvent<'AuthorCreated', Author> => ({
  type: 'AuthorCreated',
  streamId: author.id,
  payload: author,
});

/** Some fields of a author changed: the payload holds them. */
export const authorUpdated = (
  id: AuthorId,
  changes: AuthorChanges,
): NewEvent<'AuthorUpdated', AuthorChanges> => ({ type: 'AuthorUpdated', streamId: id, payload: changes });

/** A author was deleted. */
export const authorDeleted = (id: AuthorId): NewEvent<'AuthorDeleted', Record<string, never>> => ({
  type: 'AuthorDeleted',
  streamId: id,
  payload: {},
});
