import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type App,
  bearer,
  createAuthTestApp,
  createTestUser,
  type Outbox,
  postJson,
  signUp,
} from '../../testing/auth.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { signingKey } from './access-tokens.js';
import { authSettings } from './auth-settings.js';

describe('access tokens', () => {
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

  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  /** A token built by hand, as an attacker would: any header, any claims, any key and HMAC. */
  const forge = (claims: object, options: { header?: object; key?: Buffer; hmac?: string } = {}) => {
    const input = encode(options.header ?? { alg: 'HS256', typ: 'at+jwt' }) + '.' + encode(claims);
    const key = options.key ?? signingKey(testApp.deps.config.JWT_SECRET);
    return (
      input +
      '.' +
      createHmac(options.hmac ?? 'sha256', key)
        .update(input)
        .digest('base64url')
    );
  };
  const now = () => Math.floor(Date.now() / 1000);
  const claimsFor = (user: { id: string }, overrides: object = {}) => ({
    iss: authSettings.issuer,
    aud: authSettings.audience,
    sub: user.id,
    jti: randomUUID(),
    iat: now(),
    exp: now() + 60,
    ver: 0,
    ...overrides,
  });
  const me = (token: string) => app.request('/auth/me', { headers: bearer(token) });
  it('accepts a well-formed token signed with the key (the baseline every refusal below differs from)', async () => {
    const user = await createTestUser(testApp);
    expect((await me(forge(claimsFor(user)))).status).toBe(200);
  });

  it('pins the algorithm: alg "none" is refused (401)', async () => {
    const user = await createTestUser(testApp);
    const unsigned = encode({ alg: 'none', typ: 'at+jwt' }) + '.' + encode(claimsFor(user)) + '.';
    expect((await me(unsigned)).status).toBe(401);
    const signedButNone = forge(claimsFor(user), { header: { alg: 'none', typ: 'at+jwt' } });
    expect((await me(signedButNone)).status).toBe(401);
  });

  it('pins the algorithm: a token using another algorithm is refused (401)', async () => {
    const user = await createTestUser(testApp);
    expect(
      (await me(forge(claimsFor(user), { header: { alg: 'HS512', typ: 'at+jwt' }, hmac: 'sha512' }))).status,
    ).toBe(401);
    expect((await me(forge(claimsFor(user), { header: { alg: 'RS256', typ: 'at+jwt' } }))).status).toBe(401);
  });

  it('refuses a token signed with another key (401)', async () => {
    const user = await createTestUser(testApp);
    expect((await me(forge(claimsFor(user), { key: randomBytes(48) }))).status).toBe(401);
  });

  it("ignores jku, x5u, jwk and x5c in the header: the key is never the token's choice", async () => {
    const user = await createTestUser(testApp);
    const attackerKey = randomBytes(48);
    const header = {
      alg: 'HS256',
      typ: 'at+jwt',
      jku: 'https://attacker.example/keys.json',
      x5u: 'https://attacker.example/cert.pem',
      jwk: { kty: 'oct', k: attackerKey.toString('base64url') },
      x5c: ['MIIB'],
    };
    expect((await me(forge(claimsFor(user), { header, key: attackerKey }))).status).toBe(401);
    expect((await me(forge(claimsFor(user), { header }))).status).toBe(200);
  });

  it('puts exp (15 minutes by default), iat, iss, aud, sub and jti in every access token', async () => {
    const { id, tokens } = await signUp(app);
    const [, payload = ''] = tokens.accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    expect(claims).toMatchObject({ iss: authSettings.issuer, aud: authSettings.audience, sub: id });
    expect(claims.jti).toEqual(expect.any(String));
    expect(claims.exp).toBe(Number(claims.iat) + authSettings.accessTokenSeconds);
    expect(authSettings.accessTokenSeconds).toBeLessThanOrEqual(3600);
    expect(tokens.expiresIn).toBe(authSettings.accessTokenSeconds);
  });

  it('refuses a token without exp (401)', async () => {
    const user = await createTestUser(testApp);
    const { exp: _exp, ...withoutExp } = claimsFor(user);
    expect((await me(forge(withoutExp))).status).toBe(401);
  });

  it('refuses an expired token, with an explicit clock leeway of at most 60 seconds', async () => {
    const user = await createTestUser(testApp);
    const leeway = authSettings.clockLeewaySeconds;
    expect(leeway).toBeLessThanOrEqual(60);
    expect((await me(forge(claimsFor(user, { iat: now() - 3600, exp: now() - leeway - 1 })))).status).toBe(
      401,
    );
    expect((await me(forge(claimsFor(user, { iat: now() - 3600, exp: now() - leeway + 5 })))).status).toBe(
      200,
    );
  });

  it('refuses a token with a missing, non-numeric or future iat (401)', async () => {
    const user = await createTestUser(testApp);
    const { iat: _iat, ...withoutIat } = claimsFor(user);
    expect((await me(forge(withoutIat))).status).toBe(401);
    expect((await me(forge(claimsFor(user, { iat: 'yesterday' })))).status).toBe(401);
    expect(
      (
        await me(
          forge(claimsFor(user, { iat: now() + authSettings.clockLeewaySeconds + 120, exp: now() + 600 })),
        )
      ).status,
    ).toBe(401);
  });

  it('refuses a token for another audience or from another issuer (401)', async () => {
    const user = await createTestUser(testApp);
    expect((await me(forge(claimsFor(user, { aud: 'another-api' })))).status).toBe(401);
    expect((await me(forge(claimsFor(user, { iss: 'another-issuer' })))).status).toBe(401);
  });

  it('refuses a token without sub or jti (401)', async () => {
    const user = await createTestUser(testApp);
    const { sub: _sub, ...withoutSub } = claimsFor(user);
    const { jti: _jti, ...withoutJti } = claimsFor(user);
    expect((await me(forge(withoutSub))).status).toBe(401);
    expect((await me(forge(withoutJti))).status).toBe(401);
  });

  it('accepts the access token only in Authorization: Bearer, never in the query string or a cookie', async () => {
    const { tokens } = await signUp(app);
    expect((await app.request('/auth/me', { headers: bearer(tokens.accessToken) })).status).toBe(200);
    expect((await app.request('/auth/me?token=' + tokens.accessToken)).status).toBe(401);
    expect((await app.request('/auth/me?access_token=' + tokens.accessToken)).status).toBe(401);
    expect(
      (await app.request('/auth/me', { headers: { cookie: 'token=' + tokens.accessToken } })).status,
    ).toBe(401);
    expect(
      (await app.request('/auth/me', { headers: { authorization: 'Token ' + tokens.accessToken } })).status,
    ).toBe(401);
    expect((await app.request('/auth/me', { headers: { authorization: tokens.accessToken } })).status).toBe(
      401,
    );
  });

  it('refuses a refresh token or a password-reset token used as an access token (401)', async () => {
    const { email, tokens } = await signUp(app);
    expect((await me(tokens.refreshToken)).status).toBe(401);
    await postJson(app, '/auth/password/forgot', { email });
    await vi.waitFor(() => expect(outbox.messages).toHaveLength(1));
    const resetToken = /^[A-Za-z0-9_-]{43}$/m.exec(outbox.messages[0]?.text ?? '')?.[0] ?? '';
    expect((await me(resetToken)).status).toBe(401);
  });
});
