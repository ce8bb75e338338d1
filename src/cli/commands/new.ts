import type { CommandModule } from 'yargs';
import type { Output } from '../report.js';
import type { ExitCodeValue } from '../../errors.js';

export interface NewArgs {
  cwd: string;
  'dry-run': boolean;
  verbose: boolean;
  dir: string;
  db: 'sqlite' | 'postgres' | 'mysql';
  'skip-install': boolean;
}

export function newCommand(output: Output, done: (code: ExitCodeValue) => void): CommandModule<object, NewArgs> {
  return {
    command: 'new <dir>',
    describe: 'Create a new project in <dir> and install its dependencies',
    builder: (yargs) =>
      yargs
        .positional('dir', { type: 'string', describe: 'Directory to create; its name becomes the project name', demandOption: true })
        .option('db', { choices: ['sqlite', 'postgres', 'mysql'] as const, default: 'sqlite' as const, describe: 'Database the project targets' })
        .option('skip-install', { type: 'boolean', default: false, describe: 'Do not run npm install' }) as never,
    handler: async (args) => {
      const { createProject } = await import('../new-project.js');
      done(await createProject({ cwd: args.cwd, dir: args.dir, database: args.db, skipInstall: args['skip-install'], dryRun: args['dry-run'], output }));
    },
  };
}
