import { randomUUID } from 'node:crypto';
import { describe, it } from 'vitest';

/** The Redis the Redis-backed tests run against: REDIS_URL, e.g. redis://127.0.0.1:6379. */
export const testRedisUrl = process.env.REDIS_URL;

/**
 * A describe block that needs Redis. Without REDIS_URL it is skipped with a warning, except under CI=true,
 * where a missing Redis means a broken pipeline rather than a laptop without Redis: there it fails.
 */
export function describeWithRedis(name: string, tests: (redisUrl: string) => void): void {
  if (testRedisUrl) {
    describe(name, () => tests(testRedisUrl));
  } else if (process.env.CI === 'true') {
    describe(name, () => {
      it('needs Redis', () => {
        throw new Error(
          'REDIS_URL is not set and CI=true: these tests must run against Redis (REDIS_URL=redis://127.0.0.1:6379)',
        );
      });
    });
  } else {
    console.warn(
      `\n*** SKIPPED "${name}": REDIS_URL is not set. Run with REDIS_URL=redis://127.0.0.1:6379 to test against Redis. ***\n`,
    );
    describe.skip(name, () => tests(''));
  }
}

/** A name no other test run uses, for keys and channels in a Redis that others share. */
export const uniqueName = (label: string): string => `${label}:${randomUUID()}`;
