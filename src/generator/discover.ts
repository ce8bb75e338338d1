import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { KilnError } from '../errors.js';
import { hashText } from '../lock/lock.js';
import { packageRoot } from '../package-root.js';
import type { AnyGenerator } from './define.js';
import { checkGenerator, loadBuiltinGenerators, type RegisteredGenerator } from './registry.js';

/**
 * Every generator available to a project, from three places, later ones overriding earlier ones by name:
 *   1. the toolkit's built-ins;
 *   2. installed packages named `kiln-generator-*` (or `@scope/kiln-generator-*`) and packages listed under
 *      `plugins` in kiln.json;
 *   3. the project's own `generators/<name>/index.ts`, loaded as TypeScript without a build step.
 */
export async function discoverGenerators(root: string, plugins: readonly string[] = []): Promise<RegisteredGenerator[]> {
  const byName = new Map<string, RegisteredGenerator>();
  const add = (entries: RegisteredGenerator[]) => entries.forEach((entry) => byName.set(entry.generator.name, entry));
  add(await loadBuiltinGenerators());
  add(await Promise.all(packageNames(root, plugins).map((name) => loadPackage(root, name))));
  add(await loadProjectGenerators(root));
  return [...byName.values()];
}

function packageNames(root: string, plugins: readonly string[]): string[] {
  const modules = join(root, 'node_modules');
  const installed = (dir: string, scope = ''): string[] =>
    existsSync(dir) ? readdirSync(dir).filter((name) => name.startsWith('kiln-generator-')).map((name) => `${scope}${name}`) : [];
  const scoped = existsSync(modules)
    ? readdirSync(modules)
        .filter((name) => name.startsWith('@'))
        .flatMap((scope) => installed(join(modules, scope), `${scope}/`))
    : [];
  return [...new Set([...installed(modules), ...scoped, ...plugins])].sort();
}

async function loadPackage(root: string, name: string): Promise<RegisteredGenerator> {
  let entry: string;
  try {
    entry = createRequire(join(root, 'package.json')).resolve(name);
  } catch {
    throw new KilnError('plugin/not-found', `plugin "${name}" is listed in kiln.json but is not installed`, `npm install --save-dev ${name}`);
  }
  const manifest = findManifest(entry);
  const version = manifest ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version : undefined;
  const generator = await importGenerator(entry, `plugin "${name}"`);
  return { generator, source: `package ${name}${version ? `@${version}` : ''}`, blueprintsDir: join(manifest ? dirname(manifest) : dirname(entry), 'blueprints') };
}

async function loadProjectGenerators(root: string): Promise<RegisteredGenerator[]> {
  const dir = join(root, 'generators');
  if (!existsSync(dir)) return [];
  const folders = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'index.ts')))
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    folders.map(async (folder) => ({
      generator: await importGenerator(join(dir, folder, 'index.ts'), `generators/${folder}`),
      source: `project generators/${folder}`,
      blueprintsDir: join(root, 'blueprints'),
    })),
  );
}

let hookRegistered = false;

/** Plugins import 'kiln': make that the running toolkit's public API (compiled, see package.json "exports"). */
async function resolveKilnToThisToolkit(): Promise<void> {
  if (hookRegistered) return;
  hookRegistered = true;
  const { register } = await import('node:module');
  const hook = new URL(`./kiln-import-hook.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url);
  register(hook, { data: { target: pathToFileURL(join(packageRoot, 'dist/src/index.js')).href } });
}

/** Imports a generator module (TypeScript or JavaScript) and checks that it exports one. */
async function importGenerator(file: string, label: string): Promise<AnyGenerator> {
  try {
    await resolveKilnToThisToolkit();
    const { tsImport } = await import('tsx/esm/api');
    const module = (await tsImport(pathToFileURL(file).href, import.meta.url)) as { default?: unknown };
    return checkGenerator(module.default, label);
  } catch (error) {
    if (error instanceof KilnError) throw error;
    throw new KilnError('plugin/load-failed', `${label} could not be loaded: ${(error as Error).message.split('\n')[0]}`, `fix ${file}`);
  }
}

function findManifest(entry: string): string | undefined {
  for (let dir = dirname(entry); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) return manifest;
  }
  return undefined;
}

/** The toolkit's own blueprints folder, for built-ins and generators passed in directly (tests). */
export const builtinBlueprintsDir = join(packageRoot, 'blueprints');

/**
 * A fingerprint of the generators from outside the toolkit (project-local sources, installed plugin packages and
 * their versions), computed without loading any of them: when it changes, cached output may be stale.
 */
export function pluginFingerprint(root: string, plugins: readonly string[] = []): string {
  const parts: string[] = [];
  const local = join(root, 'generators');
  if (existsSync(local)) {
    for (const file of walkFiles(local)) parts.push(`${file}\0${readFileSync(file, 'utf8')}`);
  }
  for (const name of packageNames(root, plugins)) {
    const manifest = join(root, 'node_modules', name, 'package.json');
    parts.push(`${name}\0${existsSync(manifest) ? readFileSync(manifest, 'utf8') : 'missing'}`);
  }
  return hashText(parts.join('\0'));
}

function walkFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => (entry.isDirectory() ? walkFiles(join(dir, entry.name)) : entry.isFile() ? [join(dir, entry.name)] : []));
}
