import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineGenerator } from '../../src/generator/define.js';
import { loadBuiltinGenerators } from '../../src/generator/registry.js';
import { generateInMemory } from '../../src/testing.js';
import { accessPoint, type RealtimeAccessPlan } from './access-plan.js';

const blog = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/specs/blog.json'), 'utf8')) as object;
const withWebsockets = (websockets: object, more: object = {}) => ({ ...blog, features: { websockets, ...more } });

describe('gen feature websockets', () => {
  it('writes the endpoint, attaches it to the server and publishes every write', async () => {
    const { files } = await generateInMemory(withWebsockets({}));
    for (const file of ['websocket-endpoint.ts', 'realtime-hub.ts', 'redis-hub.ts', 'realtime-access.ts', 'create-realtime.ts', 'realtime.test.ts', 'README.md']) {
      expect(files[`src/features/realtime/${file}`]).toBeDefined();
    }
    expect(files['src/features/realtime/realtime-settings.ts']).toContain("path: '/ws',");
    expect(files['src/app.ts']).toContain('  realtime: RealtimeHub;\n}');
    const main = files['src/main.ts'] ?? '';
    expect(main).toContain('const realtime = createRealtime(config, logger);');
    expect(main).toMatch(/const websockets = attachWebSockets\(server, \{\s+hub: realtime,\s+access: publicAccess,/);
    expect(main).toMatch(/shutting down', \{ signal \}\);\n\s+websockets\.close\(\);/);
    const manifest = JSON.parse(files['package.json'] ?? '{}') as { dependencies: object; devDependencies: object };
    expect(manifest.dependencies).toMatchObject({ ws: expect.any(String), ioredis: expect.any(String) });
    expect(manifest.devDependencies).toMatchObject({ '@types/ws': expect.any(String) });
    const routes = files['src/resources/post/post.routes.ts'] ?? '';
    expect(routes).toContain("deps.realtime.publish({ collection: 'posts', event: 'created', id: post.id, data: post });");
    expect(routes).toContain("deps.realtime.publish({ collection: 'posts', event: 'updated', id, data: post });");
    expect(routes).toContain("deps.realtime.publish({ collection: 'posts', event: 'deleted', id, data: { id } });");
  });

  it('publishes only the models it names, on the path it is given', async () => {
    const { files } = await generateInMemory(withWebsockets({ models: ['Comment'], path: '/realtime', heartbeatSeconds: 10 }));
    expect(files['src/resources/comment/comment.routes.ts']).toContain('deps.realtime.publish');
    expect(files['src/resources/post/post.routes.ts']).not.toContain('deps.realtime');
    const settings = files['src/features/realtime/realtime-settings.ts'] ?? '';
    expect(settings).toContain("path: '/realtime',");
    expect(settings).toContain("collections: ['comments'],");
    expect(settings).toContain('heartbeatMs: 10000,');
  });

  it('rejects a path that is not a URL path', async () => {
    await expect(generateInMemory(withWebsockets({ path: 'ws' }))).rejects.toThrow('features.websockets.path: must be a URL path such as "/ws"');
  });

  it('lets an auth feature decide who connects and what they receive (websockets.access)', async () => {
    const auth = defineGenerator({
      name: 'token-auth',
      summary: 'A stand-in for jwt-auth.',
      kind: 'feature',
      options: z.strictObject({}),
      generate: (tree) => tree.write('src/features/auth/realtime.ts', 'export {};\n'),
      extend: {
        [accessPoint]: (plan: RealtimeAccessPlan) => {
          plan.imports = { './features/auth/realtime.js': { names: ['tokenAccess'] } };
          plan.access = 'tokenAccess(config)';
        },
      },
    });
    const builtins = (await loadBuiltinGenerators()).map((entry) => entry.generator);
    const { files } = await generateInMemory(withWebsockets({}, { 'token-auth': {} }), { generators: [...builtins, auth] });
    const main = files['src/main.ts'] ?? '';
    expect(main).toContain("import { tokenAccess } from './features/auth/realtime.js';");
    expect(main).toContain('access: tokenAccess(config),');
    expect(main).not.toContain('publicAccess');
  });

  it('leaves no trace once removed, whether caching stays or not', async () => {
    const plain = await generateInMemory({ ...blog, features: { caching: {} } });
    const enabled = await generateInMemory(withWebsockets({}, { caching: {} }), { files: plain.files });
    const removed = await generateInMemory({ ...blog, features: { caching: {} } }, { files: enabled.files });
    const { 'package.json': _kept, 'kiln.lock.json': _lock, ...after } = removed.files;
    const { 'package.json': _p, 'kiln.lock.json': _l, ...before } = plain.files;
    expect(after).toEqual(before);
  });
});
