import { execa } from 'execa';
import { cleanEnv } from './cli.js';

/** Runs a tool from the generated project's node_modules (linked to the toolkit's), failing loudly with its output. */
export async function runInProject(project: string, command: string, args: string[], env: Record<string, string> = {}) {
  const result = await execa(`node_modules/.bin/${command}`, args, { cwd: project, reject: false, env: cleanEnv(env), extendEnv: false, all: true });
  if (result.exitCode !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${project} (exit ${result.exitCode}):\n${String(result.all)}`);
  return String(result.all);
}

/** Retries a probe (e.g. a fetch to a server that is starting) until it stops throwing or the time is up. */
export async function waitFor(probe: () => Promise<unknown>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await probe();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
