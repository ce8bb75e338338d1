import type { CacheStore } from './cache-store.js';

interface Entry {
  value: string;
  expiresAt: number;
}

/**
 * The in-process store: at most `maxEntries` values, each kept for its time to live, the least recently used
 * evicted first. A Map iterates in insertion order, so moving an entry to the end on every hit keeps the least
 * recently used one first.
 */
export function createMemoryStore(maxEntries: number, now: () => number = Date.now): CacheStore {
  const entries = new Map<string, Entry>();
  // Counters are few (one per collection) and stay out of the LRU: evicting a list version would bring back
  // the pages it had retired.
  const counters = new Map<string, number>();
  return {
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
  };
}
