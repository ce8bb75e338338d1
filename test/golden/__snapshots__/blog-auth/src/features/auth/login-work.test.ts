import { scrypt } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type App, createAuthTestApp, type Outbox, postJson, signUp } from '../../testing/auth.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

// Counts scrypt calls: the work done for an unknown email must be the work done for a wrong password.

vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>();
  return { ...actual, scrypt: vi.fn(actual.scrypt) };
});

describe('login hashing work', () => {
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

  it('does the same hashing work for an unknown email as for a wrong password', async () => {
    const { email } = await signUp(app);
    const work = async (loginEmail: string) => {
      vi.mocked(scrypt).mockClear();
      await postJson(app, '/auth/login', { email: loginEmail, password: 'not the password 1' });
      return vi.mocked(scrypt).mock.calls.map((call) => JSON.stringify(call[3]));
    };
    await work('warm-up-' + email); // the first unknown email also makes the dummy hash
    const wrongPassword = await work(email);
    expect(wrongPassword).toHaveLength(1);
    expect(await work('nobody-' + email)).toEqual(wrongPassword);
  });
});
