import { createHmac, timingSafeEqual } from 'node:crypto';

/** The one algorithm accepted: a token cannot choose another (alg:none, RS256 with our secret as a "public key", …). */
const algorithm = 'HS256';

/** RFC 9068's type for access tokens: a JWT minted for something else with the same key is refused. */
const tokenType = 'at+jwt';

export type JwtPayload = Record<string, unknown>;

export function signJwt(payload: JwtPayload, key: Buffer): string {
  const signingInput = `${encodeJson({ alg: algorithm, typ: tokenType })}.${encodeJson(payload)}`;
  return `${signingInput}.${sign(signingInput, key).toString('base64url')}`;
}

/**
 * The payload of a token whose header says HS256 and whose signature is ours; undefined for anything else. Other
 * header fields (jku, x5u, jwk, x5c, kid) are never read: which key verifies a token is not the token's choice.
 * Claims are not checked here (see access-tokens.ts).
 */
export function verifyJwt(token: string, key: Buffer): JwtPayload | undefined {
  const [header, payload, signature, ...rest] = token.split('.');
  if (header === undefined || payload === undefined || signature === undefined || rest.length > 0)
    return undefined;
  const fields = decodeJson(header);
  if (fields?.alg !== algorithm || fields.typ !== tokenType) return undefined;
  const expected = sign(`${header}.${payload}`, key);
  const actual = Buffer.from(signature, 'base64url');
  // Compared in constant time; the re-encoding check refuses non-canonical base64url spellings of the signature.
  if (
    actual.length !== expected.length ||
    actual.toString('base64url') !== signature ||
    !timingSafeEqual(actual, expected)
  ) {
    return undefined;
  }

  return decodeJson(payload);
}

function sign(signingInput: string, key: Buffer): Buffer {
  return createHmac('sha256', key).update(signingInput).digest();
}

function encodeJson(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function decodeJson(part: string): JwtPayload | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(part)) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as JwtPayload)
      : undefined;
  } catch {
    // A parse error message quotes the input: never let a token reach a log through it.
    return undefined;
  }
}
