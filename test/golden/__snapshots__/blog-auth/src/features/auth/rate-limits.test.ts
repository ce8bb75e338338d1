import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type App,
  createAuthTestApp,
  fromAddress,
  type Outbox,
  postJson,
  signUp,
} from '../../testing/auth.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { authSettings } from './auth-settings.js';

describe('rate limits', () => {
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

  const { perAccount, perAddress } = authSettings.rateLimit;
  const login = (target: App, email: string, address: string, headers: Record<string, string> = {}) =>
    postJson(target, '/auth/login', { email, password: 'not the password 1' }, headers, fromAddress(address));
  it('rate-limits login per account (429 with Retry-After)', async () => {
    // Counted per email whether or not an account has it: the limit itself must not reveal which exist.
    const email = 'someone@example.test';
    for (let attempt = 0; attempt < perAccount; attempt++)
      expect((await login(app, email, '198.51.100.' + attempt)).status).toBe(401);
    const limited = await login(app, email, '198.51.100.250');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('rate-limits login per client address', async () => {
    for (let attempt = 0; attempt < perAddress; attempt++)
      await login(app, 'user-' + attempt + '@example.test', '203.0.113.9');
    expect((await login(app, 'one-more@example.test', '203.0.113.9')).status).toBe(429);
    expect((await login(app, 'one-more@example.test', '203.0.113.10')).status).toBe(401);
  }, 30_000); // a hundred sign-in attempts

  it('rate-limits refresh and forgot-password per account', async () => {
    const { email, tokens } = await signUp(app);
    const statuses: number[] = [];
    for (let attempt = 0; attempt <= perAccount; attempt++) {
      statuses.push(
        (await postJson(app, '/auth/password/forgot', { email }, {}, fromAddress('192.0.2.' + attempt)))
          .status,
      );
    }
    expect(statuses.at(-1)).toBe(429);
    const refreshes: number[] = [];
    for (let attempt = 0; attempt <= perAccount; attempt++) {
      refreshes.push(
        (
          await postJson(
            app,
            '/auth/refresh',
            { refreshToken: tokens.refreshToken },
            {},
            fromAddress('192.0.2.' + attempt),
          )
        ).status,
      );
    }
    expect(refreshes.at(-1)).toBe(429);
  });

  it('takes the client address from the socket, not from X-Forwarded-For', async () => {
    for (let attempt = 0; attempt < perAddress; attempt++) {
      await login(app, 'user-' + attempt + '@example.test', '203.0.113.9', {
        'x-forwarded-for': '192.0.2.' + (attempt % 250),
      });
    }
    expect(
      (await login(app, 'one-more@example.test', '203.0.113.9', { 'x-forwarded-for': '192.0.2.251' })).status,
    ).toBe(429);
  }, 30_000); // a hundred sign-in attempts

  it('believes X-Forwarded-For only from a configured trusted proxy', async () => {
    const behindProxy = createAuthTestApp(testApp, { TRUSTED_PROXIES: ['10.0.0.1'] }).app;
    for (let attempt = 0; attempt < perAddress; attempt++) {
      await login(behindProxy, 'user-' + attempt + '@example.test', '10.0.0.1', {
        'x-forwarded-for': '203.0.113.9',
      });
    }
    expect(
      (await login(behindProxy, 'one-more@example.test', '10.0.0.1', { 'x-forwarded-for': '203.0.113.9' }))
        .status,
    ).toBe(429);
    // Another client behind the same proxy has its own count; a spoofed hop left of it changes nothing.
    expect(
      (
        await login(behindProxy, 'one-more@example.test', '10.0.0.1', {
          'x-forwarded-for': '203.0.113.9, 203.0.113.10',
        })
      ).status,
    ).toBe(401);
  }, 30_000); // a hundred sign-in attempts
});
