import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { execa } from 'execa';

export const toolkitRoot = join(import.meta.dirname, '../..');
/** The built CLI (`npm test` builds first), run exactly as users run it. */
export const genBin = join(toolkitRoot, 'dist/bin/gen.js');

/** Child processes must not inherit the outer vitest's worker variables. */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !key.startsWith('VITEST') && key !== 'NODE_ENV') env[key] = value;
  }
  return { ...env, NO_COLOR: '1', KILN_NOW: '2024-01-31T12:00:00.000Z', ...extra };
}

export async function gen(cwd: string, args: string[], env: Record<string, string> = {}) {
  const result = await execa('node', [genBin, ...args], { cwd, reject: false, env: cleanEnv(env), extendEnv: false });
  return { code: result.exitCode ?? -1, stdout: String(result.stdout), stderr: String(result.stderr) };
}

export const tempDir = (prefix = 'kiln-test-') => mkdtempSync(join(tmpdir(), prefix));

/** A project made as users make one: `gen new demo --skip-install`, then `gen resource <resource…>` if given. */
export async function newProject(...resource: string[]): Promise<string> {
  const parent = tempDir();
  await genOrFail(parent, ['new', 'demo', '--skip-install']);
  const project = join(parent, 'demo');
  if (resource.length > 0) await genOrFail(project, ['resource', ...resource]);
  return project;
}

async function genOrFail(cwd: string, args: string[]): Promise<void> {
  const result = await gen(cwd, args);
  if (result.code !== 0) throw new Error(`gen ${args.join(' ')} failed (exit ${result.code}):\n${result.stderr}`);
}

/** Reuses the toolkit's installed packages instead of installing per project (the versions match). */
export function linkNodeModules(project: string): void {
  symlinkSync(join(toolkitRoot, 'node_modules'), join(project, 'node_modules'), 'dir');
}

/**
 * A node_modules folder of the project's own whose entries link to the toolkit's packages: the project can add
 * packages of its own (a plugin under test) without touching the toolkit's node_modules.
 */
export function linkNodeModulesShallow(project: string): void {
  const own = join(project, 'node_modules');
  mkdirSync(own, { recursive: true });
  for (const entry of readdirSync(join(toolkitRoot, 'node_modules'))) symlinkSync(join(toolkitRoot, 'node_modules', entry), join(own, entry));
}

/** A hash of every file in a directory (except node_modules): equal hashes mean an untouched project. */
export function treeHash(dir: string): string {
  const hash = createHash('sha256');
  for (const file of listFiles(dir)) hash.update(`${relative(dir, file)}\0`).update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : listFiles(path);
      return entry.isFile() ? [path] : [];
    });
}
