import { printSourceFile } from '../../../src/ast/project.js';
import { func, interfaceOf, param, property } from '../../../src/ast/structures.js';

/** realtime-event.ts: what a write publishes, and the channels it is delivered on. */
export function realtimeEventFile(): string {
  return printSourceFile({
    statements: [
      interfaceOf('RealtimeEvent', [
        property('collection', 'string'),
        property('event', "'created' | 'updated' | 'deleted'"),
        property('id', 'string | number'),
        property('data', 'unknown', { docs: ['The serialized row; for `deleted`, only its id.'] }),
      ], { docs: ['What a committed write publishes: the collection, the kind of change and the row as the API returns it.'] }),
      func('channelsOf', [param('event', 'RealtimeEvent')], '[string, string]', ['return [event.collection, `${event.collection}:${event.id}`];'], {
        exported: true,
        docs: ['The channels an event is delivered on: its collection (`posts`) and its row (`posts:<id>`).'],
      }),
    ],
  });
}
