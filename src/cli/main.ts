import yargs from 'yargs';
import { ExitCode, KilnError, type ExitCodeValue } from '../errors.js';
import { checkCommand } from './commands/check.js';
import { generateCommand } from './commands/generate.js';
import { migrateNewCommand } from './commands/migrate-new.js';
import { newCommand } from './commands/new.js';
import { resourceCommand } from './commands/resource.js';
import { handleError } from './handle-error.js';
import { consoleOutput, type Output } from './report.js';

/**
 * The whole command surface in one place. Handlers load the engine lazily, so `gen --help` stays fast. Returns
 * the exit code; only bin/gen.ts exits.
 */
export async function main(argv: readonly string[], output: Output = consoleOutput()): Promise<ExitCodeValue> {
  let code: ExitCodeValue = ExitCode.ok;
  const done = (result: ExitCodeValue) => {
    code = result;
  };
  try {
    await yargs([...argv])
      .scriptName('gen')
      .usage('$0 <command> [options]\n\nGenerates a plain TypeScript API (hono, kysely, zod) from kiln.json.')
      .option('cwd', { type: 'string', default: process.cwd(), describe: 'Run as if started in this directory', defaultDescription: 'current directory' })
      .option('dry-run', { type: 'boolean', default: false, describe: 'Print the diff of what would change; write nothing' })
      .option('verbose', { type: 'boolean', default: false, describe: 'List unchanged files too' })
      .command(newCommand(output, done))
      .command(resourceCommand(output, done))
      .command(generateCommand(output, done))
      .command(checkCommand(output, done))
      .command(migrateNewCommand(output, done))
      .strict()
      .help()
      .alias('h', 'help')
      .version(false)
      .wrap(Math.min(110, process.stdout.columns || 110))
      .fail((message, error) => {
        throw error ?? new KilnError('cli/usage', message, 'run gen --help for usage');
      })
      .parseAsync();
  } catch (error) {
    return handleError(error, output);
  }
  return code;
}
