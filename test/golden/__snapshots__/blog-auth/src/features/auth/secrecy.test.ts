import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type App, bearer, createAuthTestApp, type Outbox, postJson, signUp } from '../../testing/auth.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

describe('secrets stay secret', () => {
  let testApp: TestApp;
  let app: App;
  let outbox: Outbox;
  beforeEach(async () => {
    testApp = await createTestApp();
    ({ app, outbox } = createAuthTestApp(testApp));
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await testApp.close();
  });

  it('never puts tokens, hashes or passwords in logs or error bodies', async () => {
    const output: string[] = [];
    const capture = (chunk: unknown) => {
      output.push(String(chunk));
      return true;
    };
    vi.spyOn(process.stdout, 'write').mockImplementation(capture);
    vi.spyOn(process.stderr, 'write').mockImplementation(capture);
    const verbose = createAuthTestApp(testApp, { LOG_LEVEL: 'debug' });
    const target = verbose.app;
    const { email, password, tokens } = await signUp(target);
    const errorBodies: string[] = [];
    const failing = [
      await postJson(target, '/auth/login', { email, password: password + 'x' }),
      await postJson(target, '/auth/register', { email, password }),
      await postJson(target, '/auth/register', { email: 'short@example.test', password: 'short' }),
      await postJson(target, '/auth/refresh', { refreshToken: tokens.refreshToken + 'x' }),
      await target.request('/auth/me', { headers: bearer(tokens.accessToken + 'x') }),
      await target.request('/auth/me?token=' + tokens.accessToken),
      await postJson(
        target,
        '/auth/password',
        { currentPassword: password + 'x', newPassword: password + ' new' },
        bearer(tokens.accessToken),
      ),
      await postJson(target, '/auth/password/reset', {
        token: tokens.refreshToken,
        password: password + ' new',
      }),
    ];
    for (const response of failing) {
      expect(response.status).toBeGreaterThanOrEqual(400);
      errorBodies.push(await response.text());
    }
    const hash = (await testApp.db.selectFrom('users').select('password_hash').executeTakeFirstOrThrow())
      .password_hash;
    const everything = output.join('') + errorBodies.join('');
    expect(output.length).toBeGreaterThan(0);
    for (const secret of [
      password,
      tokens.accessToken,
      tokens.refreshToken,
      hash,
      hash.split('$').at(-1) ?? hash,
    ]) {
      expect(everything).not.toContain(secret);
    }
  });
});
