import type { CommandModule } from 'yargs';
import type { Output } from '../report.js';
import type { ExitCodeValue } from '../../errors.js';

export interface GenerateArgs {
  cwd: string;
  'dry-run': boolean;
  force: boolean;
  'allow-destructive': boolean;
  verbose: boolean;
}

export function generateCommand(output: Output, done: (code: ExitCodeValue) => void): CommandModule<object, GenerateArgs> {
  return {
    command: ['generate', '$0'],
    describe: 'Regenerate the project from kiln.json, merging your edits to generated files',
    builder: (yargs) =>
      yargs
        .option('force', { type: 'boolean', default: false, describe: 'Recreate generated files you deleted' })
        .option('allow-destructive', { type: 'boolean', default: false, describe: 'Allow migrations that drop tables or columns' }) as never,
    handler: async (args) => {
      const { generate } = await import('../../engine/generate.js');
      const { applyGeneration, cliClock } = await import('../apply.js');
      const { findProjectRoot } = await import('../project-root.js');
      const root = findProjectRoot(args.cwd);
      const generation = await generate({ root, clock: cliClock(), force: args.force, allowDestructive: args['allow-destructive'] });
      done(applyGeneration(generation, { root, dryRun: args['dry-run'], verbose: args.verbose, output }));
    },
  };
}
