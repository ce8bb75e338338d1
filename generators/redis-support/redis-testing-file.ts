import { printSourceFile } from '../../src/ast/project.js';
import { constant, func, importsOf, param } from '../../src/ast/structures.js';

/** src/testing/redis.ts: the rule for tests that need Redis (run, skip loudly, or fail under CI). */
export function redisTestingFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({ 'node:crypto': { names: ['randomUUID'] }, vitest: { names: ['describe', 'it'] } }),
      constant('testRedisUrl', 'process.env.REDIS_URL', {
        exported: true,
        docs: ['The Redis the Redis-backed tests run against: REDIS_URL, e.g. redis://127.0.0.1:6379.'],
      }),
      func('describeWithRedis', [param('name', 'string'), param('tests', '(redisUrl: string) => void')], 'void', [
        'if (testRedisUrl) {',
        '  describe(name, () => tests(testRedisUrl));',
        "} else if (process.env.CI === 'true') {",
        '  describe(name, () => {',
        "    it('needs Redis', () => {",
        "      throw new Error('REDIS_URL is not set and CI=true: these tests must run against Redis (REDIS_URL=redis://127.0.0.1:6379)');",
        '    });',
        '  });',
        '} else {',
        '  console.warn(`\\n*** SKIPPED "${name}": REDIS_URL is not set. Run with REDIS_URL=redis://127.0.0.1:6379 to test against Redis. ***\\n`);',
        "  describe.skip(name, () => tests(''));",
        '}',
      ], {
        exported: true,
        docs: [
          'A describe block that needs Redis. Without REDIS_URL it is skipped with a warning, except under CI=true,\n' +
            'where a missing Redis means a broken pipeline rather than a laptop without Redis: there it fails.',
        ],
      }),
      constant('uniqueName', '(label: string): string => `${label}:${randomUUID()}`', {
        exported: true,
        docs: ['A name no other test run uses, for keys and channels in a Redis that others share.'],
      }),
    ],
  });
}
