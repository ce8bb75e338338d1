import { printSourceFile } from '../../../src/ast/project.js';
import { doc } from './doc.js';
import { constant, func, importsOf, interfaceOf, param, property, typeAlias } from '../../../src/ast/structures.js';

/** auth-tables.ts: the kysely row types of the feature's tables (listed in src/db/tables.ts). */
export function tablesFile(): string {
  const time = (name: string, nullable = false) => property(name, nullable ? 'StoredTime | null' : 'StoredTime');
  return printSourceFile({
    statements: [
      ...importsOf({ kysely: { types: ['ColumnType'] }, './stored-time.js': { types: ['StoredTime'] } }),
      interfaceOf('UsersTable', [
        property('id', 'string'),
        property('email', 'string', { docs: ['Trimmed and lower-cased, so one address is one account.'] }),
        property('password_hash', 'string', { docs: ['scrypt, with its parameters: `scrypt$<logN>$<r>$<p>$<salt>$<hash>`.'] }),
        property('role', 'string'),
        property('token_version', 'ColumnType<number, number | undefined, number>', {
          docs: ['Carried by every access token; raising it revokes them all (password or role change, disable).'],
        }),
        time('disabled_at', true),
        time('created_at'),
        time('updated_at'),
      ], { docs: ['The `users` table.'] }),
      interfaceOf('RefreshTokensTable', [
        property('id', 'string'),
        property('user_id', 'string'),
        property('family_id', 'string', { docs: ['Every token rotated from one sign-in shares it: reuse revokes the family.'] }),
        property('token_hash', 'string', { docs: ['SHA-256 of the token; the token itself is never stored.'] }),
        time('expires_at'),
        time('used_at', true),
        time('revoked_at', true),
        time('created_at'),
      ], { docs: ['The `refresh_tokens` table.'] }),
      interfaceOf('PasswordResetTokensTable', [
        property('id', 'string'),
        property('user_id', 'string'),
        property('token_hash', 'string'),
        time('expires_at'),
        time('used_at', true),
        time('created_at'),
      ], { docs: ['The `password_reset_tokens` table.'] }),
    ],
  });
}

/** jwt.ts: HS256 compact JWS with node:crypto, the algorithm pinned and nothing in the header trusted. */
export function jwtFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({ 'node:crypto': { names: ['createHmac', 'timingSafeEqual'] } }),
      constant('algorithm', "'HS256'", { docs: ['The one algorithm accepted: a token cannot choose another (alg:none, RS256 with our secret as a "public key", …).'] }),
      constant('tokenType', "'at+jwt'", { docs: ['RFC 9068\'s type for access tokens: a JWT minted for something else with the same key is refused.'] }),
      typeAlias('JwtPayload', 'Record<string, unknown>'),
      func('signJwt', [param('payload', 'JwtPayload'), param('key', 'Buffer')], 'string', [
        'const signingInput = `${encodeJson({ alg: algorithm, typ: tokenType })}.${encodeJson(payload)}`;',
        "return `${signingInput}.${sign(signingInput, key).toString('base64url')}`;",
      ], { exported: true }),
      func('verifyJwt', [param('token', 'string'), param('key', 'Buffer')], 'JwtPayload | undefined', [
        "const [header, payload, signature, ...rest] = token.split('.');",
        'if (header === undefined || payload === undefined || signature === undefined || rest.length > 0) return undefined;',
        'const fields = decodeJson(header);',
        'if (fields?.alg !== algorithm || fields.typ !== tokenType) return undefined;',
        'const expected = sign(`${header}.${payload}`, key);',
        "const actual = Buffer.from(signature, 'base64url');",
        '// Compared in constant time; the re-encoding check refuses non-canonical base64url spellings of the signature.',
        "if (actual.length !== expected.length || actual.toString('base64url') !== signature || !timingSafeEqual(actual, expected)) {",
        '  return undefined;',
        '}',
        'return decodeJson(payload);',
      ], {
        exported: true,
        docs: doc(
          'The payload of a token whose header says HS256 and whose signature is ours; undefined for anything else. Other',
          'header fields (jku, x5u, jwk, x5c, kid) are never read: which key verifies a token is not the token\'s choice.',
          'Claims are not checked here (see access-tokens.ts).',
        ),
      }),
      func('sign', [param('signingInput', 'string'), param('key', 'Buffer')], 'Buffer', [
        "return createHmac('sha256', key).update(signingInput).digest();",
      ]),
      func('encodeJson', [param('value', 'object')], 'string', ["return Buffer.from(JSON.stringify(value)).toString('base64url');"]),
      func('decodeJson', [param('part', 'string')], 'JwtPayload | undefined', [
        'if (!/^[A-Za-z0-9_-]+$/.test(part)) return undefined;',
        'try {',
        "  const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));",
        '  return typeof value === \'object\' && value !== null && !Array.isArray(value) ? (value as JwtPayload) : undefined;',
        '} catch {',
        '  // A parse error message quotes the input: never let a token reach a log through it.',
        '  return undefined;',
        '}',
      ]),
    ],
  });
}

