import { printSourceFile } from '../../../src/ast/project.js';
import { constant, func, importsOf, interfaceOf, param, property } from '../../../src/ast/structures.js';

/** password-hashing.ts: scrypt from node:crypto, its parameters stored with each hash so they can rise later. */
export function passwordHashingFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({ 'node:crypto': { names: ['randomBytes', 'scrypt', 'timingSafeEqual'] } }),
      constant('keyLength', '64'),
      constant('blockSize', '8', { docs: ['scrypt\'s r and p, as OWASP recommends with N = 2^17.'] }),
      constant('parallelism', '1'),
      interfaceOf('PasswordHasher', [
        property('hash', '(password: string) => Promise<string>'),
        property('verify', '(password: string, stored: string) => Promise<boolean>'),
        property('needsRehash', '(stored: string) => boolean', { docs: ['True when the hash was made with a lower cost than the current one.'] }),
        property('verifyDummy', '(password: string) => Promise<false>', {
          docs: ['The same work as verify() for an account that does not exist, so timing does not tell the two apart.'],
        }),
      ]),
      func('createPasswordHasher', [param('logN', 'number')], 'PasswordHasher', [
        `const hash = async (password: string) => {
          const salt = randomBytes(16);
          const key = await derive(password, salt, logN);
          return ['scrypt', logN, blockSize, parallelism, salt.toString('base64url'), key.toString('base64url')].join('$');
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
        };`,
      ], { exported: true, docs: ['Hashes at cost N = 2^logN (r = 8, p = 1); `logN` comes from config (17 unless raised).'] }),
      func('derive', [param('password', 'string'), param('salt', 'Buffer'), param('logN', 'number')], 'Promise<Buffer>', [
        'const N = 2 ** logN;',
        `return new Promise((resolve, reject) => {
          // NFKC: the same password typed on another keyboard or OS matches. The whole password is hashed (no 72-byte cut
          // like bcrypt). maxmem must be raised: N = 2^17 with r = 8 needs 128 MiB, node's default allows 32.
          scrypt(password.normalize('NFKC'), salt, keyLength, { N, r: blockSize, p: parallelism, maxmem: 256 * N * blockSize }, (error, key) =>
            error ? reject(error) : resolve(key),
          );
        });`,
      ]),
      func('parse', [param('stored', 'string')], '{ logN: number; salt: Buffer; key: Buffer } | undefined', [
        "const [scheme, logN, r, p, salt, key] = stored.split('$');",
        "if (scheme !== 'scrypt' || r !== String(blockSize) || p !== String(parallelism) || !salt || !key) return undefined;",
        'const cost = Number(logN);',
        'if (!Number.isInteger(cost) || cost < 1 || cost > 22) return undefined;',
        "return { logN: cost, salt: Buffer.from(salt, 'base64url'), key: Buffer.from(key, 'base64url') };",
      ]),
    ],
  });
}

/** password-policy.ts: what a new password must be. */
export function passwordPolicyFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({ zod: { names: ['z'] }, './auth-settings.js': { names: ['authSettings'] }, './common-passwords.js': { names: ['commonPasswords'] } }),
      func('passwordProblem', [param('password', 'string')], 'string | undefined', [
        'const { minLength, maxLength } = authSettings.password;',
        '// Characters, not UTF-16 units: an emoji counts once.',
        'const length = [...password].length;',
        'if (length < minLength) return `must be at least ${minLength} characters`;',
        '// An upper bound keeps hashing cheap to refuse; passwords up to it are hashed whole, never truncated.',
        'if (length > maxLength) return `must be at most ${maxLength} characters`;',
        "if (commonPasswords.has(password.toLowerCase())) return 'is one of the most common passwords: choose another';",
        'return undefined;',
      ], { exported: true, docs: ['Why a new password is refused, or undefined. The message never repeats the password.'] }),
      constant('newPasswordSchema', `z.string().superRefine((password, context) => {
        const problem = passwordProblem(password);
        if (problem) context.addIssue({ code: 'custom', message: problem });
      })`, { exported: true, docs: ['A new password (register, change, reset).'] }),
    ],
  });
}

/** common-passwords.ts: the bundled list, as a set. */
export function commonPasswordsFile(list: readonly string[]): string {
  return printSourceFile({
    statements: [
      constant('commonPasswords', `new Set<string>(${JSON.stringify([...list].sort())})`, {
        exported: true,
        docs: ['Passwords seen most often in public breach corpora, lower-cased: refused whatever the length rule says.'],
      }),
    ],
  });
}
