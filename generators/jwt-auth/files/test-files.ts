import { printSourceFile } from '../../../src/ast/project.js';
import { importsOf } from '../../../src/ast/structures.js';
import { authFile } from '../model.js';

/**
 * The feature's security properties as tests, one `it` per property, named after it, each against the generated app
 * through app.request(). Grouped in files by concept. (Generated test code avoids template literals so this
 * generator can hold it verbatim.)
 */
export function authTestFiles(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(suites).map(([name, suite]) => [
      authFile(`${name}.test`),
      printSourceFile({
        statements: [
          ...importsOf({
            vitest: { names: ['afterEach', 'beforeEach', 'describe', 'expect', 'it', ...(suite.vitest ?? [])] },
            ...suite.imports,
            '../../testing/test-app.js': { names: ['createTestApp'], types: ['TestApp'] },
          }),
          ...(suite.preamble ?? []),
          `describe('${suite.title}', () => {
            let testApp: TestApp;
            let app: App;
            let outbox: Outbox;
            beforeEach(async () => {
              testApp = await createTestApp();
              ({ app, outbox } = createAuthTestApp(testApp));
            });
            afterEach(async () => {
              ${suite.afterEach ?? ''}
              await testApp.close();
            });
            ${suite.helpers ?? ''}
            ${suite.tests.join('\n\n')}
          });`,
        ],
      }),
    ]),
  );
}

interface Suite {
  title: string;
  imports: Record<string, { names?: string[]; types?: string[] }>;
  vitest?: string[];
  preamble?: string[];
  afterEach?: string;
  helpers?: string;
  tests: string[];
}

const testing = (...names: string[]) => ({ '../../testing/auth.js': { names: ['createAuthTestApp', ...names], types: ['App', 'Outbox'] } });

