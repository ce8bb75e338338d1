import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type App,
  bearer,
  createAuthTestApp,
  createTestUser,
  type Outbox,
  postJson,
  signUp,
  testPassword,
} from '../../testing/auth.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

describe('revoking every token of a user', () => {
  let testApp: TestApp;
  let app: App;
  let outbox: Outbox;
  beforeEach(async () => {
    testApp = await createTestApp();
    ({ app, outbox } = createAuthTestApp(testApp));
  });
  afterEach(async () => {
    await testApp.close();
  });

  const me = (token: string) => app.request('/auth/me', { headers: bearer(token) });
  const refresh = (refreshToken: string) => postJson(app, '/auth/refresh', { refreshToken });
  const patchUser = (id: string, body: object, headers: Record<string, string>) =>
    app.request('/auth/users/' + id, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  it("password change revokes all the user's tokens", async () => {
    const { email, password, tokens } = await signUp(app);
    const otherSignIn = (await (
      await postJson(app, '/auth/login', { email, password })
    ).json()) as typeof tokens;
    const changed = await postJson(
      app,
      '/auth/password',
      { currentPassword: password, newPassword: 'a brand new passphrase 7' },
      bearer(tokens.accessToken),
    );
    expect(changed.status).toBe(200);
    for (const old of [tokens, otherSignIn]) {
      expect((await me(old.accessToken)).status).toBe(401);
      expect((await refresh(old.refreshToken)).status).toBe(401);
    }
    const fresh = (await changed.json()) as typeof tokens;
    expect((await me(fresh.accessToken)).status).toBe(200);
  });

  it('refuses a password change without the current password', async () => {
    const { tokens } = await signUp(app);
    const response = await postJson(
      app,
      '/auth/password',
      { currentPassword: 'not my password 1', newPassword: 'a brand new passphrase 7' },
      bearer(tokens.accessToken),
    );
    expect(response.status).toBe(401);
    expect((await me(tokens.accessToken)).status).toBe(200);
  });

  it("role change revokes all the user's tokens, and only the admin role may change roles (403)", async () => {
    const admin = await createTestUser(testApp, { role: 'admin' });
    const { id, tokens } = await signUp(app);
    expect((await patchUser(id, { role: 'admin' }, bearer(tokens.accessToken))).status).toBe(403);
    const changed = await patchUser(id, { role: 'admin' }, admin.headers);
    expect(changed.status).toBe(200);
    expect(((await changed.json()) as { data: { role: string } }).data.role).toBe('admin');
    expect((await me(tokens.accessToken)).status).toBe(401);
    expect((await refresh(tokens.refreshToken)).status).toBe(401);
  });

  it('disabling an account revokes all its tokens and refuses sign-in', async () => {
    const admin = await createTestUser(testApp, { role: 'admin' });
    const { id, email, tokens } = await signUp(app);
    expect((await patchUser(id, { disabled: true }, admin.headers)).status).toBe(200);
    expect((await me(tokens.accessToken)).status).toBe(401);
    expect((await refresh(tokens.refreshToken)).status).toBe(401);
    expect((await postJson(app, '/auth/login', { email, password: testPassword })).status).toBe(401);
  });
});
