import { printSourceFile } from '../../../src/ast/project.js';
import { func, importsOf, param } from '../../../src/ast/structures.js';

/** src/lib/uuid.ts: UUIDv7 ids, time-ordered so new rows append to the primary-key index instead of scattering. */
export function uuidFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({ 'node:crypto': { names: ['randomUUID'] } }),
      func('uuidv7', [param('now', 'number', 'Date.now()')], 'string', [
        '// A v4 UUID already carries the RFC 9562 variant; its first 48 bits become the timestamp, its version 7.',
        'const random = randomUUID();',
        "const time = now.toString(16).padStart(12, '0');",
        'return `${time.slice(0, 8)}-${time.slice(8)}-7${random.slice(15)}`;',
      ], {
        exported: true,
        docs: [
          'A UUIDv7 (RFC 9562): a millisecond timestamp followed by 74 random bits. Built on randomUUID, which draws',
          'its randomness in batches: asking the system for 16 bytes per id cost inserts measurably.',
        ],
      }),
    ],
  });
}
