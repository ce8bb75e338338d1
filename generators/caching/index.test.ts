import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KilnError } from '../../src/errors.js';
import { generateInMemory } from '../../src/testing.js';

const blog = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/specs/blog.json'), 'utf8')) as object;
const withCaching = (caching: object) => ({ ...blog, features: { caching } });

describe('gen feature caching', () => {
  it('writes the cache, wires it into the app and reads every resource through it', async () => {
    const { files } = await generateInMemory(withCaching({}));
    for (const file of ['resource-cache.ts', 'memory-store.ts', 'redis-store.ts', 'single-flight.ts', 'http-caching.ts', 'create-cache.ts', 'cache.test.ts', 'README.md']) {
      expect(files[`src/features/cache/${file}`]).toBeDefined();
    }
    expect(files['src/app.ts']).toContain('  cache: ResourceCache;\n}');
    expect(files['src/main.ts']).toContain('const cache = createCache(config, logger);');
    expect(files['src/config.ts']).toContain('...redisEnvironment,');
    expect(JSON.parse(files['package.json'] ?? '{}')).toMatchObject({ dependencies: { ioredis: expect.any(String) } });
    const routes = files['src/resources/post/post.routes.ts'] ?? '';
    expect(routes).toContain(".get('/:id', notModified(), async (c) => {");
    expect(routes).toContain("const postCache = deps.cache.collection('posts');");
    expect(routes).toContain('const post = await cachedRecord(c, postCache, id, () => posts.findById(id));');
    expect(routes).toContain('const page = await cachedPage(c, postCache, query, () => posts.list(query));');
    expect(routes).toContain('await postCache.invalidate(post.id);');
    expect(routes.match(/await postCache\.invalidate\(id\);/g)).toHaveLength(2);
  });

  it('sends no ETag for ?include= responses, and its test proves a changed relation is never a 304', async () => {
    const { files } = await generateInMemory(withCaching({}));
    expect(files['src/features/cache/http-caching.ts']).toContain("if (c.req.query('include') === undefined) c.header('ETag', etag);");
    const test = files['src/features/cache/cache.test.ts'] ?? '';
    expect(test).toContain("it('answers ?include=posts with the posts as they are now, never a 304 for stale ones'");
    expect(test).toContain('const child = await createPostRepository(subject.db).create({');
    const comments = (await generateInMemory(withCaching({ models: ['Comment'] }))).files['src/features/cache/cache.test.ts'] ?? '';
    expect(comments).toContain("it('answers ?include=post with the post as it is now, never a 304 for a stale one'");
    expect(comments).toContain('await seedPost(testApp.db, 1);');
  });

  it('retires the cached collections a delete changes through onDelete cascade or setNull, records keyed by generation', async () => {
    const { files } = await generateInMemory(withCaching({}));
    expect(files['src/features/cache/cache-settings.ts']).toContain("changedByDeletes: ['comments'],");
    expect(files['src/features/cache/create-cache.ts']).toContain('changedByDeletes: cacheSettings.changedByDeletes');
    // A post's comments go with it (cascade); an author's comments lose their authorId (setNull); tags stay (a join table).
    for (const model of ['post', 'author']) {
      expect(files[`src/resources/${model}/${model}.routes.ts`]).toContain("const commentCache = deps.cache.collection('comments');");
      expect(files[`src/resources/${model}/${model}.routes.ts`]).toContain('await commentCache.invalidateAll();');
    }
    expect(files['src/resources/tag/tag.routes.ts']).not.toContain('invalidateAll');
    expect(files['src/features/cache/cache.test.ts']).toContain("it('retires the cached comment a delete changes (onDelete setNull), by id and in lists'");
    // A model left uncached still retires what its deletes change in cached ones.
    const onlyComments = (await generateInMemory(withCaching({ models: ['Comment'] }))).files;
    expect(onlyComments['src/resources/post/post.routes.ts']).toContain('await commentCache.invalidateAll();');
    expect(onlyComments['src/resources/post/post.routes.ts']).not.toContain('cachedRecord');
    const noComments = (await generateInMemory(withCaching({ models: ['Post'] }))).files;
    expect(noComments['src/features/cache/cache-settings.ts']).not.toContain('changedByDeletes');
    expect(noComments['src/resources/post/post.routes.ts']).not.toContain('invalidateAll');
  });

  it('caches only the models it names', async () => {
    const { files } = await generateInMemory(withCaching({ models: ['Post'] }));
    expect(files['src/resources/post/post.routes.ts']).toContain('deps.cache.collection');
    expect(files['src/resources/author/author.routes.ts']).not.toContain('deps.cache');
    expect(files['src/features/cache/cache.test.ts']).toContain("send('POST', '/posts', input)");
  });

  it('names an unknown model with its path in kiln.json', async () => {
    const run = generateInMemory(withCaching({ models: ['Post', 'Psot'] }));
    await expect(run).rejects.toThrow(KilnError);
    await expect(run).rejects.toThrow('features.caching.models[1]: unknown model "Psot". Did you mean "Post"?');
  });

  it('writes no Redis code for the memory store', async () => {
    const { files } = await generateInMemory(withCaching({ store: 'memory', ttlSeconds: 5 }));
    expect(files['src/features/cache/redis-store.ts']).toBeUndefined();
    expect(files['src/lib/redis.ts']).toBeUndefined();
    expect(files['src/config.ts']).not.toContain('REDIS');
    expect(files['src/features/cache/create-cache.ts']).not.toContain('redis');
    expect(files['src/features/cache/cache-settings.ts']).toContain('ttlSeconds: 5,');
  });

  it('requires REDIS_URL outside tests for the redis store', async () => {
    const { files } = await generateInMemory(withCaching({ store: 'redis' }));
    expect(files['src/features/cache/create-cache.ts']).toContain("if (!config.REDIS_URL && config.NODE_ENV !== 'test') {");
  });

  it('leaves no trace once removed: plain reads, AppDependencies and main.ts as before', async () => {
    const plain = await generateInMemory({ ...blog, features: {} });
    const enabled = await generateInMemory(withCaching({}), { files: plain.files });
    const removed = await generateInMemory({ ...blog, features: {} }, { files: enabled.files });
    const { 'package.json': _kept, 'kiln.json': _spec, 'kiln.lock.json': _lock, ...after } = removed.files;
    const { 'package.json': _p, 'kiln.json': _s, 'kiln.lock.json': _l, ...before } = plain.files;
    expect(after).toEqual(before);
  });
});
