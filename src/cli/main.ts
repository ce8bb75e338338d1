import yargs from 'yargs';
import { ExitCode, KilnError, type ExitCodeValue } from '../errors.js';
import { checkCommand } from './commands/check.js';
import { destroyCommand } from './commands/destroy.js';
import { diagramCommand } from './commands/diagram.js';
import { ejectCommand } from './commands/eject.js';
import { featureCommand } from './commands/feature.js';
import { listCommand } from './commands/list.js';
import { newGeneratorCommand } from './commands/new-generator.js';
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
      .command(destroyCommand(output, done))
      .command(featureCommand(output, done))
      .command(listCommand(output, done))
      .command(diagramCommand(output, done))
      .command(ejectCommand(output, done))
      .command(newGeneratorCommand(output, done))
      .command(migrateNewCommand(output, done))
      .strict()
      .help()
      .alias('h', 'help')
      .version(false)
      .fail((message, error) => {
        throw error ?? new KilnError('cli/usage', message, 'run gen --help for usage');
      })
      .parseAsync();
  } catch (error) {
    return handleError(error, output);
  }
  return code;
}
