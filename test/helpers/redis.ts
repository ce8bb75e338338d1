import { describe, it } from 'vitest';
import { answersPing } from './redis-ping.js';

/**
 * The Redis end-to-end tests run against: REDIS_URL, or the local default when a Redis answers there. Tests that
 * need it are skipped with a warning when there is none, except under CI=true (`.ci/run` starts Redis), where a
 * missing Redis fails them: a skipped test must never pass a pipeline silently.
 */
const candidate = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
export const testRedisUrl = (await answersPing(candidate)) ?? undefined;

export function describeWithRedis(name: string, tests: (redisUrl: string) => void): void {
  if (testRedisUrl) {
    describe(name, () => tests(testRedisUrl));
  } else if (process.env.CI === 'true') {
    describe(name, () => {
      it('needs Redis', () => {
        throw new Error(`no Redis answers at ${candidate}, and CI=true: start Redis (.ci/run does) or set REDIS_URL`);
      });
    });
  } else {
    console.warn(`\n*** SKIPPED "${name}": no Redis answers at ${candidate} (REDIS_URL). Start one to run these tests. ***\n`);
    describe.skip(name, () => tests(''));
  }
}
