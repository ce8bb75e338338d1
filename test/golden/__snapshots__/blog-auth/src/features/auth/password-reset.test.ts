import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type App, createAuthTestApp, type Outbox, postJson, signUp } from '../../testing/auth.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { authSettings } from './auth-settings.js';

describe('password reset', () => {
  let testApp: TestApp;
  let app: App;
  let outbox: Outbox;
  beforeEach(async () => {
    testApp = await createTestApp();
    ({ app, outbox } = createAuthTestApp(testApp));
  });
  afterEach(async () => {
    vi.useRealTimers();
    await testApp.close();
  });

  const newPassword = 'a brand new passphrase 7';
  const requestToken = async (email: string) => {
    const before = outbox.messages.length;
    await postJson(app, '/auth/password/forgot', { email });
    await vi.waitFor(() => expect(outbox.messages.length).toBe(before + 1));
    return /^[A-Za-z0-9_-]{43}$/m.exec(outbox.messages.at(-1)?.text ?? '')?.[0] ?? '';
  };
  const reset = (token: string, password = newPassword) =>
    postJson(app, '/auth/password/reset', { token, password });
  it('mails a 256-bit reset token and stores only its hash', async () => {
    const { email } = await signUp(app);
    const token = await requestToken(email);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const rows = await testApp.db.selectFrom('password_reset_tokens').selectAll().execute();
    expect(rows.map((row) => row.token_hash)).toEqual([createHash('sha256').update(token).digest('hex')]);
  });

  it('resets the password once: a reset token is single-use', async () => {
    const { email, password } = await signUp(app);
    const token = await requestToken(email);
    expect((await reset(token)).status).toBe(204);
    expect((await postJson(app, '/auth/login', { email, password })).status).toBe(401);
    expect((await postJson(app, '/auth/login', { email, password: newPassword })).status).toBe(200);
    expect((await reset(token, 'yet another passphrase 8')).status).toBe(400);
  });

  it('expires a reset token after 15 minutes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { email } = await signUp(app);
    const token = await requestToken(email);
    expect(authSettings.resetTokenMinutes).toBeLessThanOrEqual(15);
    vi.setSystemTime(Date.now() + (authSettings.resetTokenMinutes * 60 + 1) * 1000);
    expect((await reset(token)).status).toBe(400);
  });

  it('kills outstanding reset tokens when the password changes', async () => {
    const { email, password, tokens } = await signUp(app);
    const token = await requestToken(email);
    const changed = await postJson(
      app,
      '/auth/password',
      { currentPassword: password, newPassword },
      { authorization: 'Bearer ' + tokens.accessToken },
    );
    expect(changed.status).toBe(200);
    expect((await reset(token, 'yet another passphrase 8')).status).toBe(400);
  });
});