/** access-tokens.ts: what an access token claims, and every claim checked explicitly on the way in. */
export function accessTokensFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({
        'node:crypto': { names: ['randomUUID'] },
        './auth-settings.js': { names: ['authSettings'] },
        './jwt.js': { names: ['signJwt', 'verifyJwt'] },
      }),
      interfaceOf('AccessClaims', [
        property('sub', 'string', { docs: ['The user id.'] }),
        property('jti', 'string'),
        property('ver', 'number', { docs: ["The user's token version when it was issued (see users.token_version)."] }),
        property('iat', 'number'),
        property('exp', 'number'),
      ]),
      func('signingKey', [param('secret', 'string')], 'Buffer', ["return Buffer.from(secret, 'utf8');"], {
        exported: true,
        docs: ['The HMAC key: the secret\'s bytes (config refuses fewer than 32).'],
      }),
      func('issueAccessToken', [param('user', '{ id: string; tokenVersion: number }'), param('key', 'Buffer'), param('now', 'Date', 'new Date()')], '{ token: string; expiresIn: number }', [
        'const iat = Math.floor(now.getTime() / 1000);',
        'const expiresIn = authSettings.accessTokenSeconds;',
        'const token = signJwt(',
        '  { iss: authSettings.issuer, aud: authSettings.audience, sub: user.id, jti: randomUUID(), iat, exp: iat + expiresIn, ver: user.tokenVersion },',
        '  key,',
        ');',
        'return { token, expiresIn };',
      ], { exported: true, docs: ['Every access token carries exp, iat, iss, aud, sub and jti.'] }),
      func('verifyAccessToken', [param('token', 'string'), param('key', 'Buffer'), param('now', 'Date', 'new Date()')], 'AccessClaims | undefined', [
        'const claims = verifyJwt(token, key);',
        'if (!claims) return undefined;',
        'const { iss, aud, sub, jti, ver, iat, exp, nbf } = claims;',
        'const seconds = now.getTime() / 1000;',
        'const leeway = authSettings.clockLeewaySeconds;',
        'if (iss !== authSettings.issuer || aud !== authSettings.audience) return undefined;',
        "if (typeof sub !== 'string' || typeof jti !== 'string' || typeof ver !== 'number') return undefined;",
        '// Without exp a token would never expire; an iat in the future means a clock or a forger we should not trust.',
        'if (!isNumericDate(exp) || seconds >= exp + leeway) return undefined;',
        'if (!isNumericDate(iat) || iat > seconds + leeway) return undefined;',
        'if (nbf !== undefined && (!isNumericDate(nbf) || nbf > seconds + leeway)) return undefined;',
        'return { sub, jti, ver, iat, exp };',
      ], {
        exported: true,
        docs: doc(
          'The claims of a valid access token, or undefined. Each claim is checked here rather than left to a library',
          'default: hono\'s JWT helper, for one, accepts a token that has no `exp`.',
        ),
      }),
      func('isNumericDate', [param('value', 'unknown')], 'value is number', ["return typeof value === 'number' && Number.isFinite(value);"]),
    ],
  });
}

/** opaque-tokens.ts: the random tokens refresh and password reset use, and the digest stored in their place. */
export function opaqueTokensFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({ 'node:crypto': { names: ['createHash', 'randomBytes'] } }),
      func('newOpaqueToken', [], 'string', ["return randomBytes(32).toString('base64url');"], {
        exported: true,
        docs: ['256 random bits, base64url: unguessable, and meaningless without the database (not a JWT).'],
      }),
      func('digestToken', [param('token', 'string')], 'string', ["return createHash('sha256').update(token).digest('hex');"], {
        exported: true,
        docs: doc(
          'What the database keeps instead of the token, so a leaked table hands out no usable token. A fast hash is',
          'enough here: the token is 256 random bits, not a password someone could guess.',
        ),
      }),
    ],
  });
}
