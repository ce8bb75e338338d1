import { describe, expect, it } from 'vitest';
import { problemsOf } from '../../test/helpers/spec-problems.js';

const post = (model: object, features: object = { 'jwt-auth': {} }) =>
  JSON.stringify({ name: 'demo', models: { Post: { fields: { title: { type: 'string' }, authorId: { type: 'uuid' } }, ...model } }, features });

describe('access rules in kiln.json', () => {
  it('accepts every rule kind once jwt-auth is enabled', () => {
    const access = { list: 'public', get: 'authenticated', create: 'role:editor', update: 'owner', delete: 'role:admin' };
    expect(problemsOf(post({ owner: 'authorId', access }))).toEqual([]);
  });

  it('refuses access rules without the jwt-auth feature, pointing at it', () => {
    const [problem] = problemsOf(post({ access: { create: 'authenticated' } }, {}));
    expect(problem).toBe('models.Post.access: "access" needs the jwt-auth feature, which enforces it (enable it with `gen feature jwt-auth`, or remove "access")');
  });

  it('names a misspelt action and rule with the closest valid one', () => {
    expect(problemsOf(post({ access: { lst: 'public' } }))[0]).toContain('models.Post.access.lst: unknown key "lst". Did you mean "list"?');
    expect(problemsOf(post({ access: { list: 'publc' } }))[0]).toContain('models.Post.access.list: unknown access rule "publc". Did you mean "public"?');
    expect(problemsOf(post({ access: { list: 'role:' } }))[0]).toContain('Did you mean "role:<name>"?');
  });

  it('requires an owner field for "owner" rules, a uuid one, and no "owner" on create', () => {
    expect(problemsOf(post({ access: { update: 'owner' } }))[0]).toContain('models.Post.access.update: "owner" needs the model to name its owner field');
    expect(problemsOf(post({ owner: 'title' }))[0]).toContain('models.Post.owner: the owner field "title" is a string, not a uuid');
    expect(problemsOf(post({ owner: 'authorID' }))[0]).toContain('models.Post.owner: unknown field "authorID". Did you mean "authorId"?');
    expect(problemsOf(post({ owner: 'authorId', access: { create: 'owner' } }))[0]).toContain('"owner" cannot apply to create');
    expect(problemsOf(post({ owner: 'authorId', access: { create: 'public' } }))[0]).toContain('cannot be created anonymously');
  });
});
