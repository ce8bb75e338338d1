import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { erDiagram } from './diagram.js';
import { validateSpecValue } from './load.js';

const blog = validateSpecValue(JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/specs/blog.json'), 'utf8')));

describe('erDiagram', () => {
  it('draws every model with its columns and keys, and one line per foreign key and join table', () => {
    const diagram = erDiagram(blog);
    expect(diagram.startsWith('erDiagram\n  Author {\n    uuid id PK\n')).toBe(true);
    expect(diagram).toContain('    string email UK\n');
    expect(diagram).toContain('    text bio "optional"\n');
    expect(diagram).toContain('    uuid authorId FK\n');
    expect(diagram.split('\n').filter((line) => line.includes('--'))).toEqual([
      '  Author ||--o{ Post : author',
      '  Post ||--o{ Comment : post',
      '  Author |o--o{ Comment : author',
      '  Post }o--o{ Tag : post_tags',
    ]);
  });

  it('marks a hasOne as at most one, and is the same text every time', () => {
    const spec = validateSpecValue({
      name: 'demo',
      models: {
        User: { fields: {}, relations: { profile: { type: 'hasOne', model: 'Profile' } } },
        Profile: { fields: {}, relations: { user: { type: 'belongsTo', model: 'User', onDelete: 'cascade' } } },
      },
    });
    expect(erDiagram(spec)).toContain('  User ||--o| Profile : user\n');
    expect(erDiagram(spec)).toBe(erDiagram(spec));
  });
});
