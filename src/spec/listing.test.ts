import { describe, expect, it } from 'vitest';
import { problemsOf } from '../../test/helpers/spec-problems.js';
import { modelViews } from './columns.js';
import { listingOf } from './listing.js';
import { parseSpec } from './load.js';

const spec = (post: object) => JSON.stringify({ name: 'demo', models: { Post: post } });
const fields = {
  title: { type: 'string' },
  body: { type: 'text', optional: true },
  status: { type: 'enum', values: ['draft', 'published'] },
  views: { type: 'integer', index: true },
  score: { type: 'float', optional: true, index: true },
  meta: { type: 'json', optional: true },
};
const listing = (post: object) => {
  const [model] = modelViews(parseSpec(spec(post)));
  if (!model) throw new Error('no model');
  return listingOf(model);
};
const summary = (post: object) =>
  Object.fromEntries(listing(post).fields.map(({ column, operators, sortable }) => [column.field, { operators: operators.join(','), sortable }]));

describe('listingOf', () => {
  it('filters and sorts by default on id, timestamps, indexed, unique and enum fields', () => {
    expect(Object.keys(summary({ fields }))).toEqual(['id', 'status', 'views', 'score', 'createdAt', 'updatedAt']);
    expect(summary({ fields }).score).toEqual({ operators: 'eq,ne,gt,gte,lt,lte,in,isNull', sortable: true });
  });

  it('follows filterable and sortable modifiers', () => {
    const post = { fields: { ...fields, title: { type: 'string', filterable: true }, views: { type: 'integer', index: true, filterable: false } } };
    expect(summary(post).title).toEqual({ operators: 'eq,ne,in,contains,startsWith', sortable: true });
    expect(summary(post).views).toBeUndefined();
    expect(summary({ fields: { ...fields, body: { type: 'text', sortable: true } } }).body).toEqual({ operators: '', sortable: true });
  });

  it('leaves nullable columns out of a cursor sort, pages offset by default, and bounds the page size', () => {
    expect(summary({ fields, pagination: 'cursor' }).score).toEqual({ operators: 'eq,ne,gt,gte,lt,lte,in,isNull', sortable: false });
    expect(listing({ fields })).toMatchObject({ pagination: 'offset', maxPageSize: 100 });
    expect(listing({ fields, pagination: { style: 'cursor', maxPageSize: 30 } })).toMatchObject({ pagination: 'cursor', maxPageSize: 30 });
  });

  it('searches the fields named in search', () => {
    expect(listing({ fields, search: ['title', 'body'] }).search.map((column) => column.name)).toEqual(['title', 'body']);
  });
});

describe('list options in the spec', () => {
  it('names an unknown search field and suggests the closest', () => {
    expect(problemsOf(spec({ fields, search: ['titel'] }))).toEqual([expect.stringContaining('models.Post.search[0]: unknown field "titel". Did you mean "title"?')]);
  });

  it('refuses to search a field that is not text', () => {
    expect(problemsOf(spec({ fields, search: ['views'] }))).toEqual([expect.stringContaining('models.Post.search[0]: "views" (integer) is not a text field')]);
  });

  it('refuses to filter or sort a json field', () => {
    const post = { fields: { ...fields, meta: { type: 'json', filterable: true, sortable: true } } };
    expect(problemsOf(spec(post))).toEqual([
      expect.stringContaining('models.Post.fields.meta.filterable: a json field cannot be filterable'),
      expect.stringContaining('models.Post.fields.meta.sortable: a json field cannot be sortable'),
    ]);
  });

  it('refuses a cursor sort on an optional field, with the ways out', () => {
    const post = { fields: { ...fields, score: { type: 'float', optional: true, sortable: true } }, pagination: 'cursor' };
    expect(problemsOf(spec(post))).toEqual([expect.stringMatching(/fields\.score\.sortable: .*cannot sort on a column that holds NULL.*"pagination": "offset"/)]);
  });

  it('bounds maxPageSize and knows the pagination styles', () => {
    expect(problemsOf(spec({ fields, pagination: { style: 'cursor', maxPageSize: 0 } })).join('\n')).toContain('models.Post.pagination');
    expect(problemsOf(spec({ fields, pagination: 'pages' })).join('\n')).toContain('models.Post.pagination');
  });
});
