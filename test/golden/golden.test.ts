import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateInMemory } from '../../src/testing.js';

/**
 * Golden output: every fixture spec renders to snapshot files under __snapshots__/<fixture>/, one per generated
 * file, so any change in generated code shows up as a reviewable diff (`vitest -u` accepts it).
 */
const specsDir = join(import.meta.dirname, '../../fixtures/specs');
const fixtures = readdirSync(specsDir)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => ({ name: basename(file, '.json'), spec: JSON.parse(readFileSync(join(specsDir, file), 'utf8')) as { database?: string } }));

/** all-types also renders for the other dialects, where types and row mapping differ most. */
const cases = [
  ...fixtures,
  ...['postgres', 'mysql'].map((database) => ({
    name: `all-types.${database}`,
    spec: { ...fixtures.find((fixture) => fixture.name === 'all-types')!.spec, database },
  })),
];

describe.each(cases)('golden output of $name', ({ name, spec }) => {
  it('matches the snapshot files', async () => {
    const { files } = await generateInMemory(spec);
    const paths = Object.keys(files).sort();
    await expect(`${paths.join('\n')}\n`).toMatchFileSnapshot(`__snapshots__/${name}/FILES.txt`);
    for (const path of paths) {
      await expect(files[path]).toMatchFileSnapshot(`__snapshots__/${name}/${path}`);
    }
  });

  it('is byte-identical on a second run', async () => {
    const first = await generateInMemory(spec);
    const second = await generateInMemory(spec);
    expect(second.files).toEqual(first.files);
  });
}, 30_000); // a fixture with features renders ~80 files through prettier
