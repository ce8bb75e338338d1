import { existsSync, readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { generate } from '../engine/generate.js';
import { ExitCode, KilnError, type ExitCodeValue } from '../errors.js';
import type { DatabaseKind } from '../spec/field-types.js';
import { specFileName } from '../spec/load.js';
import { validateSpecValue } from '../spec/load.js';
import { applyGeneration, cliClock } from './apply.js';
import type { Output } from './report.js';

export interface NewProjectOptions {
  cwd: string;
  dir: string;
  database: DatabaseKind;
  skipInstall: boolean;
  dryRun: boolean;
  output: Output;
}

/** `gen new`: a fresh kiln.json, the whole project generated from it, then `npm install`. */
export async function createProject(options: NewProjectOptions): Promise<ExitCodeValue> {
  const root = resolve(options.cwd, options.dir);
  if (existsSync(root) && readdirSync(root).length > 0) {
    throw new KilnError('new/not-empty', `${options.dir} already exists and is not empty`, 'choose a new directory name, or empty it first');
  }
  const spec = { $schema: './node_modules/kiln/kiln.schema.json', name: basename(root).toLowerCase(), database: options.database, models: {} };
  try {
    validateSpecValue(spec);
  } catch {
    throw new KilnError('new/bad-name', `"${basename(root)}" cannot be a project name`, 'use lowercase letters, digits and dashes, like "my-blog"');
  }
  const specText = `${JSON.stringify(spec, null, 2)}\n`;
  const generation = await generate({ root, specText, clock: cliClock() });
  const code = applyGeneration(generation, { root, dryRun: options.dryRun, output: options.output });
  if (options.dryRun || code !== ExitCode.ok) return code;
  options.output.out(`\nCreated ${options.dir} (${specFileName}, ${generation.changes.length} files).`);
  if (!options.skipInstall) await install(root, options.output);
  options.output.out(`\nNext:\n  cd ${options.dir}\n  gen resource Post title:string body:text? published:boolean=false\n  npm run db:migrate && npm run dev`);
  return ExitCode.ok;
}

async function install(root: string, output: Output): Promise<void> {
  const { execa } = await import('execa');
  output.out('\nInstalling dependencies (npm install)…');
  try {
    await execa('npm', ['install', '--no-audit', '--no-fund'], { cwd: root, stdout: 'inherit', stderr: 'inherit' });
  } catch (error) {
    throw new KilnError(
      'new/install-failed',
      `the project was created, but npm install failed: ${(error as Error).message.split('\n')[0]}`,
      `fix the problem above, then run npm install in ${root}`,
      ExitCode.internal,
    );
  }
}
