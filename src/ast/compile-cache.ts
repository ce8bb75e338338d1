import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/**
 * Requires a CommonJS package with V8's code cache for its modules: ts-morph carries the whole TypeScript compiler
 * (≈9 MB of JavaScript), and parsing and compiling it is most of a cold `gen`. The compiled code of each module is
 * kept under the OS temp folder, keyed by Node version, file path, size and mtime, so an upgrade or a different
 * Node never reuses a stale entry (V8 also rejects mismatched data by itself; then the module compiles as usual).
 * Node 22 has `module.enableCompileCache()` for this; Node 20, which Kiln supports, does not.
 */
export function requireWithCodeCache<T>(from: string, specifier: string): T {
  const loaders = (Module as unknown as { _extensions: Record<string, (module: CjsModule, filename: string) => void> })._extensions;
  const plain = loaders['.js'];
  if (!plain || process.env.KILN_NO_COMPILE_CACHE) return createRequire(from)(specifier) as T;
  const cacheDir = join(tmpdir(), `kiln-compile-cache-${safeUserName()}`, `${process.version}-${process.arch}`);
  loaders['.js'] = (module, filename) => {
    if (!filename.includes('node_modules')) return plain(module, filename);
    try {
      compileCached(module, filename, cacheDir);
    } catch {
      plain(module, filename); // an unwritable temp folder or a rejected cache never stops the CLI
    }
  };
  try {
    return createRequire(from)(specifier) as T;
  } finally {
    loaders['.js'] = plain;
  }
}

interface CjsModule {
  exports: unknown;
  filename: string;
  paths: string[];
}

function compileCached(module: CjsModule, filename: string, cacheDir: string): void {
  const { size, mtimeMs } = statSync(filename);
  const cacheFile = join(cacheDir, createHash('sha256').update(`${filename}\0${size}\0${mtimeMs}`).digest('hex').slice(0, 32));
  const cachedData = readVerified(cacheFile);
  const source = readFileSync(filename, 'utf8').replace(/^#!.*/, '');
  const script = new Script(Module.wrap(source), { filename, cachedData });
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  const require = createRequire(filename);
  wrapper.call(module.exports, module.exports, require, module, filename, dirname(filename));
  if (cachedData === undefined || script.cachedDataRejected) writeAtomically(cacheFile, withChecksum(script.createCachedData()));
}

const checksumLength = 32;
const checksumOf = (data: Buffer) => createHash('sha256').update(data).digest();
const withChecksum = (data: Buffer) => Buffer.concat([checksumOf(data), data]);

/**
 * The cached data of an entry, if it is intact: V8 rejects data from another version by itself, but does not
 * always notice damaged data, so each entry carries the checksum of what was written.
 */
function readVerified(file: string): Buffer | undefined {
  let entry: Buffer;
  try {
    entry = readFileSync(file);
  } catch {
    return undefined;
  }
  const data = entry.subarray(checksumLength);
  return entry.length > checksumLength && checksumOf(data).equals(entry.subarray(0, checksumLength)) ? data : undefined;
}

/** Two `gen` processes may fill the cache at once: each writes a file of its own, then renames it into place. */
function writeAtomically(file: string, data: Buffer): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}`;
  writeFileSync(temporary, data);
  renameSync(temporary, file);
}

function safeUserName(): string {
  try {
    return userInfo().username.replace(/[^A-Za-z0-9_-]/g, '_');
  } catch {
    return String(process.getuid?.() ?? 'user');
  }
}
