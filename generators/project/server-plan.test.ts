import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineGenerator } from '../../src/generator/define.js';
import { loadBuiltinGenerators } from '../../src/generator/registry.js';
import { generateInMemory } from '../../src/testing.js';
import { serverPoint, type ServerPlan } from './server-plan.js';

const builtins = (await loadBuiltinGenerators()).map((entry) => entry.generator);

/** A feature that adds a service and attaches to the server through the `project.server` extension point. */
const metrics = defineGenerator({
  name: 'metrics',
  summary: 'Counts requests.',
  kind: 'feature',
  options: z.strictObject({}),
  generate: (tree) => tree.write('src/features/metrics/metrics.ts', 'export const metrics = true;\n'),
  extend: {
    [serverPoint]: (plan: ServerPlan) => {
      plan.services.push({
        name: 'metrics',
        type: { name: 'Metrics', from: './features/metrics/metrics.js' },
        factory: { name: 'createMetrics', from: './features/metrics/create-metrics.js' },
      });
      plan.imports['./features/metrics/expose.js'] = { names: ['exposeMetrics'] };
      plan.attach.push('const exposed = exposeMetrics(server, metrics);');
      plan.shutdown.push('exposed.close();');
    },
  },
});

const spec = (features: object) => ({ name: 'demo', models: { Post: { fields: { title: { type: 'string' } } } }, features });

describe('the project.server extension point', () => {
  it('adds the service to AppDependencies, creates it in main.ts and createTestApp(), and closes it on shutdown', async () => {
    const { files } = await generateInMemory(spec({ metrics: {} }), { generators: [...builtins, metrics] });
    expect(files['src/app.ts']).toContain("import type { Metrics } from './features/metrics/metrics.js';");
    expect(files['src/app.ts']).toContain('  metrics: Metrics;\n}');
    const main = files['src/main.ts'] ?? '';
    expect(main).toContain("import { createMetrics } from './features/metrics/create-metrics.js';");
    expect(main).toContain('const metrics = createMetrics(config, logger);\n  const app = createApp({ config, db, metrics });');
    expect(main).toContain('const exposed = exposeMetrics(server, metrics);');
    expect(main).toMatch(/logger\.info\('shutting down', \{ signal \}\);\n\s+exposed\.close\(\);/);
    expect(main).toContain('Promise.allSettled([metrics.close()])');
    const testApp = files['src/testing/test-app.ts'] ?? '';
    expect(testApp).toContain("import { createMetrics } from '../features/metrics/create-metrics.js';");
    expect(testApp).toContain('const deps: AppDependencies = { config, db, metrics };');
  });

  it('takes the member out of AppDependencies again when the feature is disabled', async () => {
    const plain = await generateInMemory(spec({}), { generators: [...builtins, metrics] });
    const enabled = await generateInMemory(spec({ metrics: {} }), { generators: [...builtins, metrics], files: plain.files });
    const disabled = await generateInMemory(spec({}), { generators: [...builtins, metrics], files: enabled.files });
    expect(disabled.files['src/app.ts']).toBe(plain.files['src/app.ts']);
    expect(disabled.files['src/main.ts']).toBe(plain.files['src/main.ts']);
    expect(disabled.files['src/features/metrics/metrics.ts']).toBeUndefined();
  });
});
