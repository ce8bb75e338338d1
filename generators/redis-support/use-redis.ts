import type { GeneratorTree } from '../../src/generator/generator-tree.js';
import { ensurePackageEntries } from '../../src/edit/package-json.js';
import type { ConfigPlan } from '../project/config-plan.js';
import { withVersions } from '../project/model.js';
import { redisFile } from './redis-file.js';
import { redisTestingFile } from './redis-testing-file.js';

/**
 * What a feature that talks to Redis shares with the others that do: src/lib/redis.ts (REDIS_URL and the
 * connection), src/testing/redis.ts (the rule for Redis-backed tests) and ioredis. Each such feature writes them;
 * the text is the same, so enabling a second one changes nothing and removing one keeps them for the other.
 */
export function writeRedisSupport(tree: GeneratorTree): void {
  tree.write('src/lib/redis.ts', redisFile());
  tree.write('src/testing/redis.ts', redisTestingFile());
  tree.update('package.json', (text) => ensurePackageEntries(text, { dependencies: withVersions(['ioredis']) }));
}

/** Adds REDIS_URL to the environment src/config.ts parses (once, however many features ask). */
export function addRedisEnvironment(plan: ConfigPlan): void {
  const module = './lib/redis.js';
  if (plan.environment.includes('redisEnvironment')) return;
  plan.imports[module] = [...(plan.imports[module] ?? []), 'redisEnvironment'];
  plan.environment.push('redisEnvironment');
}
