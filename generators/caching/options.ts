import { z } from 'zod';

/** `features.caching` in kiln.json. */
export const cachingOptions = z.strictObject({
  models: z.array(z.string()).optional().describe('Models whose reads are cached (default: every model).'),
  ttlSeconds: z.number().int().positive().default(60).describe('How long an entry lives; the bound on staleness should an invalidation be lost.'),
  maxEntries: z.number().int().positive().default(10_000).describe('Entries the in-memory store holds before evicting the least recently used.'),
  store: z
    .enum(['auto', 'memory', 'redis'])
    .default('auto')
    .describe('auto: Redis when REDIS_URL is set, memory otherwise; memory: always in-process; redis: REDIS_URL required (outside tests).'),
});

export type CachingOptions = z.output<typeof cachingOptions>;
