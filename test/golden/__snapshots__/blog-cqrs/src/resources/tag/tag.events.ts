import type { DomainEvent, NewEvent } from '../../features/cqrs/domain-event.js';
import type { Tag, TagId, UpdateTagInput } from './tag.schema.js';

/** What an update carries: the fields it changed, and the new updatedAt. */
export type TagChanges = UpdateTagInput & { updatedAt: string };

export type TagCreated = DomainEvent<'TagCreated', Tag>;

export type TagUpdated = DomainEvent<'TagUpdated', TagChanges>;

export type TagDeleted = DomainEvent<'TagDeleted', Record<string, never>>;

/** Every event of a tag stream. */
export type TagEvent = TagCreated | TagUpdated | TagDeleted;

/** A tag was created: the payload is the whole record. */
export const tagCreated = (tag: Tag): NewEvent<'TagCreated', Tag> => ({
  type: 'TagCreated',
  streamId: tag.id,
  payload: tag,
});

/** Some fields of a tag changed: the payload holds them. */
export const tagUpdated = (id: TagId, changes: TagChanges): NewEvent<'TagUpdated', TagChanges> => ({
  type: 'TagUpdated',
  streamId: id,
  payload: changes,
});

/** A tag was deleted. */
export const tagDeleted = (id: TagId): NewEvent<'TagDeleted', Record<string, never>> => ({
  type: 'TagDeleted',
  streamId: id,
  payload: {},
});
