import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { modelViews } from '../../src/spec/columns.js';
import { parseSpec } from '../../src/spec/load.js';
import { deepestIncludePaths, forbiddenIncludePaths, forwardedRelations, includePaths, includePlan } from './include-plan.js';
import { includesLibFile } from './relations-file.js';

/** Authors (whose list is for admins only) write posts, posts have comments, comments have an author. */
const spec = parseSpec(
  JSON.stringify({
    name: 'demo',
    models: {
      Author: { fields: { name: { type: 'string' } }, relations: { posts: { type: 'hasMany', model: 'Post' } }, access: { list: 'role:admin' } },
      Post: {
        fields: { title: { type: 'string' } },
        includeDepth: 2,
        relations: { author: { type: 'belongsTo', model: 'Author' }, comments: { type: 'hasMany', model: 'Comment' } },
      },
      Comment: {
        fields: { body: { type: 'text' } },
        relations: { post: { type: 'belongsTo', model: 'Post' }, author: { type: 'belongsTo', model: 'Author', optional: true, onDelete: 'setNull' } },
      },
    },
    features: { 'jwt-auth': {} },
  }),
);
/** What the tests call of the generated module. */
interface IncludesModule {
  parseIncludes: (value: string | undefined, rules: object) => unknown;
  includeLinked: <Key, Row, Included>(links: { linkedId: Key; record: Row }[], include: (records: Row[]) => Promise<Included[]>) => Promise<unknown>;
}

const model = (name: string) => modelViews(spec).find((view) => view.name === name)!;

describe('include plan', () => {
  it('accepts the relations of each level up to the depth, refusing non-public ones at every level', () => {
    const plan = includePlan(spec, model('Post'));
    expect(includePaths(plan)).toEqual(['comments', 'comments.post']);
    expect(forbiddenIncludePaths(plan)).toEqual(['author', 'comments.author']);
    expect(deepestIncludePaths(plan)).toEqual(['comments.post']);
    expect(includePaths(includePlan(spec, model('Comment')))).toEqual(['post']);
  });

  it('passes nested includes on only where some route includes relations under a relation', () => {
    expect([...forwardedRelations(spec, model('Post'))]).toEqual(['comments']);
    expect([...forwardedRelations(spec, model('Comment'))]).toEqual([]);
    expect([...forwardedRelations(spec, model('Author'))]).toEqual([]);
  });
});

describe('the generated src/lib/includes.ts', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiln-includes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'includes.ts'), includesLibFile());
  // A stand-in for the project's errors module: only the error the parser throws.
  writeFileSync(
    join(dir, 'errors.ts'),
    'export class HttpError extends Error { constructor(readonly status: number, readonly code: string, message: string, readonly details?: unknown) { super(message); } }\n',
  );
  const { includeLinked, parseIncludes } = (await import(join(dir, 'includes.ts'))) as IncludesModule;
  const rules = { depth: 2, setting: 'models.Post.includeDepth', relations: { author: 'forbidden', comments: { post: {}, author: 'forbidden' } } } as const;
  const failure = (value: string) => {
    try {
      parseIncludes(value, rules);
    } catch (error) {
      const { status, code, message } = error as { status: number; code: string; message: string };
      return { status, code, message };
    }
    throw new Error(`${value} was accepted`);
  };

  it('parses dotted paths into a tree, merging repeated relations', () => {
    expect(parseIncludes('comments.post, comments', rules)).toEqual({ comments: { post: {} } });
    expect(parseIncludes(undefined, rules)).toEqual({});
  });

  it('answers 400 for an unknown relation at any level, listing what that level allows', () => {
    expect(failure('nope')).toEqual({ status: 400, code: 'invalid_include', message: 'Unknown relation "nope"; include one of: comments' });
    expect(failure('comments.nope')).toMatchObject({ status: 400, message: 'Unknown relation "nope" under "comments"; include one of: post' });
    expect(failure('comments.constructor')).toMatchObject({ status: 400 });
  });

  it('answers 400 for a path deeper than allowed, naming the limit and its setting', () => {
    expect(failure('comments.post.comments')).toMatchObject({ status: 400, message: expect.stringContaining('at most 2 (models.Post.includeDepth in kiln.json') });
  });

  it('answers 403 for a relation whose records are not public, at any level', () => {
    expect(failure('author')).toEqual({ status: 403, code: 'include_forbidden', message: 'Including author is not allowed: its records are not public' });
    expect(failure('comments.author')).toMatchObject({ status: 403, message: 'Including comments.author is not allowed: its records are not public' });
  });

  it('keeps the links of a manyToMany when relations are included under their records', async () => {
    const links = [{ linkedId: 1, record: 'a' }, { linkedId: 2, record: 'a' }];
    expect(await includeLinked(links, async (records) => records.map((record) => record.toUpperCase()))).toEqual([
      { linkedId: 1, record: 'A' },
      { linkedId: 2, record: 'A' },
    ]);
  });
});
