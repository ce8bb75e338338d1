import { connect } from 'node:net';
import { describe, it } from 'vitest';

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

/** The URL when a Redis there answers PING within a second, null otherwise. */
async function answersPing(url: string): Promise<string | null> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port || 6379) });
    const done = (answer: string | null) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(1_000, () => done(null));
    socket.once('error', () => done(null));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(String(data).startsWith('+PONG') ? url : null));
  });
}
