import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

const keyLength = 64;

/** scrypt's r and p, as OWASP recommends with N = 2^17. */
const blockSize = 8;

const parallelism = 1;

export interface PasswordHasher {
  hash: (password: string) => Promise<string>;
  verify: (password: string, stored: string) => Promise<boolean>;
  /** True when the hash was made with a lower cost than the current one. */
  needsRehash: (stored: string) => boolean;
  /** The same work as verify() for an account that does not exist, so timing does not tell the two apart. */
  verifyDummy: (password: string) => Promise<false>;
}

/** Hashes at cost N = 2^logN (r = 8, p = 1); `logN` comes from config (17 unless raised). */
export function createPasswordHasher(logN: number): PasswordHasher {
  const hash = async (password: string) => {
    const salt = randomBytes(16);
    const key = await derive(password, salt, logN);
    return [
      'scrypt',
      logN,
      blockSize,
      parallelism,
      salt.toString('base64url'),
      key.toString('base64url'),
    ].join('$');
  };
  const verify = async (password: string, stored: string) => {
    const parsed = parse(stored);
    if (!parsed) return false;
    const key = await derive(password, parsed.salt, parsed.logN);
    return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
  };
  // A hash at this cost of a password nobody knows, made on first need (not at start-up, which tests pay for).
  let dummy: Promise<string> | undefined;
  return {
    hash,
    verify,
    needsRehash: (stored) => (parse(stored)?.logN ?? 0) < logN,
    verifyDummy: async (password) => {
      dummy ??= hash(randomBytes(32).toString('base64url'));
      await verify(password, await dummy);
      return false;
    },
  };
}

function derive(password: string, salt: Buffer, logN: number): Promise<Buffer> {
  const N = 2 ** logN;
  return new Promise((resolve, reject) => {
    // NFKC: the same password typed on another keyboard or OS matches. The whole password is hashed (no 72-byte cut
    // like bcrypt). maxmem must be raised: N = 2^17 with r = 8 needs 128 MiB, node's default allows 32.
    scrypt(
      password.normalize('NFKC'),
      salt,
      keyLength,
      { N, r: blockSize, p: parallelism, maxmem: 256 * N * blockSize },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

function parse(stored: string): { logN: number; salt: Buffer; key: Buffer } | undefined {
  const [scheme, logN, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || r !== String(blockSize) || p !== String(parallelism) || !salt || !key)
    return undefined;
  const cost = Number(logN);
  if (!Number.isInteger(cost) || cost < 1 || cost > 22) return undefined;
  return { logN: cost, salt: Buffer.from(salt, 'base64url'), key: Buffer.from(key, 'base64url') };
}
