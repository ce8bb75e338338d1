/** The caching options of kiln.json (`features.caching`): change them there and run `gen`. */
export const cacheSettings = {
  ttlSeconds: 60,
  /** The bound of the in-memory store (Redis is bounded by its own maxmemory). */
  maxEntries: 10000,
  /** Starts every key, so apps sharing one Redis keep apart. */
  keyPrefix: 'blog:cache',
} as const;
