import type { CommandModule } from 'yargs';
import type { Output } from '../report.js';
import type { ExitCodeValue } from '../../errors.js';

export interface EjectArgs {
  cwd: string;
  'dry-run': boolean;
  generator: string;
}

/**
 * `gen eject <generator>` copies a generator's blueprints into the project's `blueprints/<generator>/`, where they
 * override the originals from then on. Existing overrides are never overwritten.
 */
export function ejectCommand(output: Output, done: (code: ExitCodeValue) => void): CommandModule<object, EjectArgs> {
  return {
    command: 'eject <generator>',
    describe: "Copy a generator's blueprints into blueprints/<generator>/ to customise them",
    builder: (yargs) => yargs.positional('generator', { type: 'string', demandOption: true }) as never,
    handler: async (args) => {
      const { ejectBlueprints } = await import('../eject-blueprints.js');
      const { findProjectRoot } = await import('../project-root.js');
      const copied = await ejectBlueprints(findProjectRoot(args.cwd), args.generator, args['dry-run']);
      if (copied.length === 0) {
        output.out(`"${args.generator}" has no blueprints left to copy (its TypeScript output is built in code).`);
        output.out(`To replace it, write a project generator of the same name: gen generator ${args.generator}`);
      }
      for (const path of copied) output.out(`${'copy'.padStart(9)}  ${path}`);
      if (args['dry-run']) output.out('(dry run: nothing was written)');
      done(0);
    },
  };
}
