import { printSourceFile } from '../../../src/ast/project.js';
import { constant, importsOf, interfaceOf, methodSignature, param } from '../../../src/ast/structures.js';

/** realtime-access.ts: the seam through which an auth feature decides who connects and what they receive. */
export function realtimeAccessFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({ 'node:http': { types: ['IncomingMessage'] }, './realtime-event.js': { types: ['RealtimeEvent'] } }),
      interfaceOf('RealtimeReader', [], {
        docs: ['What one connection may read, decided when it connects (e.g. from the user its access token names).'],
        methods: [
          methodSignature('canSubscribe', [param('channel', 'string')], 'boolean'),
          methodSignature('canReceive', [param('event', 'RealtimeEvent')], 'boolean'),
        ],
      }),
      interfaceOf('RealtimeAccess', [], {
        docs: [
          'Who may connect, and what each connection may read. The endpoint asks on every upgrade request;\n' +
            '`undefined` refuses it with 401. An auth feature provides one that checks the access token and the read\n' +
            "rules of each model, through kiln's `websockets.access` extension point (see README.md).",
        ],
        methods: [methodSignature('connect', [param('request', 'IncomingMessage')], 'Promise<RealtimeReader | undefined>')],
      }),
      constant('publicAccess', '{ connect: async () => ({ canSubscribe: () => true, canReceive: () => true }) }', {
        exported: true,
        type: 'RealtimeAccess',
        docs: ['Everyone may connect and read every event: the same as the REST routes without auth.'],
      }),
    ],
  });
}
