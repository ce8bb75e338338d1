import { describe, expect, it } from 'vitest';
import { validateSpecValue } from '../spec/load.js';
import { diffSchema } from './diff.js';
import { emptySnapshot, identifier, snapshotOf } from './snapshot.js';

const spec = (fields: object, extra: object = {}) =>
  validateSpecValue({ name: 'demo', models: { Post: { fields, ...extra } } });
const allow = { allowDestructive: true };
const refuse = { allowDestructive: false };

describe('diffSchema', () => {
  it('creates a table and its indexes from nothing', () => {
    const { operations } = diffSchema(emptySnapshot, spec({ title: { type: 'string', unique: true } }), refuse);
    expect(operations.map((operation) => operation.kind)).toEqual(['createTable', 'createIndex']);
  });

  it('is empty when nothing changed', () => {
    const current = spec({ title: { type: 'string' } });
    expect(diffSchema(snapshotOf(current), current, refuse).operations).toEqual([]);
  });

  it('adds an optional column, or a required one with a default', () => {
    const before = snapshotOf(spec({ title: { type: 'string' } }));
    const after = spec({ title: { type: 'string' }, subtitle: { type: 'string', optional: true }, views: { type: 'integer', default: 0 } });
    expect(diffSchema(before, after, refuse).operations).toMatchObject([
      { kind: 'addColumn', column: { name: 'subtitle' } },
      { kind: 'addColumn', column: { name: 'views', default: 0 } },
    ]);
  });

  it('refuses a new required column without a default on an existing table', () => {
    const before = snapshotOf(spec({ title: { type: 'string' } }));
    expect(() => diffSchema(before, spec({ title: { type: 'string' }, slug: { type: 'string' } }), refuse)).toThrow(/needs a default/);
  });

  it('renames a column declared with renamedFrom', () => {
    const before = snapshotOf(spec({ title: { type: 'string' } }));
    const after = spec({ headline: { type: 'string', renamedFrom: 'title' } });
    expect(diffSchema(before, after, refuse).operations).toEqual([{ kind: 'renameColumn', table: 'posts', from: 'title', to: 'headline' }]);
  });

  it('refuses to guess an undeclared rename and shows the renamedFrom fix', () => {
    const before = snapshotOf(spec({ title: { type: 'string' } }));
    const act = () => diffSchema(before, spec({ headline: { type: 'string' } }), refuse);
    expect(act).toThrow(/field "title" disappeared and "headline" appeared/);
    expect(act).toThrow(expect.objectContaining({ hint: expect.stringContaining('"renamedFrom": "title"') }));
  });

  it('refuses to drop a column unless destructive changes are allowed', () => {
    const before = snapshotOf(spec({ title: { type: 'string' }, body: { type: 'text' } }));
    const after = spec({ title: { type: 'string' } });
    expect(() => diffSchema(before, after, refuse)).toThrow(/drops the column "posts.body" and its data/);
    expect(diffSchema(before, after, allow).operations).toMatchObject([{ kind: 'dropColumn', column: { name: 'body' } }]);
  });

  it('renames a table when the model declares renamedFrom', () => {
    const before = snapshotOf(validateSpecValue({ name: 'demo', models: { Article: { fields: { title: { type: 'string' } } } } }));
    const after = validateSpecValue({ name: 'demo', models: { Post: { renamedFrom: 'Article', fields: { title: { type: 'string' } } } } });
    expect(diffSchema(before, after, refuse).operations).toEqual([{ kind: 'renameTable', from: 'articles', to: 'posts' }]);
  });

  it('refuses a type change it cannot generate yet, naming what changed', () => {
    const before = snapshotOf(spec({ views: { type: 'integer' } }));
    expect(() => diffSchema(before, spec({ views: { type: 'string' } }), refuse)).toThrow(/changing type.* of column "views"/);
  });
});

describe('identifier', () => {
  it('shortens long names deterministically for engines with a length limit', () => {
    const long = `${'very_long_table_name_'.repeat(4)}title_unique`;
    expect(identifier(long, 'postgres')).toHaveLength(63);
    expect(identifier(long, 'postgres')).toBe(identifier(long, 'postgres'));
    expect(identifier(long, 'sqlite')).toBe(long);
  });
});
