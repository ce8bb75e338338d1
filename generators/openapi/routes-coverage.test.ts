import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateInMemory } from '../../src/testing.js';
import { documentedRoutes, registeredRoutes } from '../../test/helpers/registered-routes.js';

const specsDir = join(import.meta.dirname, '../../fixtures/specs');
const fixtures = readdirSync(specsDir)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => ({ name: basename(file, '.json'), spec: JSON.parse(readFileSync(join(specsDir, file), 'utf8')) as Record<string, unknown> }));
const fixture = (name: string) => fixtures.find((candidate) => candidate.name === name)!.spec;

/** The blog's relations with every feature that adds or guards routes: jwt-auth, cqrs commands, event sourcing. */
const everything = {
  ...fixture('blog'),
  name: 'blog-everything',
  features: {
    'jwt-auth': {},
    cqrs: { models: ['Post', 'Comment'], commands: { Post: { publish: { fields: ['published', 'status'] } } } },
    'event-sourcing': { models: ['Post'] },
  },
};

/**
 * The document describes every route the generated app registers, and nothing else: the routes are read from the
 * generated code (src/app.ts and each routes module it mounts), not from the generators' plans, so a route a
 * generator prints without documenting it fails here.
 */
describe('the OpenAPI document lists exactly the routes the app registers', () => {
  it.each([...fixtures, { name: 'blog with jwt-auth, cqrs and event sourcing', spec: everything }])('$name', async ({ spec }) => {
    const { files } = await generateInMemory(spec);
    const document = JSON.parse(files['openapi.json'] ?? '{}') as { paths: Record<string, Record<string, unknown>> };
    const registered = registeredRoutes(files);
    expect(registered.length).toBeGreaterThan(10);
    expect(documentedRoutes(document)).toEqual(registered);
  });
});
