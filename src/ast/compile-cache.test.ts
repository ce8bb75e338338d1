import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { requireWithCodeCache } from './compile-cache.js';

const base = tmpdir();

/** A CommonJS package of two modules in a fresh node_modules, and a temp folder of its own for the cache. */
function fixturePackage(name: string): string {
  const root = mkdtempSync(join(base, 'kiln-compile-cache-test-'));
  const dir = join(root, 'node_modules', name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, main: 'index.js' }));
  writeFileSync(join(dir, 'index.js'), "const { twice } = require('./twice.js');\nexports.answer = twice(21);\nexports.file = __filename;\n");
  writeFileSync(join(dir, 'twice.js'), 'exports.twice = (n) => n * 2;\n');
  return join(root, 'index.js');
}

const cacheEntries = (root: string): string[] =>
  readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((path) => join(root, path))
    .filter((path) => statSync(path).isFile());

describe('requireWithCodeCache', () => {
  let savedTmp: string | undefined;
  let cacheRoot: string;
  beforeEach(() => {
    savedTmp = process.env.TMPDIR;
    cacheRoot = mkdtempSync(join(base, 'kiln-cache-root-'));
    process.env.TMPDIR = cacheRoot;
  });
  afterEach(() => {
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
  });

  it('loads a package as require does, and keeps the compiled code of each of its modules', () => {
    const from = fixturePackage('cc-first');
    const loaded = requireWithCodeCache<{ answer: number; file: string }>(from, 'cc-first');
    expect(loaded.answer).toBe(42);
    expect(loaded.file).toMatch(/node_modules[/\\]cc-first[/\\]index\.js$/);
    expect(cacheEntries(cacheRoot)).toHaveLength(2);
  });

  it('recompiles, and rewrites the entry, when the cached data is garbage', () => {
    const from = fixturePackage('cc-garbage');
    requireWithCodeCache(from, 'cc-garbage');
    for (const entry of cacheEntries(cacheRoot)) writeFileSync(entry, 'not V8 code cache');
    // A second process would read the garbage: forgetting the loaded modules stands in for it.
    const registry = createRequire(import.meta.url).cache;
    for (const key of Object.keys(registry)) if (key.includes('cc-garbage')) delete registry[key];
    expect(requireWithCodeCache<{ answer: number }>(from, 'cc-garbage').answer).toBe(42);
    for (const entry of cacheEntries(cacheRoot)) expect(readFileSync(entry, 'utf8')).not.toBe('not V8 code cache');
  });
});
