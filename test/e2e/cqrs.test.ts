import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gen, linkNodeModules, tempDir, toolkitRoot } from '../helpers/cli.js';
import { runInProject } from '../helpers/project.js';
import { testRedisUrl } from '../helpers/redis.js';
import { postgresAvailable, postgresUrl, requireService } from '../helpers/services.js';

/**
 * CQRS and event sourcing end to end. On SQLite the blog-cqrs fixture runs with every fixture (fixtures.test.ts);
 * here it runs on PostgreSQL (each test app on a schema of its own) with the Redis outbox, and the features are enabled and removed
 * through the CLI with `gen check` clean after each step.
 */
const fixture = join(toolkitRoot, 'fixtures/specs/blog-cqrs.json');
const pgAvailable = await postgresAvailable();
const redisAvailable = await requireService('Redis', async () => {
  if (!testRedisUrl) throw new Error('no Redis answers PING');
});

describe('blog-cqrs on PostgreSQL, events across instances through the outbox and Redis', () => {
  it.skipIf(!pgAvailable || !redisAvailable)('type-checks and passes its own tests: 409 on a concurrent append, 1,000 random commands, asOf, rebuild, outbox', async () => {
    const project = tempDir('kiln-e2e-cqrs-postgres-');
    const spec = JSON.parse(readFileSync(fixture, 'utf8')) as { features: { cqrs: object } };
    const features = { ...spec.features, cqrs: { ...spec.features.cqrs, bus: 'redis' } };
    writeFileSync(join(project, 'kiln.json'), JSON.stringify({ ...spec, database: 'postgres', features }, null, 2));
    expect((await gen(project, [])).code).toBe(0);
    linkNodeModules(project);
    await runInProject(project, 'tsc', ['--noEmit']);
    // CI=true: the outbox tests must run against Redis, never be skipped.
    const output = await runInProject(project, 'vitest', ['run', 'src/features'], { TEST_DATABASE_URL: postgresUrl, REDIS_URL: testRedisUrl ?? '', CI: 'true' });
    expect(output).toMatch(/Tests\s+\d+ passed/);
    expect(output).not.toMatch(/skipped/);
  });
});

describe('enabling and removing cqrs and event sourcing', () => {
  it('regenerates cleanly at each step, and refuses to remove cqrs while event sourcing needs it', async () => {
    const project = tempDir('kiln-e2e-cqrs-toggle-');
    copyFileSync(join(toolkitRoot, 'fixtures/specs/blog.json'), join(project, 'kiln.json'));
    const step = async (args: string[], code = 0) => {
      const result = await gen(project, args);
      expect(result.code, `gen ${args.join(' ')}: ${result.stderr}`).toBe(code);
      if (code === 0) expect((await gen(project, ['check'])).code, `gen check after gen ${args.join(' ')}`).toBe(0);
      return result;
    };
    await step([]);
    linkNodeModules(project);
    await step(['feature', 'cqrs']);
    await step(['feature', 'event-sourcing']);
    await runInProject(project, 'tsc', ['--noEmit']);
    const refused = await step(['feature', 'remove', 'cqrs'], 2);
    expect(refused.stderr).toContain('cannot remove "cqrs": "event-sourcing" requires it');
    expect(refused.stderr).toContain('gen feature remove event-sourcing');
    await step(['feature', 'remove', 'event-sourcing', '--allow-destructive']);
    await step(['feature', 'remove', 'cqrs']);
    await runInProject(project, 'tsc', ['--noEmit']);
    expect(await runInProject(project, 'vitest', ['run'])).toMatch(/Tests\s+\d+ passed/);
  });
});
