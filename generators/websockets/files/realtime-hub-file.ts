import { printSourceFile } from '../../../src/ast/project.js';
import { func, importsOf, interfaceOf, methodSignature, param, typeAlias } from '../../../src/ast/structures.js';

/** realtime-hub.ts: the hub interface and its in-process implementation. */
export function realtimeHubFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({ './realtime-event.js': { types: ['RealtimeEvent'] } }),
      typeAlias('RealtimeListener', '(event: RealtimeEvent) => void'),
      interfaceOf('RealtimeHub', [], {
        docs: [
          'Carries events from the routes that write to the websocket clients of every instance. `publish` neither\n' +
            'throws nor waits: the write has committed by then, and its response must not depend on who listens.',
        ],
        methods: [
          methodSignature('publish', [param('event', 'RealtimeEvent')], 'void'),
          methodSignature('subscribe', [param('listener', 'RealtimeListener')], '() => void', { docs: ['Returns the function that unsubscribes.'] }),
          methodSignature('close', [], 'Promise<void>'),
        ],
      }),
      func('createLocalHub', [], 'RealtimeHub', [
        'const listeners = new Set<RealtimeListener>();',
        `return {
          publish(event) {
            // Delivered after the route's own work, as an event that came back from Redis would be.
            queueMicrotask(() => {
              for (const listener of listeners) listener(event);
            });
          },
          subscribe(listener) {
            listeners.add(listener);
            return () => listeners.delete(listener);
          },
          async close() {
            listeners.clear();
          },
        };`,
      ], { exported: true, docs: ['The in-process hub: events reach the clients of this instance only (one instance, or tests).'] }),
    ],
  });
}
