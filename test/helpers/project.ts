import { execa } from 'execa';
import { cleanEnv } from './cli.js';

/** Runs a tool from the generated project's node_modules (linked to the toolkit's), failing loudly with its output. */
export async function runInProject(project: string, command: string, args: string[], env: Record<string, string> = {}) {
  const result = await execa(`node_modules/.bin/${command}`, args, { cwd: project, reject: false, env: cleanEnv(env), extendEnv: false, all: true });
  if (result.exitCode !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${project} (exit ${result.exitCode}):\n${String(result.all)}`);
  return String(result.all);
}

/** `npm run build` in the generated project: the production bundle `npm start` serves, dist/main.js. */
export async function buildProject(project: string): Promise<void> {
  const result = await execa('npm', ['run', 'build'], { cwd: project, reject: false, env: cleanEnv(), extendEnv: false, all: true });
  if (result.exitCode !== 0) throw new Error(`npm run build failed in ${project} (exit ${result.exitCode}):\n${String(result.all)}`);
}
