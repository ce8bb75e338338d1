import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type App,
  createAuthTestApp,
  type Outbox,
  postJson,
  signUp,
  testPassword,
} from '../../testing/auth.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { authSettings } from './auth-settings.js';
import { createPasswordHasher } from './password-hashing.js';

describe('passwords', () => {
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

  const register = (password: string) =>
    postJson(app, '/auth/register', { email: 'user-' + password.length + '@example.test', password });
  const storedHash = async (email: string) =>
    (
      await testApp.db
        .selectFrom('users')
        .select('password_hash')
        .where('email', '=', email)
        .executeTakeFirstOrThrow()
    ).password_hash;
  it('hashes passwords with scrypt, N = 2^17, r = 8, p = 1 by default', async () => {
    expect(authSettings.scrypt).toEqual({ logN: 17, r: 8, p: 1 });
    // The real cost, as production runs it (128 MiB: node's default maxmem would refuse it).
    const hasher = createPasswordHasher(testApp.deps.config.PASSWORD_SCRYPT_LOG_N);
    const hash = await hasher.hash(testPassword);
    expect(hash).toMatch(/^scrypt\$17\$8\$1\$/);
    expect(await hasher.verify(testPassword, hash)).toBe(true);
    expect(await hasher.verify(testPassword + '!', hash)).toBe(false);
  }, 30_000); // three hashes at the real cost: about a second each on a busy machine

  it('rehashes a password at login when the cost has risen', async () => {
    const { email, password } = await signUp(app);
    expect(await storedHash(email)).toMatch(/^scrypt\$10\$/);
    const stronger = createAuthTestApp(testApp, { PASSWORD_SCRYPT_LOG_N: 11 }).app;
    expect((await postJson(stronger, '/auth/login', { email, password })).status).toBe(200);
    expect(await storedHash(email)).toMatch(/^scrypt\$11\$/);
    expect((await postJson(stronger, '/auth/login', { email, password })).status).toBe(200);
  });

  it('requires 12 to 128 characters', async () => {
    const { minLength, maxLength } = authSettings.password;
    expect(minLength).toBeGreaterThanOrEqual(12);
    expect((await register('q'.repeat(minLength - 3) + 'z7!')).status).toBe(201);
    expect((await register('q'.repeat(minLength - 4) + 'z7!')).status).toBe(400);
    expect((await register('w'.repeat(maxLength - 3) + 'z7!')).status).toBe(201);
    expect((await register('w'.repeat(maxLength - 2) + 'z7!')).status).toBe(400);
  });

  it('never truncates a password: every character counts', async () => {
    const password = 'lantern '.repeat(15) + 'end1';
    const { email } = await signUp(app, undefined, password);
    expect(
      (await postJson(app, '/auth/login', { email, password: password.slice(0, -1) + '2' })).status,
    ).toBe(401);
    expect((await postJson(app, '/auth/login', { email, password: password.slice(0, 72) })).status).toBe(401);
    expect((await postJson(app, '/auth/login', { email, password })).status).toBe(200);
  });

  it('refuses the most common passwords, whatever their case', async () => {
    for (const common of ['password1234', 'Password1234', 'qwertyuiop123', 'correct horse battery staple']) {
      const response = await postJson(app, '/auth/register', {
        email: 'common@example.test',
        password: common,
      });
      expect(response.status).toBe(400);
      expect(await response.text()).not.toContain(common);
    }
  });
});