const suites: Record<string, Suite> = {
  'access-tokens': {
    title: 'access tokens',
    imports: {
      'node:crypto': { names: ['createHmac', 'randomBytes', 'randomUUID'] },
      ...testing('bearer', 'createTestUser', 'postJson', 'signUp'),
      './access-tokens.js': { names: ['signingKey'] },
      './auth-settings.js': { names: ['authSettings'] },
    },
    helpers: `
      const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
      /** A token built by hand, as an attacker would: any header, any claims, any key and HMAC. */
      const forge = (claims: object, options: { header?: object; key?: Buffer; hmac?: string } = {}) => {
        const input = encode(options.header ?? { alg: 'HS256', typ: 'at+jwt' }) + '.' + encode(claims);
        const key = options.key ?? signingKey(testApp.deps.config.JWT_SECRET);
        return input + '.' + createHmac(options.hmac ?? 'sha256', key).update(input).digest('base64url');
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
      const me = (token: string) => app.request('/auth/me', { headers: bearer(token) });`,
    tests: [
      `it('accepts a well-formed token signed with the key (the baseline every refusal below differs from)', async () => {
        const user = await createTestUser(testApp);
        expect((await me(forge(claimsFor(user)))).status).toBe(200);
      });`,
      `it('pins the algorithm: alg "none" is refused (401)', async () => {
        const user = await createTestUser(testApp);
        const unsigned = encode({ alg: 'none', typ: 'at+jwt' }) + '.' + encode(claimsFor(user)) + '.';
        expect((await me(unsigned)).status).toBe(401);
        const signedButNone = forge(claimsFor(user), { header: { alg: 'none', typ: 'at+jwt' } });
        expect((await me(signedButNone)).status).toBe(401);
      });`,
      `it('pins the algorithm: a token using another algorithm is refused (401)', async () => {
        const user = await createTestUser(testApp);
        expect((await me(forge(claimsFor(user), { header: { alg: 'HS512', typ: 'at+jwt' }, hmac: 'sha512' }))).status).toBe(401);
        expect((await me(forge(claimsFor(user), { header: { alg: 'RS256', typ: 'at+jwt' } }))).status).toBe(401);
      });`,
      `it('refuses a token signed with another key (401)', async () => {
        const user = await createTestUser(testApp);
        expect((await me(forge(claimsFor(user), { key: randomBytes(48) }))).status).toBe(401);
      });`,
      `it('ignores jku, x5u, jwk and x5c in the header: the key is never the token\\'s choice', async () => {
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
      });`,
      `it('puts exp (15 minutes by default), iat, iss, aud, sub and jti in every access token', async () => {
        const { id, tokens } = await signUp(app);
        const [, payload = ''] = tokens.accessToken.split('.');
        const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
        expect(claims).toMatchObject({ iss: authSettings.issuer, aud: authSettings.audience, sub: id });
        expect(claims.jti).toEqual(expect.any(String));
        expect(claims.exp).toBe(Number(claims.iat) + authSettings.accessTokenSeconds);
        expect(authSettings.accessTokenSeconds).toBeLessThanOrEqual(3600);
        expect(tokens.expiresIn).toBe(authSettings.accessTokenSeconds);
      });`,
      `it('refuses a token without exp (401)', async () => {
        const user = await createTestUser(testApp);
        const { exp: _exp, ...withoutExp } = claimsFor(user);
        expect((await me(forge(withoutExp))).status).toBe(401);
      });`,
      `it('refuses an expired token, with an explicit clock leeway of at most 60 seconds', async () => {
        const user = await createTestUser(testApp);
        const leeway = authSettings.clockLeewaySeconds;
        expect(leeway).toBeLessThanOrEqual(60);
        expect((await me(forge(claimsFor(user, { iat: now() - 3600, exp: now() - leeway - 1 })))).status).toBe(401);
        expect((await me(forge(claimsFor(user, { iat: now() - 3600, exp: now() - leeway + 5 })))).status).toBe(200);
      });`,
      `it('refuses a token with a missing, non-numeric or future iat (401)', async () => {
        const user = await createTestUser(testApp);
        const { iat: _iat, ...withoutIat } = claimsFor(user);
        expect((await me(forge(withoutIat))).status).toBe(401);
        expect((await me(forge(claimsFor(user, { iat: 'yesterday' })))).status).toBe(401);
        expect((await me(forge(claimsFor(user, { iat: now() + authSettings.clockLeewaySeconds + 120, exp: now() + 600 })))).status).toBe(401);
      });`,
      `it('refuses a token for another audience or from another issuer (401)', async () => {
        const user = await createTestUser(testApp);
        expect((await me(forge(claimsFor(user, { aud: 'another-api' })))).status).toBe(401);
        expect((await me(forge(claimsFor(user, { iss: 'another-issuer' })))).status).toBe(401);
      });`,
      `it('refuses a token without sub or jti (401)', async () => {
        const user = await createTestUser(testApp);
        const { sub: _sub, ...withoutSub } = claimsFor(user);
        const { jti: _jti, ...withoutJti } = claimsFor(user);
        expect((await me(forge(withoutSub))).status).toBe(401);
        expect((await me(forge(withoutJti))).status).toBe(401);
      });`,
      `it('accepts the access token only in Authorization: Bearer, never in the query string or a cookie', async () => {
        const { tokens } = await signUp(app);
        expect((await app.request('/auth/me', { headers: bearer(tokens.accessToken) })).status).toBe(200);
        expect((await app.request('/auth/me?token=' + tokens.accessToken)).status).toBe(401);
        expect((await app.request('/auth/me?access_token=' + tokens.accessToken)).status).toBe(401);
        expect((await app.request('/auth/me', { headers: { cookie: 'token=' + tokens.accessToken } })).status).toBe(401);
        expect((await app.request('/auth/me', { headers: { authorization: 'Token ' + tokens.accessToken } })).status).toBe(401);
        expect((await app.request('/auth/me', { headers: { authorization: tokens.accessToken } })).status).toBe(401);
      });`,
      `it('refuses a refresh token or a password-reset token used as an access token (401)', async () => {
        const { email, tokens } = await signUp(app);
        expect((await me(tokens.refreshToken)).status).toBe(401);
        await postJson(app, '/auth/password/forgot', { email });
        await vi.waitFor(() => expect(outbox.messages).toHaveLength(1));
        const resetToken = /^[A-Za-z0-9_-]{43}$/m.exec(outbox.messages[0]?.text ?? '')?.[0] ?? '';
        expect((await me(resetToken)).status).toBe(401);
      });`,
    ],
    vitest: ['vi'],
  },
  'jwt-secret': {
    title: 'the JWT secret',
    imports: {
      'node:crypto': { names: ['randomBytes'] },
      ...testing(),
      '../../config.js': { names: ['ConfigError', 'loadConfig'] },
    },
    tests: [
      `it('refuses to start when the secret is missing, shorter than 32 bytes, or a placeholder', () => {
        const start = (secret?: string) => () =>
          loadConfig({ NODE_ENV: 'production', DATABASE_URL: ':memory:', ...(secret === undefined ? {} : { JWT_SECRET: secret }) });
        expect(start()).toThrow(ConfigError);
        expect(start('')).toThrow(ConfigError);
        expect(start(randomBytes(32).toString('base64url').slice(0, 31))).toThrow(/at least 32 bytes/);
        expect(start('change-me-to-a-long-random-secret-value-0123456789')).toThrow(/placeholder/);
        expect(start('your-jwt-secret-goes-here-and-is-long-enough')).toThrow(/placeholder/);
        expect(start('a'.repeat(64))).toThrow(/placeholder/);
        expect(start(randomBytes(48).toString('base64url'))).not.toThrow();
      });`,
    ],
  },
  'refresh-tokens': {
    title: 'refresh tokens',
    imports: {
      'node:crypto': { names: ['createHash'] },
      ...testing('bearer', 'postJson', 'signUp'),
      './auth-settings.js': { names: ['authSettings'] },
    },
    vitest: ['vi'],
    afterEach: 'vi.useRealTimers();',
    helpers: `const refresh = (refreshToken: string) => postJson(app, '/auth/refresh', { refreshToken });`,
    tests: [
      `it('issues opaque refresh tokens of 256 bits, stored only as their SHA-256 hash', async () => {
        const { tokens } = await signUp(app);
        expect(tokens.refreshToken).not.toContain('.');
        expect(Buffer.from(tokens.refreshToken, 'base64url')).toHaveLength(32);
        const rows = await testApp.db.selectFrom('refresh_tokens').selectAll().execute();
        expect(rows.map((row) => row.token_hash)).toEqual([createHash('sha256').update(tokens.refreshToken).digest('hex')]);
        expect(JSON.stringify(rows)).not.toContain(tokens.refreshToken);
      });`,
      `it('rotates the refresh token on every use', async () => {
        const { tokens } = await signUp(app);
        const response = await refresh(tokens.refreshToken);
        expect(response.status).toBe(200);
        const next = (await response.json()) as typeof tokens;
        expect(next.refreshToken).not.toBe(tokens.refreshToken);
        expect((await app.request('/auth/me', { headers: bearer(next.accessToken) })).status).toBe(200);
        expect((await refresh(next.refreshToken)).status).toBe(200);
      });`,
      `it('lets exactly one of two simultaneous refreshes succeed', async () => {
        const { tokens } = await signUp(app);
        const answers = await Promise.all([refresh(tokens.refreshToken), refresh(tokens.refreshToken)]);
        expect(answers.map((answer) => answer.status).sort()).toEqual([200, 401]);
      });`,
      `it('revokes the whole family when a spent refresh token is used again', async () => {
        const { email, password, tokens } = await signUp(app);
        const otherSignIn = (await (await postJson(app, '/auth/login', { email, password })).json()) as typeof tokens;
        const rotated = (await (await refresh(tokens.refreshToken)).json()) as typeof tokens;
        expect((await refresh(tokens.refreshToken)).status).toBe(401);
        expect((await refresh(rotated.refreshToken)).status).toBe(401);
        // Another sign-in of the same user is another family: untouched.
        expect((await refresh(otherSignIn.refreshToken)).status).toBe(200);
      });`,
      `it('ends a sign-in after its absolute lifetime, however often it was refreshed', async () => {
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
      });`,
      `it('logout revokes the family of the refresh token', async () => {
        const { tokens } = await signUp(app);
        const rotated = (await (await refresh(tokens.refreshToken)).json()) as typeof tokens;
        expect((await postJson(app, '/auth/logout', { refreshToken: rotated.refreshToken })).status).toBe(204);
        expect((await refresh(rotated.refreshToken)).status).toBe(401);
        expect((await postJson(app, '/auth/logout', { refreshToken: 'not-a-token' })).status).toBe(204);
      });`,
    ],
  },
  revocation: {
    title: 'revoking every token of a user',
    imports: { ...testing('bearer', 'createTestUser', 'postJson', 'signUp', 'testPassword') },
    helpers: `
      const me = (token: string) => app.request('/auth/me', { headers: bearer(token) });
      const refresh = (refreshToken: string) => postJson(app, '/auth/refresh', { refreshToken });
      const patchUser = (id: string, body: object, headers: Record<string, string>) =>
        app.request('/auth/users/' + id, { method: 'PATCH', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });`,
    tests: [
      `it('password change revokes all the user\\'s tokens', async () => {
        const { email, password, tokens } = await signUp(app);
        const otherSignIn = (await (await postJson(app, '/auth/login', { email, password })).json()) as typeof tokens;
        const changed = await postJson(app, '/auth/password', { currentPassword: password, newPassword: 'a brand new passphrase 7' }, bearer(tokens.accessToken));
        expect(changed.status).toBe(200);
        for (const old of [tokens, otherSignIn]) {
          expect((await me(old.accessToken)).status).toBe(401);
          expect((await refresh(old.refreshToken)).status).toBe(401);
        }
        const fresh = (await changed.json()) as typeof tokens;
        expect((await me(fresh.accessToken)).status).toBe(200);
      });`,
      `it('refuses a password change without the current password', async () => {
        const { tokens } = await signUp(app);
        const response = await postJson(app, '/auth/password', { currentPassword: 'not my password 1', newPassword: 'a brand new passphrase 7' }, bearer(tokens.accessToken));
        expect(response.status).toBe(401);
        expect((await me(tokens.accessToken)).status).toBe(200);
      });`,
      `it('role change revokes all the user\\'s tokens, and only the admin role may change roles (403)', async () => {
        const admin = await createTestUser(testApp, { role: 'admin' });
        const { id, tokens } = await signUp(app);
        expect((await patchUser(id, { role: 'admin' }, bearer(tokens.accessToken))).status).toBe(403);
        const changed = await patchUser(id, { role: 'admin' }, admin.headers);
        expect(changed.status).toBe(200);
        expect(((await changed.json()) as { data: { role: string } }).data.role).toBe('admin');
        expect((await me(tokens.accessToken)).status).toBe(401);
        expect((await refresh(tokens.refreshToken)).status).toBe(401);
      });`,
      `it('disabling an account revokes all its tokens and refuses sign-in', async () => {
        const admin = await createTestUser(testApp, { role: 'admin' });
        const { id, email, tokens } = await signUp(app);
        expect((await patchUser(id, { disabled: true }, admin.headers)).status).toBe(200);
        expect((await me(tokens.accessToken)).status).toBe(401);
        expect((await refresh(tokens.refreshToken)).status).toBe(401);
        expect((await postJson(app, '/auth/login', { email, password: testPassword })).status).toBe(401);
      });`,
    ],
  },
  passwords: {
    title: 'passwords',
    imports: {
      ...testing('postJson', 'signUp', 'testPassword'),
      './auth-settings.js': { names: ['authSettings'] },
      './password-hashing.js': { names: ['createPasswordHasher'] },
    },
    helpers: `
      const register = (password: string) => postJson(app, '/auth/register', { email: 'user-' + password.length + '@example.test', password });
      const storedHash = async (email: string) =>
        (await testApp.db.selectFrom('users').select('password_hash').where('email', '=', email).executeTakeFirstOrThrow()).password_hash;`,
    tests: [
      `it('hashes passwords with scrypt, N = 2^17, r = 8, p = 1 by default', async () => {
        expect(authSettings.scrypt).toEqual({ logN: 17, r: 8, p: 1 });
        // The real cost, as production runs it (128 MiB: node's default maxmem would refuse it).
        const hasher = createPasswordHasher(testApp.deps.config.PASSWORD_SCRYPT_LOG_N);
        const hash = await hasher.hash(testPassword);
        expect(hash).toMatch(/^scrypt\\$17\\$8\\$1\\$/);
        expect(await hasher.verify(testPassword, hash)).toBe(true);
        expect(await hasher.verify(testPassword + '!', hash)).toBe(false);
      }, 30_000); // three hashes at the real cost: about a second each on a busy machine`,
      `it('rehashes a password at login when the cost has risen', async () => {
        const { email, password } = await signUp(app);
        expect(await storedHash(email)).toMatch(/^scrypt\\$10\\$/);
        const stronger = createAuthTestApp(testApp, { PASSWORD_SCRYPT_LOG_N: 11 }).app;
        expect((await postJson(stronger, '/auth/login', { email, password })).status).toBe(200);
        expect(await storedHash(email)).toMatch(/^scrypt\\$11\\$/);
        expect((await postJson(stronger, '/auth/login', { email, password })).status).toBe(200);
      });`,
      `it('requires 12 to 128 characters', async () => {
        const { minLength, maxLength } = authSettings.password;
        expect(minLength).toBeGreaterThanOrEqual(12);
        expect((await register('q'.repeat(minLength - 3) + 'z7!')).status).toBe(201);
        expect((await register('q'.repeat(minLength - 4) + 'z7!')).status).toBe(400);
        expect((await register('w'.repeat(maxLength - 3) + 'z7!')).status).toBe(201);
        expect((await register('w'.repeat(maxLength - 2) + 'z7!')).status).toBe(400);
      });`,
      `it('never truncates a password: every character counts', async () => {
        const password = 'lantern '.repeat(15) + 'end1';
        const { email } = await signUp(app, undefined, password);
        expect((await postJson(app, '/auth/login', { email, password: password.slice(0, -1) + '2' })).status).toBe(401);
        expect((await postJson(app, '/auth/login', { email, password: password.slice(0, 72) })).status).toBe(401);
        expect((await postJson(app, '/auth/login', { email, password })).status).toBe(200);
      });`,
      `it('refuses the most common passwords, whatever their case', async () => {
        for (const common of ['password1234', 'Password1234', 'qwertyuiop123', 'correct horse battery staple']) {
          const response = await postJson(app, '/auth/register', { email: 'common@example.test', password: common });
          expect(response.status).toBe(400);
          expect(await response.text()).not.toContain(common);
        }
      });`,
    ],
  },
  login: {
    title: 'login',
    imports: { ...testing('postJson', 'signUp') },
    tests: [
      `it('answers an unknown email and a wrong password the same way', async () => {
        const { email } = await signUp(app);
        const wrongPassword = await postJson(app, '/auth/login', { email, password: 'not the password 1' });
        const unknownEmail = await postJson(app, '/auth/login', { email: 'nobody-' + email, password: 'not the password 1' });
        expect(wrongPassword.status).toBe(401);
        expect(unknownEmail.status).toBe(wrongPassword.status);
        expect(await unknownEmail.json()).toEqual(await wrongPassword.json());
      });`,
      `it('answers forgot-password the same whether or not the account exists', async () => {
        const { email } = await signUp(app);
        const known = await postJson(app, '/auth/password/forgot', { email });
        const unknown = await postJson(app, '/auth/password/forgot', { email: 'nobody-' + email });
        expect(known.status).toBe(202);
        expect(unknown.status).toBe(known.status);
        expect(await unknown.json()).toEqual(await known.json());
      });`,
      `it('registers, signs in, and shows the user without any password hash', async () => {
        const { email, tokens } = await signUp(app);
        const response = await app.request('/auth/me', { headers: { authorization: 'Bearer ' + tokens.accessToken } });
        expect(response.status).toBe(200);
        const { data } = (await response.json()) as { data: Record<string, unknown> };
        expect(data).toMatchObject({ email, role: 'user', disabled: false });
        expect(Object.keys(data)).not.toContain('passwordHash');
        expect((await postJson(app, '/auth/register', { email, password: 'another fine passphrase' })).status).toBe(409);
      });`,
    ],
  },
  'login-work': {
    title: 'login hashing work',
    imports: { ...testing('postJson', 'signUp'), 'node:crypto': { names: ['scrypt'] } },
    vitest: ['vi'],
    preamble: [
      `// Counts scrypt calls: the work done for an unknown email must be the work done for a wrong password.
      vi.mock('node:crypto', async (importOriginal) => {
        const actual = await importOriginal<typeof import('node:crypto')>();
        return { ...actual, scrypt: vi.fn(actual.scrypt) };
      });`,
    ],
    tests: [
      `it('does the same hashing work for an unknown email as for a wrong password', async () => {
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
      });`,
    ],
  },
  'password-reset': {
    title: 'password reset',
    imports: {
      'node:crypto': { names: ['createHash'] },
      ...testing('postJson', 'signUp'),
      './auth-settings.js': { names: ['authSettings'] },
    },
    vitest: ['vi'],
    afterEach: 'vi.useRealTimers();',
    helpers: `
      const newPassword = 'a brand new passphrase 7';
      const requestToken = async (email: string) => {
        const before = outbox.messages.length;
        await postJson(app, '/auth/password/forgot', { email });
        await vi.waitFor(() => expect(outbox.messages.length).toBe(before + 1));
        return /^[A-Za-z0-9_-]{43}$/m.exec(outbox.messages.at(-1)?.text ?? '')?.[0] ?? '';
      };
      const reset = (token: string, password = newPassword) => postJson(app, '/auth/password/reset', { token, password });`,
    tests: [
      `it('mails a 256-bit reset token and stores only its hash', async () => {
        const { email } = await signUp(app);
        const token = await requestToken(email);
        expect(Buffer.from(token, 'base64url')).toHaveLength(32);
        const rows = await testApp.db.selectFrom('password_reset_tokens').selectAll().execute();
        expect(rows.map((row) => row.token_hash)).toEqual([createHash('sha256').update(token).digest('hex')]);
      });`,
      `it('resets the password once: a reset token is single-use', async () => {
        const { email, password } = await signUp(app);
        const token = await requestToken(email);
        expect((await reset(token)).status).toBe(204);
        expect((await postJson(app, '/auth/login', { email, password })).status).toBe(401);
        expect((await postJson(app, '/auth/login', { email, password: newPassword })).status).toBe(200);
        expect((await reset(token, 'yet another passphrase 8')).status).toBe(400);
      });`,
      `it('expires a reset token after 15 minutes', async () => {
        vi.useFakeTimers({ toFake: ['Date'] });
        const { email } = await signUp(app);
        const token = await requestToken(email);
        expect(authSettings.resetTokenMinutes).toBeLessThanOrEqual(15);
        vi.setSystemTime(Date.now() + (authSettings.resetTokenMinutes * 60 + 1) * 1000);
        expect((await reset(token)).status).toBe(400);
      });`,
      `it('kills outstanding reset tokens when the password changes', async () => {
        const { email, password, tokens } = await signUp(app);
        const token = await requestToken(email);
        const changed = await postJson(app, '/auth/password', { currentPassword: password, newPassword }, { authorization: 'Bearer ' + tokens.accessToken });
        expect(changed.status).toBe(200);
        expect((await reset(token, 'yet another passphrase 8')).status).toBe(400);
      });`,
    ],
  },
  'rate-limits': {
    title: 'rate limits',
    imports: { ...testing('fromAddress', 'postJson', 'signUp'), './auth-settings.js': { names: ['authSettings'] } },
    helpers: `
      const { perAccount, perAddress } = authSettings.rateLimit;
      const login = (target: App, email: string, address: string, headers: Record<string, string> = {}) =>
        postJson(target, '/auth/login', { email, password: 'not the password 1' }, headers, fromAddress(address));`,
    tests: [
      `it('rate-limits login per account (429 with Retry-After)', async () => {
        // Counted per email whether or not an account has it: the limit itself must not reveal which exist.
        const email = 'someone@example.test';
        for (let attempt = 0; attempt < perAccount; attempt++) expect((await login(app, email, '198.51.100.' + attempt)).status).toBe(401);
        const limited = await login(app, email, '198.51.100.250');
        expect(limited.status).toBe(429);
        expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      });`,
      `it('rate-limits login per client address', async () => {
        for (let attempt = 0; attempt < perAddress; attempt++) await login(app, 'user-' + attempt + '@example.test', '203.0.113.9');
        expect((await login(app, 'one-more@example.test', '203.0.113.9')).status).toBe(429);
        expect((await login(app, 'one-more@example.test', '203.0.113.10')).status).toBe(401);
      }, 30_000); // a hundred sign-in attempts`,
      `it('rate-limits refresh and forgot-password per account', async () => {
        const { email, tokens } = await signUp(app);
        const statuses: number[] = [];
        for (let attempt = 0; attempt <= perAccount; attempt++) {
          statuses.push((await postJson(app, '/auth/password/forgot', { email }, {}, fromAddress('192.0.2.' + attempt))).status);
        }
        expect(statuses.at(-1)).toBe(429);
        const refreshes: number[] = [];
        for (let attempt = 0; attempt <= perAccount; attempt++) {
          refreshes.push((await postJson(app, '/auth/refresh', { refreshToken: tokens.refreshToken }, {}, fromAddress('192.0.2.' + attempt))).status);
        }
        expect(refreshes.at(-1)).toBe(429);
      });`,
      `it('takes the client address from the socket, not from X-Forwarded-For', async () => {
        for (let attempt = 0; attempt < perAddress; attempt++) {
          await login(app, 'user-' + attempt + '@example.test', '203.0.113.9', { 'x-forwarded-for': '192.0.2.' + (attempt % 250) });
        }
        expect((await login(app, 'one-more@example.test', '203.0.113.9', { 'x-forwarded-for': '192.0.2.251' })).status).toBe(429);
      }, 30_000); // a hundred sign-in attempts`,
      `it('believes X-Forwarded-For only from a configured trusted proxy', async () => {
        const behindProxy = createAuthTestApp(testApp, { TRUSTED_PROXIES: ['10.0.0.1'] }).app;
        for (let attempt = 0; attempt < perAddress; attempt++) {
          await login(behindProxy, 'user-' + attempt + '@example.test', '10.0.0.1', { 'x-forwarded-for': '203.0.113.9' });
        }
        expect((await login(behindProxy, 'one-more@example.test', '10.0.0.1', { 'x-forwarded-for': '203.0.113.9' })).status).toBe(429);
        // Another client behind the same proxy has its own count; a spoofed hop left of it changes nothing.
        expect((await login(behindProxy, 'one-more@example.test', '10.0.0.1', { 'x-forwarded-for': '203.0.113.9, 203.0.113.10' })).status).toBe(401);
      }, 30_000); // a hundred sign-in attempts`,
    ],
  },
  secrecy: {
    title: 'secrets stay secret',
    imports: { ...testing('bearer', 'postJson', 'signUp') },
    vitest: ['vi'],
    afterEach: 'vi.restoreAllMocks();',
    tests: [
      `it('never puts tokens, hashes or passwords in logs or error bodies', async () => {
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
          await postJson(target, '/auth/password', { currentPassword: password + 'x', newPassword: password + ' new' }, bearer(tokens.accessToken)),
          await postJson(target, '/auth/password/reset', { token: tokens.refreshToken, password: password + ' new' }),
        ];
        for (const response of failing) {
          expect(response.status).toBeGreaterThanOrEqual(400);
          errorBodies.push(await response.text());
        }
        const hash = (await testApp.db.selectFrom('users').select('password_hash').executeTakeFirstOrThrow()).password_hash;
        const everything = output.join('') + errorBodies.join('');
        expect(output.length).toBeGreaterThan(0);
        for (const secret of [password, tokens.accessToken, tokens.refreshToken, hash, hash.split('$').at(-1) ?? hash]) {
          expect(everything).not.toContain(secret);
        }
      });`,
    ],
  },
};
