import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type App, createAuthTestApp, type Outbox, postJson, signUp } from '../../testing/auth.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

describe('login', () => {
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

  it('answers an unknown email and a wrong password the same way', async () => {
    const { email } = await signUp(app);
    const wrongPassword = await postJson(app, '/auth/login', { email, password: 'not the password 1' });
    const unknownEmail = await postJson(app, '/auth/login', {
      email: 'nobody-' + email,
      password: 'not the password 1',
    });
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(wrongPassword.status);
    expect(await unknownEmail.json()).toEqual(await wrongPassword.json());
  });

  it('answers forgot-password the same whether or not the account exists', async () => {
    const { email } = await signUp(app);
    const known = await postJson(app, '/auth/password/forgot', { email });
    const unknown = await postJson(app, '/auth/password/forgot', { email: 'nobody-' + email });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(known.status);
    expect(await unknown.json()).toEqual(await known.json());
  });

  it('registers, signs in, and shows the user without any password hash', async () => {
    const { email, tokens } = await signUp(app);
    const response = await app.request('/auth/me', {
      headers: { authorization: 'Bearer ' + tokens.accessToken },
    });
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as { data: Record<string, unknown> };
    expect(data).toMatchObject({ email, role: 'user', disabled: false });
    expect(Object.keys(data)).not.toContain('passwordHash');
    expect(
      (await postJson(app, '/auth/register', { email, password: 'another fine passphrase' })).status,
    ).toBe(409);
  });
});
