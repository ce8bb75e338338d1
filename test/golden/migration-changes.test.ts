import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateInMemory } from '../../src/testing.js';

/**
 * Golden migrations for spec edits: the blog fixture, then fixtures/spec-changes/blog-edited.json (a model and a
 * field renamed, a column widened, made required with a default, given a new default, an enum value and an index
 * added), rendered for each engine. A change in how migrations are written shows up here as a diff to review.
 */
const fixtures = join(import.meta.dirname, '../../fixtures');
const read = (path: string) => JSON.parse(readFileSync(join(fixtures, path), 'utf8')) as object;

describe.each(['sqlite', 'postgres', 'mysql'])('the migration for an edited blog spec on %s', (database) => {
  it('matches the snapshot files', async () => {
    const first = await generateInMemory({ ...read('specs/blog.json'), database });
    const second = await generateInMemory({ ...read('spec-changes/blog-edited.json'), database }, { files: first.files });
    const written = second.generation.changes.filter((change) => change.type === 'create' && change.origin?.role === 'migration');
    expect(written.length).toBeGreaterThan(0);
    for (const change of written) {
      await expect(change.after).toMatchFileSnapshot(`__snapshots__/changes.${database}/${change.path.split('/').at(-1)}`);
    }
  });
});
