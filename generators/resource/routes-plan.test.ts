import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineGenerator } from '../../src/generator/define.js';
import { loadBuiltinGenerators } from '../../src/generator/registry.js';
import { generateInMemory } from '../../src/testing.js';
import { addImports, routesPoint, type ResourceRoutesPlan } from './routes-plan.js';

const builtins = (await loadBuiltinGenerators()).map((entry) => entry.generator);

/** A feature that uses the `resource.routes` extension point, as a plugin would. */
const audit = defineGenerator({
  name: 'audit',
  summary: 'Logs every write of a resource.',
  kind: 'feature',
  options: z.strictObject({ logger: z.string().default('console') }),
  generate: (tree) => tree.write('src/features/audit/audit.ts', 'export const audited = true;\n'),
  extend: {
    [routesPoint]: (plan: ResourceRoutesPlan, options) => {
      addImports(plan, { 'hono/timing': { names: ['timing'] } });
      plan.middleware.create.push('timing()');
      plan.afterWrite.create.push(`${options.logger}.info('created', ${plan.names.instance}.id);`);
    },
  },
});

describe('the resource.routes extension point', () => {
  it('lets an enabled feature add middleware, imports and statements to every resource', async () => {
    const spec = { name: 'demo', models: { Post: { fields: { title: { type: 'string' } } } }, features: { audit: { logger: 'console' } } };
    const { files } = await generateInMemory(spec, { generators: [...builtins, audit] });
    const routes = files['src/resources/post/post.routes.ts']!;
    expect(routes).toContain("import { timing } from 'hono/timing';");
    expect(routes).toContain(".post('/', timing(), async (c) => {");
    expect(routes).toContain("console.info('created', post.id);");
  });

  it('lets a feature route writes elsewhere and add record routes, dropping the unused repository', async () => {
    const commands = defineGenerator({
      name: 'commands',
      summary: 'Writes through command handlers.',
      kind: 'feature',
      options: z.strictObject({}),
      generate: () => {},
      extend: {
        [routesPoint]: (plan: ResourceRoutesPlan) => {
          plan.write = { create: 'handlers.create(input)', update: 'handlers.update(id, input)', delete: 'handlers.delete(id)' };
          plan.read = { list: 'handlers.list(query)', get: 'handlers.get(id)' };
          plan.setup.push('const handlers = deps.handlers;');
          plan.routes.push({
            method: 'get',
            path: '/:id/history',
            as: 'get',
            body: ["const events = await handlers.history(parseId(c.req.param('id')));"],
            response: 'c.json({ data: events })',
          });
        },
      },
    });
    const spec = { name: 'demo', models: { Post: { fields: { title: { type: 'string' } } } }, features: { commands: {} } };
    const { files } = await generateInMemory(spec, { generators: [...builtins, commands] });
    const routes = files['src/resources/post/post.routes.ts']!;
    expect(routes).toContain('const post = await handlers.create(input);');
    expect(routes).toContain('const post = await handlers.update(id, input);');
    expect(routes).toContain('if (!(await handlers.delete(id))) throw postNotFound();');
    expect(routes).toContain(".get('/:id/history', async (c) => {\n      const events = await handlers.history(parseId(c.req.param('id')));\n      return c.json({ data: events });");
    expect(routes).not.toContain('createPostRepository');
  });

  it('is not applied when the feature is not enabled', async () => {
    const spec = { name: 'demo', models: { Post: { fields: { title: { type: 'string' } } } } };
    const { files } = await generateInMemory(spec, { generators: [...builtins, audit] });
    expect(files['src/resources/post/post.routes.ts']).not.toContain('timing');
  });
});
