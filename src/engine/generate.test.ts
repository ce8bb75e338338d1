import { describe, expect, it } from 'vitest';
import { generateInMemory } from '../testing.js';

const blog = (fields: object = { title: { type: 'string' } }) => ({ name: 'blog', models: { Post: { fields } } });
const routes = 'src/resources/post/post.routes.ts';
const changed = (run: Awaited<ReturnType<typeof generateInMemory>>) =>
  run.generation.changes.filter((change) => change.type !== 'identical').map((change) => `${change.type} ${change.path}`);

describe('generate', () => {
  it('changes nothing on a second run with the same spec', async () => {
    const first = await generateInMemory(blog());
    const second = await generateInMemory(blog(), { files: first.files });
    expect(changed(second)).toEqual([]);
  });

  it('replaces generated files the user did not touch', async () => {
    const first = await generateInMemory(blog());
    const second = await generateInMemory(blog({ title: { type: 'string' }, subtitle: { type: 'string', optional: true } }), { files: first.files });
    expect(second.files[routes]).toBe(first.files[routes]);
    expect(second.files['src/resources/post/post.schema.ts']).toContain('subtitle');
    expect(changed(second)).toContain('create src/db/migrations/20240131120001_update_posts.ts');
  });

  it('keeps a user edit in a generated file through a spec change (three-way merge)', async () => {
    const first = await generateInMemory(blog());
    const edited = `${first.files[routes]}\n// custom: keep me\nexport const keepMe = 1;\n`;
    const second = await generateInMemory(blog({ title: { type: 'string' }, subtitle: { type: 'string', optional: true } }), {
      files: { ...first.files, [routes]: edited, 'src/resources/post/post.schema.ts': `// mine\n${first.files['src/resources/post/post.schema.ts']}` },
    });
    expect(second.generation.merged).toContain('src/resources/post/post.schema.ts');
    expect(second.files['src/resources/post/post.schema.ts']).toMatch(/^\/\/ mine\n[\s\S]*subtitle/);
    expect(second.files[routes]).toContain('export const keepMe = 1;');
    expect(second.generation.conflicts).toEqual([]);
    const third = await generateInMemory(blog({ title: { type: 'string' }, subtitle: { type: 'string', optional: true } }), { files: second.files });
    expect(changed(third)).toEqual([]);
  });

  it('marks a conflicting edit and reports it', async () => {
    const first = await generateInMemory(blog());
    const schema = 'src/resources/post/post.schema.ts';
    const edited = first.files[schema]!.replace('title: z.string().max(255),', 'title: z.string().max(80), // shorter');
    const second = await generateInMemory(blog({ title: { type: 'string', min: 3 } }), { files: { ...first.files, [schema]: edited } });
    expect(second.generation.conflicts).toEqual([schema]);
    expect(second.files[schema]).toContain('<<<<<<< yours\n  title: z.string().max(80), // shorter\n=======\n  title: z.string().min(3).max(255),\n>>>>>>> generated');
    const third = await generateInMemory(blog({ title: { type: 'string', min: 3 } }), { files: second.files });
    expect(third.generation.conflicts).toEqual([schema]);
  });

  it('puts conflict markers around the whole file when there is no merge base', async () => {
    const first = await generateInMemory(blog());
    const { 'kiln.lock.json': _lock, 'src/db/migrations/20240131120000_create_posts.ts': _migration, ...withoutLock } = first.files;
    const second = await generateInMemory(blog(), { files: { ...withoutLock, [routes]: '// my own routes\n' } });
    expect(second.generation.conflicts).toEqual([routes]);
    expect(second.files[routes]).toMatch(/^<<<<<<< yours\n\/\/ my own routes\n=======\n/);
  });

  it('leaves a generated file the user deleted deleted, and reports it as ejected', async () => {
    const first = await generateInMemory(blog());
    const test = 'src/resources/post/post.test.ts';
    const { [test]: _deleted, ...files } = first.files;
    const second = await generateInMemory(blog(), { files });
    expect(second.generation.ejected).toEqual([test]);
    expect(second.files[test]).toBeUndefined();
  });

  it('deletes the files of a removed model, but keeps one the user edited', async () => {
    const first = await generateInMemory({ name: 'blog', models: { Post: { fields: {} }, Tag: { fields: {} } } });
    const tagRoutes = 'src/resources/tag/tag.routes.ts';
    const files = { ...first.files, [tagRoutes]: `${first.files[tagRoutes]}// edited\n` };
    const second = await generateInMemory({ name: 'blog', models: { Post: { fields: {} } } }, { files, allowDestructive: true });
    expect(second.files['src/resources/tag/tag.schema.ts']).toBeUndefined();
    expect(second.generation.orphaned).toEqual([tagRoutes]);
    expect(second.files['src/app.ts']).not.toContain('createTagRoutes');
  });

  it('keeps what the user wrote in src/app.ts while registering routes', async () => {
    const first = await generateInMemory({ name: 'blog', models: {} });
    const app = first.files['src/app.ts']!.replace("  app.get('/health'", "  app.get('/mine', (c) => c.text('mine'));\n  app.get('/health'");
    const second = await generateInMemory(blog(), { files: { ...first.files, 'src/app.ts': app } });
    expect(second.files['src/app.ts']).toContain("app.get('/mine', (c) => c.text('mine'));");
    expect(second.files['src/app.ts']).toContain("app.route('/posts', createPostRoutes(deps));");
  });

  it('never rewrites a migration once written, only records its new checksum', async () => {
    const first = await generateInMemory(blog());
    const migration = 'src/db/migrations/20240131120000_create_posts.ts';
    const files = { ...first.files, [migration]: `${first.files[migration]}// reviewed by hand\n` };
    const second = await generateInMemory(blog(), { files });
    expect(second.files[migration]).toBe(files[migration]);
    // The lock records the edited migration as an input (so the next run can take the fast path again), and
    // migrations.sum records the edit for review.
    expect(changed(second)).toEqual(['update kiln.lock.json', 'update src/db/migrations/migrations.sum']);
  });
});
