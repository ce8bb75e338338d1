import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkConformance, hasObjectOptions } from '../../src/conformance.js';
import { defineGenerator } from '../../src/generator/define.js';
import { loadBuiltinGenerators } from '../../src/generator/registry.js';
import { generateInMemory } from '../../src/testing.js';

const registered = await loadBuiltinGenerators();
const generators = registered.map((entry) => entry.generator);
const blog = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/specs/blog.json'), 'utf8')) as object;

describe.each(generators.map((generator) => ({ name: generator.name, generator })))('generator $name', ({ generator }) => {
  it('conforms: writes files, a second run changes nothing, output is formatted and stays in the project', async () => {
    // A feature runs with the features it requires (event sourcing needs cqrs), each with its defaults.
    const required = generators.filter((other) => other.kind === 'feature' && (generator.requires ?? []).includes(other.name)).map((other) => other.name);
    const spec = generator.kind === 'feature' ? { ...blog, features: Object.fromEntries([...required, generator.name].map((name) => [name, {}])) } : blog;
    expect(await checkConformance({ generator, generators, spec })).toEqual([]);
  }, 30_000); // two full generations and a formatting check of every file: a large feature takes a few seconds

  it('declares a name, a summary and zod object options', () => {
    expect(generator.name).toMatch(/^[a-z][a-z0-9-]*$/);
    expect(generator.summary.length).toBeGreaterThan(10);
    expect(hasObjectOptions(generator)).toBe(true);
  });
});

describe('a generator that misbehaves', () => {
  it('is stopped, and named, when it writes outside the project', async () => {
    const rogue = defineGenerator({
      name: 'rogue',
      summary: 'writes where it should not',
      kind: 'core',
      options: z.strictObject({}),
      generate: (tree) => tree.write('../outside.txt', 'x'),
    });
    await expect(generateInMemory({ name: 'demo' }, { generators: [rogue] })).rejects.toThrow(
      'generator "rogue": refusing to write "../outside.txt": the path leaves the project root',
    );
  });
});
