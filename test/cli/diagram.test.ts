import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gen, tempDir, toolkitRoot } from '../helpers/cli.js';

describe('gen diagram', () => {
  it('prints the Mermaid ER diagram of kiln.json, the one the generated README carries', async () => {
    const project = tempDir('kiln-diagram-');
    copyFileSync(join(toolkitRoot, 'fixtures/specs/blog.json'), join(project, 'kiln.json'));
    const result = await gen(project, ['diagram']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^erDiagram\n {2}Author \{\n/);
    expect(result.stdout).toContain('  Post }o--o{ Tag : post_tags');
  });
});
