import { describe, expect, it } from 'vitest';
import { editSourceFile } from './project.js';
import { registerRoute, registeredRoutesFrom, unregisterRoute } from './register-route.js';

const app = `import { Hono } from 'hono';
import { audit } from './audit.js';

export function createApp(deps: Deps) {
  const app = new Hono();
  app.use(audit()); // user code
  app.get('/custom', (c) => c.text('mine'));
  return app;
}
`;
const posts = { path: '/posts', factory: 'createPostRoutes', from: './resources/post/post.routes.js' };

describe('registerRoute', () => {
  it('registers before `return app`, imports the factory, and keeps the user code', () => {
    const edited = editSourceFile(app, (file) => registerRoute(file, posts));
    expect(edited).toContain("import { createPostRoutes } from './resources/post/post.routes.js';");
    expect(edited).toContain("app.get('/custom', (c) => c.text('mine'));\n  app.route('/posts', createPostRoutes(deps));\n  return app;");
    expect(edited).toContain('app.use(audit()); // user code');
  });

  it('is idempotent, and leaves a registration the user changed alone', () => {
    const once = editSourceFile(app, (file) => registerRoute(file, posts));
    expect(editSourceFile(once, (file) => registerRoute(file, posts))).toBe(once);
    const customised = once.replace('createPostRoutes(deps)', 'createPostRoutes({ ...deps, extra: true })');
    expect(editSourceFile(customised, (file) => registerRoute(file, posts))).toBe(customised);
  });

  it('finds and removes generated registrations only', () => {
    const once = editSourceFile(app, (file) => registerRoute(file, posts));
    const found = editSourceFile(once, (file) => {
      expect(registeredRoutesFrom(file, /^\.\/resources\//)).toEqual([posts]);
      unregisterRoute(file, posts);
    });
    expect(found).toBe(app);
  });

  it('explains what to add by hand when createApp is not recognisable', () => {
    const edit = () => editSourceFile('export const app = 1;\n', (file) => registerRoute(file, posts), 'src/app.ts');
    expect(edit).toThrow(/cannot register \/posts in src\/app\.ts: no `createApp\(deps\)` function/);
    expect(edit).toThrow(expect.objectContaining({ hint: expect.stringContaining("app.route('/posts', createPostRoutes(deps))") }));
  });
});
