import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { hashText } from '../lock/lock.js';

/** Files that change how prettier formats a project. */
const configFiles = [
  '.editorconfig',
  '.prettierrc',
  '.prettierrc.json',
  '.prettierrc.json5',
  '.prettierrc.yaml',
  '.prettierrc.yml',
  '.prettierrc.toml',
  '.prettierrc.js',
  '.prettierrc.cjs',
  '.prettierrc.mjs',
  'prettier.config.js',
  'prettier.config.cjs',
  'prettier.config.mjs',
];

let prettierVersion: string | undefined;

/**
 * A fingerprint of the formatter: prettier's version and the project's prettier/editorconfig files. Formatted
 * text recorded in the lock is only reused while this stays the same. Reads no module, so the fast path stays fast.
 */
export function formatterId(read: (path: string) => string | undefined): string {
  prettierVersion ??= (JSON.parse(readFileSync(createRequire(import.meta.url).resolve('prettier/package.json'), 'utf8')) as { version: string }).version;
  const manifest = read('package.json');
  const packageConfig = manifest ? JSON.stringify((safeParse(manifest) as { prettier?: unknown } | undefined)?.prettier ?? null) : 'null';
  return hashText([prettierVersion, packageConfig, ...configFiles.map((file) => `${file}\0${read(file) ?? ''}`)].join('\0'));
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
