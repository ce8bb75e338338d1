import { describe, expect, it } from 'vitest';
import { KilnErrors } from '../errors.js';
import { parseSpec } from '../spec/load.js';
import { withContributedFields, type ModelFieldsPlan } from './model-fields.js';

const spec = parseSpec(JSON.stringify({ name: 'demo', models: { Post: { fields: { title: { type: 'string' } } }, Tag: { fields: { label: { type: 'string' } } } } }));

const adding = (generator: string, fields: ModelFieldsPlan['fields'], only?: string) => ({
  generator,
  contribute: (plan: ModelFieldsPlan) => {
    if (only === undefined || plan.model === only) Object.assign(plan.fields, fields);
  },
});

describe('fields contributed to models', () => {
  it('come after the user\'s fields, with the field defaults applied, and leave other models alone', () => {
    const extended = withContributedFields(spec, [adding('soft-delete', { deletedAt: { type: 'datetime', optional: true } }, 'Post')]);
    expect(Object.keys(extended.models.Post?.fields ?? {})).toEqual(['title', 'deletedAt']);
    expect(Object.keys(extended.models.Tag?.fields ?? {})).toEqual(['label']);
  });

  it('return the spec itself when nothing contributes', () => {
    expect(withContributedFields(spec, [])).toBe(spec);
  });

  it('refuse a field the model already has, naming the generator', () => {
    const clash = () => withContributedFields(spec, [adding('stamps', { title: { type: 'string' } })]);
    expect(clash).toThrow(KilnErrors);
    expect(clash).toThrow('generator "stamps" adds the field "title", which Post already has');
  });

  it('hold contributed fields to the rules of kiln.json, naming the generator', () => {
    const reserved = () => withContributedFields(spec, [adding('bad-plugin', { constructor: { type: 'string' as const } })]);
    expect(reserved).toThrow(/added by generator "bad-plugin"/);
  });
});
