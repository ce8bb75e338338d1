import { describe, expect, it } from 'vitest';
import { problemsOf } from '../../test/helpers/spec-problems.js';
import { parseSpec } from './load.js';

const spec = (models: object) => JSON.stringify({ name: 'demo', models });

describe('parseSpec', () => {
  it('applies defaults: sqlite, uuid ids, timestamps, no features', () => {
    const parsed = parseSpec(spec({ Post: { fields: { title: { type: 'string' } } } }));
    expect(parsed).toMatchObject({ database: 'sqlite', id: 'uuid', timestamps: true, features: {} });
  });

  it('reports malformed JSON with line and column', () => {
    expect(problemsOf('{\n  "name": "demo",\n  "models": {,}\n}')).toEqual([
      expect.stringMatching(/^kiln\.json:3:\d+: malformed JSON/),
    ]);
  });

  it('names an unknown field type, what is allowed, and the closest match', () => {
    const [problem] = problemsOf(spec({ Post: { fields: { title: { type: 'strang' } } } }));
    expect(problem).toContain('models.Post.fields.title.type');
    expect(problem).toContain('Did you mean "string"?');
    expect(problem).toContain('allowed: string, text, integer');
  });

  it('suggests the intended key for a misspelt modifier', () => {
    const [problem] = problemsOf(spec({ Post: { fields: { title: { type: 'string', optinal: true } } } }));
    expect(problem).toContain('models.Post.fields.title.optinal: unknown key "optinal". Did you mean "optional"?');
  });

  it('rejects a duplicate model instead of silently keeping the last one', () => {
    const text = '{"name":"demo","models":{"Post":{"fields":{}},"Post":{"fields":{}}}}';
    expect(problemsOf(text)).toEqual([expect.stringContaining('models.Post: "Post" is defined twice')]);
  });

  it('rejects models whose tables would clash', () => {
    expect(problemsOf(spec({ Person: { fields: {} }, People: { fields: {}, table: 'people' } }))).toEqual([
      expect.stringContaining('would both use the table "people"'),
    ]);
  });

  it.each(['constructor', '__proto__', 'prototype', 'toString', 'id', 'createdAt'])('rejects the field name %s', (name) => {
    const text = `{"name":"demo","models":{"Post":{"fields":{"${name}":{"type":"string"}}}}}`;
    expect(problemsOf(text).join('\n')).toContain(`models.Post.fields.${name}`);
  });

  it.each(['../Evil', 'Bad/Name', 'post', 'Post.js', 'Date', 'Promise'])('rejects the model name %s', (name) => {
    expect(problemsOf(spec({ [name]: { fields: {} } })).join('\n')).toMatch(/model name/);
  });

  it('accepts SQL keywords as model and field names (identifiers are quoted)', () => {
    const parsed = parseSpec(
      spec({
        Order: { fields: { order: { type: 'integer' }, select: { type: 'string' }, from: { type: 'string' } } },
        User: { fields: {} },
        Group: { fields: {} },
      }),
    );
    expect(Object.keys(parsed.models)).toEqual(['Order', 'User', 'Group']);
  });

  it('checks modifiers against the field type', () => {
    const problems = problemsOf(
      spec({
        Post: {
          fields: {
            a: { type: 'boolean', max: 3 },
            b: { type: 'enum' },
            c: { type: 'text', unique: true },
            d: { type: 'integer', default: 'x' },
            e: { type: 'string', min: 5, max: 2 },
            f: { type: 'enum', values: ["it's"] },
          },
        },
      }),
    );
    expect(problems).toEqual([
      expect.stringContaining('models.Post.fields.a.max: "max" does not apply to boolean fields'),
      expect.stringContaining('models.Post.fields.b.values: an enum field needs a non-empty "values" list'),
      expect.stringContaining('models.Post.fields.c.unique: a text field cannot be unique'),
      expect.stringContaining('models.Post.fields.d.default: the default must be a whole number'),
      expect.stringContaining('models.Post.fields.e.min: min (5) is greater than max (2)'),
      expect.stringContaining('models.Post.fields.f.values: invalid enum value'),
    ]);
  });

  it('points an index at an unknown field with a suggestion', () => {
    const problems = problemsOf(spec({ Post: { fields: { status: { type: 'string' } }, indexes: [['statsu']] } }));
    expect(problems).toEqual([expect.stringContaining('index refers to unknown field "statsu" (did you mean "status"?)')]);
  });
});
