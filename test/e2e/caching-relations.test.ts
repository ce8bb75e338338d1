import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gen, linkNodeModules, tempDir, toolkitRoot } from '../helpers/cli.js';
import { runInProject } from '../helpers/project.js';
import { testRedisUrl } from '../helpers/redis.js';

/**
 * Caching on a spec with relations (the blog, where blog-realtime has none): the project type-checks and passes its
 * own tests with every read cached — among them the cache test's proofs that an `?include=` response shows a related
 * row added behind the cached record's back (never a 304 for a stale one), and that deleting an author retires the
 * cached comments whose authorId the database set to null. In memory, and in Redis when one answers.
 */
describe('caching with relations (the blog with gen feature caching)', () => {
  let project: string;

  beforeAll(async () => {
    project = tempDir('kiln-e2e-caching-relations-');
    const blog = JSON.parse(readFileSync(join(toolkitRoot, 'fixtures/specs/blog.json'), 'utf8')) as { features: object };
    writeFileSync(join(project, 'kiln.json'), JSON.stringify({ ...blog, features: { ...blog.features, caching: {} } }, null, 2));
    const result = await gen(project, []);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    linkNodeModules(project);
  });

  it('type-checks and passes its own tests, the include and cascade tests among them', async () => {
    await runInProject(project, 'tsc', ['--noEmit']);
    const output = await runInProject(project, 'vitest', ['run', '--dir', 'src'], testRedisUrl ? { REDIS_URL: testRedisUrl } : {});
    expect(output).toMatch(/Tests\s+\d+ passed/);
    const cacheTest = readFileSync(join(project, 'src/features/cache/cache.test.ts'), 'utf8');
    expect(cacheTest).toContain("it('answers ?include=posts with the posts as they are now");
    expect(cacheTest).toContain("it('retires the cached comment a delete changes (onDelete setNull)");
  });
});
