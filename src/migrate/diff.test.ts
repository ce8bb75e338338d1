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
    expect(diffSchema(before, after, refuse).operations).toMatchObject([{ kind: 'renameColumn', table: 'posts', from: 'title', to: 'headline' }]);
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
    expect(diffSchema(before, after, refuse).operations).toMatchObject([{ kind: 'renameTable', from: 'articles', to: 'posts' }]);
  });

  it('renames the indexes of a renamed table instead of rebuilding them', () => {
    const before = snapshotOf(validateSpecValue({ name: 'demo', models: { Article: { fields: { title: { type: 'string', unique: true } } } } }));
    const after = validateSpecValue({ name: 'demo', models: { Post: { renamedFrom: 'Article', fields: { title: { type: 'string', unique: true } } } } });
    expect(diffSchema(before, after, refuse).operations).toMatchObject([
      { kind: 'renameTable', from: 'articles', to: 'posts' },
      { kind: 'renameIndex', from: 'articles_title_unique', index: { name: 'posts_title_unique' } },
    ]);
  });

  it('renames the index of a renamed column', () => {
    const before = snapshotOf(spec({ title: { type: 'string', index: true } }));
    const after = spec({ headline: { type: 'string', index: true, renamedFrom: 'title' } });
    expect(diffSchema(before, after, refuse).operations).toMatchObject([
      { kind: 'renameColumn', from: 'title', to: 'headline' },
      { kind: 'renameIndex', from: 'posts_title_index', index: { name: 'posts_headline_index' } },
    ]);
  });
});

describe('diffSchema: column changes', () => {
  const on = (database: string, fields: object) => validateSpecValue({ name: 'demo', database, models: { Post: { fields } } });
  const change = (database: string, from: object, to: object, options = refuse) =>
    diffSchema(snapshotOf(on(database, { value: from })), on(database, { value: to }), options).operations;

  it('alters a widened column in place on PostgreSQL and MySQL', () => {
    for (const database of ['postgres', 'mysql']) {
      expect(change(database, { type: 'integer' }, { type: 'float' })).toMatchObject([
        { kind: 'alterColumn', table: 'posts', before: { type: 'integer' }, after: { type: 'float' } },
      ]);
    }
  });

  it('rebuilds the table on SQLite, following renamed columns', () => {
    const before = snapshotOf(on('sqlite', { title: { type: 'string' }, views: { type: 'integer' } }));
    const after = on('sqlite', { headline: { type: 'string', renamedFrom: 'title' }, views: { type: 'float' } });
    expect(diffSchema(before, after, refuse).operations).toMatchObject([{ kind: 'rebuildTable', table: 'posts', renamed: { headline: 'title' } }]);
  });

  it('compares what the engine stores: a longer SQLite string needs no migration', () => {
    expect(change('sqlite', { type: 'string', max: 100 }, { type: 'string', max: 200 })).toEqual([]);
    expect(change('postgres', { type: 'string', max: 100 }, { type: 'string', max: 200 })).toMatchObject([{ kind: 'alterColumn' }]);
  });

  it('changes nullability and defaults without asking', () => {
    expect(change('postgres', { type: 'integer' }, { type: 'integer', optional: true })).toMatchObject([{ kind: 'alterColumn' }]);
    expect(change('postgres', { type: 'integer', default: 0 }, { type: 'integer', default: 1 })).toMatchObject([{ kind: 'alterColumn' }]);
    expect(change('postgres', { type: 'integer', optional: true }, { type: 'integer', default: 0 })).toMatchObject([{ kind: 'alterColumn' }]);
  });

  it.each([
    [{ type: 'text' }, { type: 'integer' }, /changes "posts.value" from text to integer: values that are not whole numbers cannot be kept/],
    [{ type: 'string', max: 200 }, { type: 'string', max: 100 }, /values longer than 100 characters cannot be kept/],
    [{ type: 'decimal', precision: 12, scale: 2 }, { type: 'decimal', precision: 8, scale: 2 }, /values that do not fit decimal\(8, 2\)/],
    [{ type: 'enum', values: ['a', 'b'] }, { type: 'enum', values: ['a'] }, /rows holding "b" cannot be kept/],
    [{ type: 'integer', optional: true }, { type: 'integer' }, /makes "posts.value" required without a default/],
  ])('refuses a narrowing change without --allow-destructive: %o → %o', (from, to, message) => {
    expect(() => change('postgres', from, to)).toThrow(message);
    expect(change('postgres', from, to, allow)).toMatchObject([{ kind: 'alterColumn' }]);
  });

  it('lets widening changes through', () => {
    expect(change('postgres', { type: 'enum', values: ['a'] }, { type: 'enum', values: ['a', 'b'] })).toHaveLength(1);
    expect(change('postgres', { type: 'string', max: 40 }, { type: 'text' })).toHaveLength(1);
    expect(change('postgres', { type: 'integer' }, { type: 'decimal', precision: 12, scale: 2 })).toHaveLength(1);
  });

  it('refuses to change how ids are made', () => {
    const before = snapshotOf(validateSpecValue({ name: 'demo', models: { Post: { fields: {} } } }));
    const after = validateSpecValue({ name: 'demo', models: { Post: { id: 'increments', fields: {} } } });
    expect(() => diffSchema(before, after, allow)).toThrow(/primary key "id" is not supported/);
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
