import { printSourceFile } from '../../../src/ast/project.js';
import { interfaceOf, methodSignature, param } from '../../../src/ast/structures.js';

/** cache-store.ts: what the cache needs from a store, so that memory and Redis are interchangeable. */
export function cacheStoreFile(): string {
  const key = param('key', 'string');
  return printSourceFile({
    statements: [
      interfaceOf('CacheStore', [], {
        docs: ["Where cached values live: this process's memory, or Redis shared by every instance. Values are JSON text."],
        methods: [
          methodSignature('get', [key], 'Promise<string | undefined>'),
          methodSignature('set', [key, param('value', 'string'), param('ttlSeconds', 'number')], 'Promise<void>'),
          methodSignature('delete', [key], 'Promise<void>'),
          methodSignature('counter', [key], 'Promise<number>', { docs: ['A counter (a list version): 0 until first incremented.'] }),
          methodSignature('increment', [key], 'Promise<number>'),
          methodSignature('close', [], 'Promise<void>'),
        ],
      }),
    ],
  });
}
