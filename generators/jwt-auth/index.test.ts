import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateInMemory } from '../../src/testing.js';

const fixture = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/specs/blog-auth.json'), 'utf8')) as {
  models: Record<string, object>;
  features: Record<string, object>;
};
const plain = { name: 'demo', models: { Post: { fields: { title: { type: 'string' } } } } };
const withAuth = { ...plain, features: { 'jwt-auth': {} } };

// Each case renders a whole project (prettier over ~80 files): seconds, not milliseconds.
describe('gen feature jwt-auth', { timeout: 30_000 }, () => {
  it('writes the feature under src/features/auth and wires it into the project', async () => {
    const { files } = await generateInMemory(withAuth);
    expect(files['src/features/auth/jwt.ts']).toContain("const algorithm = 'HS256';");
    expect(files['src/app.ts']).toContain("app.route('/auth', createAuthRoutes(deps));");
    expect(files['src/app.ts']).toContain('mailer: Mailer;');
    expect(files['src/config.ts']).toContain('...authEnvironment,');
    expect(files['src/db/tables.ts']).toContain('users: UsersTable;');
    expect(files['.env.example']).toMatch(/^JWT_SECRET=$/m);
    expect(JSON.parse(files['package.json'] ?? '{}').scripts['user:create']).toBe('tsx src/features/auth/create-user.ts');
    const migration = Object.keys(files).find((path) => path.startsWith('src/db/migrations/2'));
    expect(files[migration ?? '']).toContain(".createTable('refresh_tokens')");
  });

  it('changes nothing when run again', async () => {
    const first = await generateInMemory(withAuth);
    const second = await generateInMemory(withAuth, { files: first.files });
    expect(second.generation.changes.filter((change) => change.type !== 'identical')).toEqual([]);
  });

  it('enforces each model\'s access rules in its routes, with the owner from the token', async () => {
    const { files } = await generateInMemory(fixture);
    const posts = files['src/resources/post/post.routes.ts'] ?? '';
    expect(posts).toContain(".get('/', async (c) => {"); // list: public by default
    expect(posts).toContain(".post('/', requireAuth, async (c) => {");
    expect(posts).toContain('const post = await posts.create({ ...input, authorId: currentUser(c).id });');
    expect(posts).toContain('const post = await posts.update(id, input, scope);');
    expect(files['src/resources/post/post.schema.ts']).not.toMatch(/createPostSchema = z\.strictObject\(\{[^}]*authorId/);
    expect(files['src/resources/author/author.routes.ts']).toContain(".delete('/:id', requireAuth, requireRole('admin'), async (c) => {");
    expect(files['src/resources/comment/comment.routes.ts']).toContain('return c.json(await comments.list(query, scope));');
  });

  it('leaves resources without the feature exactly as before', async () => {
    const { files } = await generateInMemory(plain);
    expect(files['src/resources/post/post.routes.ts']).not.toContain('requireAuth');
    expect(files['src/features/auth/jwt.ts']).toBeUndefined();
  });

  it('refuses a role it does not know, suggesting the closest', async () => {
    const spec = { ...withAuth, models: { Post: { fields: { title: { type: 'string' } }, access: { delete: 'role:admn' } } } };
    await expect(generateInMemory(spec)).rejects.toThrow('models.Post.access.delete: unknown role "admn". Did you mean "admin"?');
  });

  it('is removed cleanly: edits undone, files deleted, tables dropped only with --allow-destructive', async () => {
    const enabled = await generateInMemory(withAuth, { clock: { now: () => new Date('2024-01-31T12:00:00Z') } });
    const later = { now: () => new Date('2024-02-01T12:00:00Z') };
    await expect(generateInMemory(plain, { files: enabled.files, clock: later })).rejects.toThrow('drops the table "users"');
    const { files } = await generateInMemory(plain, { files: enabled.files, clock: later, allowDestructive: true });
    expect(Object.keys(files).filter((path) => path.includes('auth'))).toEqual([]);
    // As generated without the feature (ts-morph drops the blank line before `return app` with the statement).
    const withoutBlankLines = (text = '') => text.replace(/\n\n+/g, '\n');
    expect(withoutBlankLines(files['src/app.ts'])).toBe(withoutBlankLines((await generateInMemory(plain)).files['src/app.ts']));
    expect(files['package.json']).not.toContain('user:create');
    expect(files['.env.example']).not.toContain('JWT_SECRET');
    expect(files['src/config.ts']).not.toContain('authEnvironment');
    expect(files['src/db/migrations/20240201120000_drop_3_tables.ts']).toContain("dropTable('users')");
  });
});
