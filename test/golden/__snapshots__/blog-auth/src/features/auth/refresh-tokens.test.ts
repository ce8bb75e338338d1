import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type App, bearer, createAuthTestApp, type Outbox, postJson, signUp } from '../../testing/auth.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { authSettings } from './auth-settings.js';

describe('refresh tokens', () => {
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
  const refresh = (refreshToken: string) => postJson(app, '/auth/refresh', { refreshToken });
  it('issues opaque refresh tokens of 256 bits, stored only as their SHA-256 hash', async () => {
    const { tokens } = await signUp(app);
    expect(tokens.refreshToken).not.toContain('.');
    expect(Buffer.from(tokens.refreshToken, 'base64url')).toHaveLength(32);
    const rows = await testApp.db.selectFrom('refresh_tokens').selectAll().execute();
    expect(rows.map((row) => row.token_hash)).toEqual([
      createHash('sha256').update(tokens.refreshToken).digest('hex'),
    ]);
    expect(JSON.stringify(rows)).not.toContain(tokens.refreshToken);
  });

  it('rotates the refresh token on every use', async () => {
    const { tokens } = await signUp(app);
    const response = await refresh(tokens.refreshToken);
    expect(response.status).toBe(200);
    const next = (await response.json()) as typeof tokens;
    expect(next.refreshToken).not.toBe(tokens.refreshToken);
    expect((await app.request('/auth/me', { headers: bearer(next.accessToken) })).status).toBe(200);
    expect((await refresh(next.refreshToken)).status).toBe(200);
  });

  it('lets exactly one of two simultaneous refreshes succeed', async () => {
    const { tokens } = await signUp(app);
    const answers = await Promise.all([refresh(tokens.refreshToken), refresh(tokens.refreshToken)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 401]);
  });

  it('revokes the whole family when a spent refresh token is used again', async () => {
    const { email, password, tokens } = await signUp(app);
    const otherSignIn = (await (
      await postJson(app, '/auth/login', { email, password })
    ).json()) as typeof tokens;
    const rotated = (await (await refresh(tokens.refreshToken)).json()) as typeof tokens;
    expect((await refresh(tokens.refreshToken)).status).toBe(401);
    expect((await refresh(rotated.refreshToken)).status).toBe(401);
    // Another sign-in of the same user is another family: untouched.
    expect((await refresh(otherSignIn.refreshToken)).status).toBe(200);
  });

  it('ends a sign-in after its absolute lifetime, however often it was refreshed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { tokens } = await signUp(app);
    const day = 24 * 60 * 60 * 1000;
    const start = Date.now();
    let current = tokens.refreshToken;
    for (let elapsed = 7; elapsed < authSettings.refreshTokenDays; elapsed += 7) {
      vi.setSystemTime(start + elapsed * day);
      const response = await refresh(current);
      expect(response.status).toBe(200);
      current = ((await response.json()) as typeof tokens).refreshToken;
    }
    vi.setSystemTime(start + authSettings.refreshTokenDays * day + 1000);
    expect((await refresh(current)).status).toBe(401);
  });

  it('logout revokes the family of the refresh token', async () => {
    const { tokens } = await signUp(app);
    const rotated = (await (await refresh(tokens.refreshToken)).json()) as typeof tokens;
    expect((await postJson(app, '/auth/logout', { refreshToken: rotated.refreshToken })).status).toBe(204);
    expect((await refresh(rotated.refreshToken)).status).toBe(401);
    expect((await postJson(app, '/auth/logout', { refreshToken: 'not-a-token' })).status).toBe(204);
  });
});
