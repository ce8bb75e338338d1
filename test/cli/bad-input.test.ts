import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gen, tempDir, treeHash } from '../helpers/cli.js';

/** Bad input never crashes and never half-writes: exit 2, a message naming the problem, the project untouched. */
describe('bad input', () => {
  let project: string;
  beforeAll(async () => {
    const parent = tempDir();
    expect((await gen(parent, ['new', 'demo', '--skip-install'])).code).toBe(0);
    project = join(parent, 'demo');
    expect((await gen(project, ['resource', 'Post', 'title:string', 'body:text?', 'published:boolean=false'])).code).toBe(0);
  });

  const rejects = async (args: string[], message: RegExp, prepare?: () => void) => {
    const before = treeHash(project);
    const specBefore = readFileSync(join(project, 'kiln.json'), 'utf8');
    prepare?.();
    const prepared = treeHash(project);
    const result = await gen(project, args);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('Nothing was written.');
    expect(result.code).toBe(2);
    expect(treeHash(project)).toBe(prepared);
    writeFileSync(join(project, 'kiln.json'), specBefore);
    expect(treeHash(project)).toBe(before);
  };
  const editSpec = (edit: (text: string) => string) => () =>
    writeFileSync(join(project, 'kiln.json'), edit(readFileSync(join(project, 'kiln.json'), 'utf8')));

  it('malformed JSON in kiln.json', () => rejects([], /kiln\.json:\d+:\d+: malformed JSON/, editSpec((text) => text.replace('"models": {', '"models": {,'))));
  it('an unknown field type on the command line', () => rejects(['resource', 'Bad', 'title:strang'], /unknown field type "strang"\. Did you mean "string"\?/));
  it('an unknown field type in kiln.json', () =>
    rejects([], /models\.Post\.fields\.title\.type: unknown field type "strang"/, editSpec((text) => text.replace('"type": "string"', '"type": "strang"'))));
  it('a duplicate model', () =>
    rejects([], /models\.Post: "Post" is defined twice/, editSpec((text) => text.replace('"models": {', '"models": {\n    "Post": { "fields": {} },'))));
  it.each(['constructor', '__proto__'])('a field named %s', (name) => rejects(['resource', 'Bad', `${name}:string`], new RegExp(`"${name}" cannot be a field name`)));
  it('a field named __proto__ in kiln.json', () =>
    rejects([], /models\.Post\.fields\.__proto__/, editSpec((text) => text.replace('"title": {', '"__proto__": { "type": "string" },\n        "title": {'))));
  it.each(['../Evil', 'Bad/Name', 'a/../B'])('a model name with a path in it: %s', (name) => rejects(['resource', name, 'title:string'], /is not a valid model name/));
  it('an unknown option', () => rejects(['resource', 'Post', '--nope'], /Unknown argument: nope/));
  it('a new required field with no default on an existing table', () =>
    rejects(['resource', 'Post', 'slug:string'], /a new required field needs a default/));
  it('an undeclared rename', () =>
    rejects([], /field "title" disappeared and "headline" appeared/, editSpec((text) => text.replace('"title":', '"headline":'))));
  it('a relation to an unknown model', () =>
    rejects([], /models\.Post\.relations\.author\.model: unknown model "Autor"/, editSpec((text) => text.replace('"fields": {', '"relations": { "author": { "type": "belongsTo", "model": "Autor" } },\n      "fields": {'))));
  it('a hasMany without the inverse belongsTo', () =>
    rejects([], /models\.Post\.relations\.comments: hasMany "comments" needs Comment to hold the foreign key/, editSpec((text) =>
      text.replace('"fields": {', '"relations": { "comments": { "type": "hasMany", "model": "Comment" } },\n      "fields": {').replace('"models": {', '"models": {\n    "Comment": { "fields": { "body": { "type": "text" } } },'))));
  it('onDelete setNull on a required foreign key', () =>
    rejects([], /onDelete "setNull" needs a foreign key that may be null/, editSpec((text) =>
      text.replace('"fields": {', '"relations": { "parent": { "type": "belongsTo", "model": "Post", "onDelete": "setNull" } },\n      "fields": {'))));
  it('a search over an unknown field', () =>
    rejects([], /models\.Post\.search\[0\]: unknown field "titel"\. Did you mean "title"\?/, editSpec((text) => text.replace('"fields": {', '"search": ["titel"],\n      "fields": {'))));
  it('a filter on a json field', () =>
    rejects([], /models\.Post\.fields\.meta\.filterable: a json field cannot be filterable/, editSpec((text) => text.replace('"fields": {', '"fields": {\n        "meta": { "type": "json", "optional": true, "filterable": true },'))));
  it('a cursor sort on an optional field', () =>
    rejects([], /fields\.body\.sortable: "body" is optional, and cursor pages cannot sort/, editSpec((text) => text.replace('"fields": {', '"pagination": "cursor",\n      "fields": {').replace('"optional": true', '"optional": true, "sortable": true'))));
  it('a dropped column without --allow-destructive', () =>
    rejects([], /drops the column "posts.body" and its data/, editSpec((text) => text.replace(/"body": \{[^}]*\},\s*/, ''))));

  it('event sourcing without cqrs', () => rejects(['feature', 'event-sourcing'], /the "event-sourcing" feature requires the "cqrs" feature/));
  it('a custom command setting an unknown field', () =>
    rejects([], /features\.cqrs\.commands\.Post\.publish\.fields\[0\]: unknown field "publishd" of Post\. Did you mean "published"\?/, editSpec((text) =>
      text.replace(/\n}\s*$/, ',\n  "features": { "cqrs": { "commands": { "Post": { "publish": { "fields": ["publishd"] } } } } }\n}\n'),
    )));
  it('gen new into a directory that is not empty', async () => {
    const result = await gen(join(project, '..'), ['new', 'demo', '--skip-install']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('demo already exists and is not empty');
  });
});

describe('commands that must leave the tree as it is', () => {
  it('running the same gen resource twice changes nothing the second time', async () => {
    const parent = tempDir();
    await gen(parent, ['new', 'demo', '--skip-install']);
    const project = join(parent, 'demo');
    const args = ['resource', 'Post', 'title:string', 'body:text?', 'published:boolean=false'];
    expect((await gen(project, args)).code).toBe(0);
    const hash = treeHash(project);
    const again = await gen(project, args, { KILN_NOW: '2025-06-01T00:00:00.000Z' });
    expect(again.code).toBe(0);
    expect(treeHash(project)).toBe(hash);
  });

  it('--dry-run prints the diff and writes nothing', async () => {
    const parent = tempDir();
    await gen(parent, ['new', 'demo', '--skip-install']);
    const project = join(parent, 'demo');
    const hash = treeHash(project);
    const result = await gen(project, ['resource', 'Post', 'title:string', '--dry-run']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('+++ b/src/resources/post/post.routes.ts');
    expect(result.stdout).toContain('(dry run: nothing was written)');
    expect(treeHash(project)).toBe(hash);
  });

  it('models named like SQL keywords or common words work', async () => {
    const parent = tempDir();
    await gen(parent, ['new', 'demo', '--skip-install']);
    const project = join(parent, 'demo');
    for (const args of [['resource', 'Order', 'total:decimal', 'order:integer', 'select:string', 'from:string'], ['resource', 'User', 'email:string:unique'], ['resource', 'Group', 'name:string']]) {
      const result = await gen(project, args);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
    }
  });
});
