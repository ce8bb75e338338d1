import { printSourceFile } from '../../../src/ast/project.js';
import { func, importsOf, interfaceOf, param, property } from '../../../src/ast/structures.js';

/** memory-store.ts: the in-process store, an LRU bounded in entries with a TTL per entry. */
export function memoryStoreFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({ './cache-store.js': { types: ['CacheStore'] } }),
      interfaceOf('Entry', [property('value', 'string'), property('expiresAt', 'number')], { exported: false }),
      func('createMemoryStore', [param('maxEntries', 'number'), param('now', '() => number', 'Date.now')], 'CacheStore', [
        'const entries = new Map<string, Entry>();',
        '// Counters are few (one per collection) and stay out of the LRU: evicting a list version would bring back',
        '// the pages it had retired.',
        'const counters = new Map<string, number>();',
        `return {
          async get(key) {
            const entry = entries.get(key);
            if (!entry) return undefined;
            entries.delete(key);
            if (entry.expiresAt <= now()) return undefined;
            entries.set(key, entry);
            return entry.value;
          },
          async set(key, value, ttlSeconds) {
            entries.delete(key);
            entries.set(key, { value, expiresAt: now() + ttlSeconds * 1000 });
            if (entries.size > maxEntries) {
              const [leastRecentlyUsed] = entries.keys();
              if (leastRecentlyUsed !== undefined) entries.delete(leastRecentlyUsed);
            }
          },
          async delete(key) {
            entries.delete(key);
          },
          async counter(key) {
            return counters.get(key) ?? 0;
          },
          async increment(key) {
            const next = (counters.get(key) ?? 0) + 1;
            counters.set(key, next);
            return next;
          },
          async close() {
            entries.clear();
          },
        };`,
      ], {
        exported: true,
        docs: [
          'The in-process store: at most `maxEntries` values, each kept for its time to live, the least recently used\n' +
            'evicted first. A Map iterates in insertion order, so moving an entry to the end on every hit keeps the least\n' +
            'recently used one first.',
        ],
      }),
    ],
  });
}

/** memory-store.test.ts: the bound, the TTL, and counters that are never evicted. */
export function memoryStoreTestFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({ vitest: { names: ['describe', 'expect', 'it'] }, './memory-store.js': { names: ['createMemoryStore'] } }),
      `describe('the in-memory cache store', () => {
        it('evicts the least recently used entry beyond its bound', async () => {
          const store = createMemoryStore(2);
          await store.set('a', '1', 60);
          await store.set('b', '2', 60);
          await store.get('a');
          await store.set('c', '3', 60);
          expect(await store.get('b')).toBeUndefined();
          expect(await store.get('a')).toBe('1');
          expect(await store.get('c')).toBe('3');
        });

        it('forgets an entry once its time to live has passed', async () => {
          let now = 0;
          const store = createMemoryStore(10, () => now);
          await store.set('a', '1', 60);
          now = 59_999;
          expect(await store.get('a')).toBe('1');
          now = 60_000;
          expect(await store.get('a')).toBeUndefined();
        });

        it('never evicts counters', async () => {
          const store = createMemoryStore(1);
          await store.increment('version');
          await store.set('a', '1', 60);
          await store.set('b', '2', 60);
          expect(await store.counter('version')).toBe(1);
        });
      });`,
    ],
  });
}
