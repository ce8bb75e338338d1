import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KilnError } from '../../src/errors.js';
import { generateInMemory } from '../../src/testing.js';

const blog = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/specs/blog.json'), 'utf8')) as { models: Record<string, object> };
const withFeatures = (features: object, models: object = blog.models) => ({ ...blog, models, features });

describe('gen feature event-sourcing', () => {
  it('adds the event and snapshot tables, the per-model aggregate, projection and history, and the routes', async () => {
    const { files } = await generateInMemory(withFeatures({ cqrs: {}, 'event-sourcing': { models: ['Post'], snapshotEvery: 10 } }));
    const migration = Object.entries(files).find(([path, text]) => path.includes('/migrations/') && text.includes("createTable('domain_events')"));
    expect(migration?.[1]).toContain("['stream_id', 'version']");
    expect(files['src/db/tables.ts']).toContain('domain_events: DomainEventsTable;');
    for (const module of ['aggregate', 'projection', 'history']) expect(files[`src/resources/post/post.${module}.ts`]).toBeDefined();
    expect(files['src/resources/author/author.aggregate.ts']).toBeUndefined();
    expect(files['src/features/event-sourcing/event-sourcing-settings.ts']).toContain('snapshotEvery: 10,');
    const routes = files['src/resources/post/post.routes.ts'] ?? '';
    expect(routes).toContain(".get('/:id/history', async (c) => {");
    expect(routes).toContain('(asOf) => queries.execute(getPostAsOf, { id, asOf }),');
    expect(files['src/resources/post/post.commands.ts']).toContain('const loaded = await loadPost(context.db, id);');
    expect(JSON.parse(files['package.json'] ?? '{}')).toMatchObject({ scripts: { 'events:rebuild': 'tsx src/features/event-sourcing/rebuild-script.ts' } });
  });

  it('refuses a model cqrs does not apply to, and one with increments ids, naming the fix', async () => {
    const notCommanded = generateInMemory(withFeatures({ cqrs: { models: ['Author'] }, 'event-sourcing': { models: ['Post'] } }));
    await expect(notCommanded).rejects.toThrow(KilnError);
    await expect(notCommanded).rejects.toThrow('features.event-sourcing.models[0]: Post is event-sourced but its writes do not go through cqrs');
    const increments = generateInMemory({ name: 'notes', models: { Note: { id: 'increments', fields: { title: { type: 'string' } } } }, features: { cqrs: {}, 'event-sourcing': {} } });
    await expect(increments).rejects.toThrow('has "id": "increments", and an event-sourced record needs its id before anything is written');
  });

  it('needs cqrs', async () => {
    await expect(generateInMemory(withFeatures({ 'event-sourcing': {} }))).rejects.toThrow(/cqrs/);
  });

  it('leaves the cqrs output as before once removed, with a migration dropping its tables', async () => {
    const commanded = await generateInMemory(withFeatures({ cqrs: {} }));
    const enabled = await generateInMemory(withFeatures({ cqrs: {}, 'event-sourcing': {} }), { files: commanded.files });
    const removed = await generateInMemory(withFeatures({ cqrs: {} }), { files: enabled.files, allowDestructive: true });
    const drop = Object.keys(removed.files).filter((path) => !(path in enabled.files));
    expect(drop).toEqual([expect.stringMatching(/migrations\/\d{14}_drop_domain_(events_and_domain_snapshots|snapshots_and_domain_events)\.ts$/)]);
    for (const [path, text] of Object.entries(commanded.files)) {
      if (!/kiln\.(json|lock\.json)$|migrations\/(index\.ts|migrations\.sum)$|src\/db\/tables\.ts$|package\.json$/.test(path)) expect(removed.files[path], path).toBe(text);
    }
    expect(removed.files['src/resources/post/post.aggregate.ts']).toBeUndefined();
    expect(removed.files['package.json']).not.toContain('events:rebuild');
  });
});
