import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { gen, tempDir, toolkitRoot } from '../helpers/cli.js';

/** Regeneration after spec edits keeps user edits; `gen check` fails on every kind of drift. */
let project: string;
const file = (path: string) => join(project, path);
const read = (path: string) => readFileSync(file(path), 'utf8');
const write = (path: string, text: string) => writeFileSync(file(path), text);
const editSpec = (edit: (spec: { models: Record<string, { fields: Record<string, object>; search?: string[]; relations?: Record<string, object> }> }) => void) => {
  const spec = JSON.parse(read('kiln.json')) as { models: Record<string, { fields: Record<string, object> }> };
  edit(spec);
  write('kiln.json', `${JSON.stringify(spec, null, 2)}\n`);
};
const routes = 'src/resources/post/post.routes.ts';
const customRoute = `\n/** Hand-written: not generated. */\nexport const customPostRoute = '/posts/featured';\n`;

beforeEach(async () => {
  project = tempDir('kiln-regen-');
  copyFileSync(join(toolkitRoot, 'fixtures/specs/blog.json'), file('kiln.json'));
  const result = await gen(project, []);
  expect(result.code).toBe(0);
});

describe('regeneration keeps user edits', () => {
  it('adding a field updates every file, keeps a hand edit in the routes, and leaves gen check clean', async () => {
    write(routes, read(routes).replace("return c.body(null, 204);", "return c.body(null, 204); // deleted").concat(customRoute));
    editSpec((spec) => {
      spec.models.Post!.fields.subtitle = { type: 'string', optional: true };
    });
    const result = await gen(project, []);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('merged  src/resources/post/post.routes.ts');
    for (const path of ['src/resources/post/post.schema.ts', 'src/resources/post/post.repository.ts', 'src/db/tables/post.ts']) {
      expect(read(path)).toContain('subtitle');
    }
    expect(read(routes)).toContain("export const customPostRoute = '/posts/featured';");
    expect(read(routes)).toContain('return c.body(null, 204); // deleted');
    expect(readdirSync(file('src/db/migrations')).some((name) => name.endsWith('_update_posts.ts'))).toBe(true);
    expect((await gen(project, ['check'])).code).toBe(0);
  });

  it('renaming a field (renamedFrom) keeps an edit in the same file', async () => {
    const schema = 'src/resources/post/post.schema.ts';
    write(schema, `// reviewed by hand\n${read(schema)}`);
    editSpec((spec) => {
      const { title, ...rest } = spec.models.Post!.fields;
      spec.models.Post!.fields = { headline: { ...title, renamedFrom: 'title' }, ...rest };
      spec.models.Post!.search = ['headline', 'body'];
    });
    expect((await gen(project, [])).code).toBe(0);
    expect(read(schema)).toMatch(/^\/\/ reviewed by hand\n[\s\S]*headline: z\.string\(\)\.max\(200\)/);
    expect(read(schema)).not.toContain('title:');
    expect((await gen(project, ['check'])).code).toBe(0);
  });

  it('removing a field (with --allow-destructive) keeps an edit elsewhere in the file', async () => {
    write(routes, read(routes).concat(customRoute));
    editSpec((spec) => {
      delete spec.models.Post!.fields.body;
      spec.models.Post!.search = ['title'];
    });
    expect((await gen(project, [])).code).toBe(2);
    expect((await gen(project, ['--allow-destructive'])).code).toBe(0);
    expect(read('src/resources/post/post.schema.ts')).not.toContain('body:');
    expect(read(routes)).toContain('customPostRoute');
  });

  it("changing a field's type and optionality follows everywhere and keeps an edit in the same file", async () => {
    const schema = 'src/resources/post/post.schema.ts';
    write(schema, `// reviewed by hand\n${read(schema)}`);
    editSpec((spec) => {
      spec.models.Post!.fields.body = { type: 'string', max: 500 };
      spec.models.Post!.fields.title = { type: 'string', max: 200, optional: true };
    });
    const refused = await gen(project, []);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('body');
    expect((await gen(project, ['--allow-destructive'])).code).toBe(0);
    expect(read(schema)).toMatch(/^\/\/ reviewed by hand\n/);
    expect(read(schema)).toContain('body: z.string().max(500),');
    expect(read(schema)).toContain('title: z.string().max(200).nullable().default(null),');
    expect(read('src/db/tables/post.ts')).toContain('title: string | null;');
    expect(readdirSync(file('src/db/migrations')).filter((name) => name.endsWith('_update_posts.ts'))).toHaveLength(1);
    expect((await gen(project, ['check'])).code).toBe(0);
  });

  it('enabling a feature changes the routes it extends and keeps the hand edit in them', async () => {
    write(routes, read(routes).concat(customRoute));
    expect((await gen(project, ['feature', 'caching'])).code).toBe(0);
    expect(read(routes)).toContain('cachedRecord(');
    expect(read(routes)).toContain("export const customPostRoute = '/posts/featured';");
    expect((await gen(project, ['check'])).code).toBe(0);
    expect((await gen(project, ['feature', 'remove', 'caching'])).code).toBe(0);
    expect(read(routes)).not.toContain('cachedRecord(');
    expect(read(routes)).toContain('customPostRoute');
  });

  it('adding a model registers its routes without touching what the user wrote in src/app.ts', async () => {
    write('src/app.ts', read('src/app.ts').replace("  app.get('/health'", "  app.get('/version', (c) => c.text('1'));\n  app.get('/health'"));
    editSpec((spec) => {
      spec.models.Tag = { fields: { name: { type: 'string', unique: true } } };
    });
    expect((await gen(project, [])).code).toBe(0);
    expect(read('src/app.ts')).toContain("app.route('/tags', createTagRoutes(deps));");
    expect(read('src/app.ts')).toContain("app.get('/version', (c) => c.text('1'));");
    expect(existsSync(file('src/resources/tag/tag.routes.ts'))).toBe(true);
  });

  it('gen destroy resource removes the model, its files and its registration, and keeps the migration history', async () => {
    const migrationsBefore = readdirSync(file('src/db/migrations'));
    write('src/app.ts', read('src/app.ts').replace("  app.get('/health'", "  app.get('/version', (c) => c.text('1'));\n  app.get('/health'"));
    const referenced = await gen(project, ['destroy', 'resource', 'Comment', '--allow-destructive']);
    expect(referenced.code).toBe(2);
    expect(referenced.stderr).toContain('"Comment" is still the target of models.Post.relations.comments');
    editSpec((spec) => {
      delete spec.models.Post!.relations!.comments;
    });
    const refused = await gen(project, ['destroy', 'resource', 'Comment']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('drops the table "comments"');
    expect((await gen(project, ['destroy', 'resource', 'Comment', '--allow-destructive'])).code).toBe(0);
    expect(JSON.parse(read('kiln.json')).models.Comment).toBeUndefined();
    expect(existsSync(file('src/resources/comment'))).toBe(false);
    expect(read('src/app.ts')).not.toContain('createCommentRoutes');
    expect(read('src/app.ts')).toContain("app.get('/version'");
    const migrationsAfter = readdirSync(file('src/db/migrations'));
    expect(migrationsAfter).toEqual(expect.arrayContaining(migrationsBefore));
    expect(migrationsAfter.some((name) => name.endsWith('_drop_comments.ts'))).toBe(true);
    expect((await gen(project, ['check'])).code).toBe(0);
  });

  it('gen on an unchanged project writes nothing (mtimes unchanged)', async () => {
    const mtimes = () => readdirSync(project, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => statSync(join(entry.parentPath, entry.name)).mtimeMs);
    const before = mtimes();
    const result = await gen(project, []);
    expect(result.code).toBe(0);
    expect(mtimes()).toEqual(before);
  });
});

describe('gen check', () => {
  it('is clean right after generation', async () => {
    const result = await gen(project, ['check']);
    expect(result.stdout).toContain('In sync');
    expect(result.code).toBe(0);
  });

  it('fails after a spec edit, naming each affected file and the pending migration, in every format', async () => {
    editSpec((spec) => {
      spec.models.Post!.fields.subtitle = { type: 'string', optional: true };
    });
    const text = await gen(project, ['check']);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/pending-migration {2}src\/db\/migrations\/\d{14}_update_posts\.ts a migration is pending/);
    expect(text.stdout).toContain('outdated  src/resources/post/post.schema.ts');
    expect(text.stdout).toContain('+  subtitle: z.string().max(255).nullable().default(null),');

    const json = await gen(project, ['check', '--format', 'json']);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as { ok: boolean; drift: { kind: string; path: string }[] };
    expect(report.ok).toBe(false);
    expect(report.drift.map((item) => item.kind)).toContain('pending-migration');
    expect(report.drift.map((item) => item.path)).toContain('src/resources/post/post.schema.ts');

    const github = await gen(project, ['check', '--format', 'github']);
    expect(github.code).toBe(1);
    expect(github.stdout).toContain('::error file=src/resources/post/post.schema.ts,title=kiln outdated::');
  });

  it('exits 2 on an invalid spec', async () => {
    write('kiln.json', read('kiln.json').replace('"type": "string"', '"type": "strang"'));
    expect((await gen(project, ['check'])).code).toBe(2);
  });

  it('reports a conflicting edit until it is resolved', async () => {
    const schema = 'src/resources/post/post.schema.ts';
    write(schema, read(schema).replace('title: z.string().max(200),', 'title: z.string().max(80), // shorter'));
    editSpec((spec) => {
      spec.models.Post!.fields.title = { type: 'string', max: 200, min: 3 };
    });
    const result = await gen(project, []);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`conflict  ${schema}`);
    expect(read(schema)).toContain('<<<<<<< yours');
    const check = await gen(project, ['check']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(`conflict  ${schema} has unresolved conflict markers`);
    write(schema, read(schema).replace(/<<<<<<< yours\n.*\n=======\n(.*)\n>>>>>>> generated\n/, '$1\n'));
    expect((await gen(project, [])).code).toBe(0);
    expect((await gen(project, ['check'])).code).toBe(0);
  });

  it('reports a generated file deleted since the last run, and an unformatted edit', async () => {
    const test = 'src/resources/comment/comment.test.ts';
    write(test, '');
    const schema = 'src/resources/post/post.schema.ts';
    write(schema, read(schema).replace('export const', 'export   const'));
    const { rmSync } = await import('node:fs');
    rmSync(file(test));
    const check = await gen(project, ['check', '--format', 'json']);
    expect(check.code).toBe(1);
    const kinds = (JSON.parse(check.stdout) as { drift: { kind: string; path: string }[] }).drift.map((item) => `${item.kind} ${item.path}`);
    expect(kinds).toEqual(expect.arrayContaining([`missing ${test}`, `unformatted ${schema}`]));
    expect((await gen(project, [])).stdout).toContain(`ejected  ${test}`);
  });

  it('--full regenerates everything and agrees with the fast path', async () => {
    const result = await gen(project, ['check', '--full']);
    expect(result.code).toBe(0);
  });
});

describe('gen new', () => {
  it('writes a CI workflow that type-checks, tests and runs gen check', async () => {
    const parent = tempDir();
    await gen(parent, ['new', 'demo', '--skip-install']);
    const workflow = readFileSync(join(parent, 'demo/.github/workflows/ci.yml'), 'utf8');
    expect(workflow).toContain('npm run typecheck');
    expect(workflow).toContain('npm test');
    expect(workflow).toContain('npx gen check');
  });
});
