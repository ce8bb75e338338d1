/** Something that happened to one record (its stream), with who caused it and when. */
export interface DomainEvent<Type extends string = string, Payload = unknown> {
  /** e.g. `PostCreated`. */
  type: Type;
  /** The id of the record it happened to. */
  streamId: string;
  payload: Payload;
  metadata: EventMetadata;
  /** ISO 8601. */
  occurredAt: string;
}

/** The command that caused an event, and who sent it in which request. */
export interface EventMetadata {
  command: string;
  actor?: string;
  requestId?: string;
}

/** An event as a command handler builds it; the command bus adds its metadata and time. */
export type NewEvent<Type extends string = string, Payload = unknown> = Pick<
  DomainEvent<Type, Payload>,
  'type' | 'streamId' | 'payload'
>;
