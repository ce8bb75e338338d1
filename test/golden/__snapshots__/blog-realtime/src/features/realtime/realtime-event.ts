/** What a committed write publishes: the collection, the kind of change and the row as the API returns it. */
export interface RealtimeEvent {
  collection: string;
  event: 'created' | 'updated' | 'deleted';
  id: string | number;
  /** The serialized row; for `deleted`, only its id. */
  data: unknown;
}

/** The channels an event is delivered on: its collection (`posts`) and its row (`posts:<id>`). */
export function channelsOf(event: RealtimeEvent): [string, string] {
  return [event.collection, `${event.collection}:${event.id}`];
}
