import { printSourceFile } from '../../../src/ast/project.js';
import { func, importsOf, param } from '../../../src/ast/structures.js';

/** src/lib/uuid.ts: UUIDv7 ids, time-ordered so new rows append to the primary-key index instead of scattering. */
export function uuidFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({ 'node:crypto': { names: ['randomFillSync'] } }),
      func('uuidv7', [param('now', 'number', 'Date.now()')], 'string', [
        'const bytes = randomFillSync(new Uint8Array(16));',
        '// 48-bit big-endian millisecond timestamp, then version 7 and the RFC 9562 variant.',
        'for (let i = 0; i < 6; i++) bytes[i] = Math.floor(now / 2 ** (8 * (5 - i))) & 0xff;',
        'bytes[6] = 0x70 | (bytes[6]! & 0x0f);',
        'bytes[8] = 0x80 | (bytes[8]! & 0x3f);',
        "const hex = Buffer.from(bytes).toString('hex');",
        'return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;',
      ], { exported: true, docs: ['A UUIDv7 (RFC 9562): a millisecond timestamp followed by 74 random bits.'] }),
    ],
  });
}
