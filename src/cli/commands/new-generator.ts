import type { CommandModule } from 'yargs';
import type { Output } from '../report.js';
import type { ExitCodeValue } from '../../errors.js';

export interface NewGeneratorArgs {
  cwd: string;
  'dry-run': boolean;
  name: string;
}

/** `gen generator <name>`: scaffolds a project-local generator (a feature) and its test, ready to edit. */
export function newGeneratorCommand(output: Output, done: (code: ExitCodeValue) => void): CommandModule<object, NewGeneratorArgs> {
  return {
    command: 'generator <name>',
    describe: 'Scaffold a project-local generator in generators/<name>/ with its test',
    builder: (yargs) => yargs.positional('name', { type: 'string', demandOption: true, describe: 'kebab-case name, e.g. audit-log' }) as never,
    handler: async (args) => {
      const [{ scaffoldGenerator }, { findProjectRoot }, { commitChanges }] = await Promise.all([
        import('../scaffold-generator.js'),
        import('../project-root.js'),
        import('../../tree/commit.js'),
      ]);
      const root = findProjectRoot(args.cwd);
      const changes = scaffoldGenerator(root, args.name);
      if (!args['dry-run']) commitChanges(root, changes);
      for (const change of changes) output.out(`${'create'.padStart(9)}  ${change.path}`);
      output.out(`\nEnable it with: gen feature ${args.name}`);
      output.out(`Its test imports 'kiln': with Kiln installed in this project (npm install --save-dev kiln), run npx vitest run generators/${args.name}`);
      done(0);
    },
  };
}
