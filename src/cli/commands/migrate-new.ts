import type { CommandModule } from 'yargs';
import type { Output } from '../report.js';
import type { ExitCodeValue } from '../../errors.js';

export interface MigrateNewArgs {
  cwd: string;
  'dry-run': boolean;
  verbose: boolean;
  name: string;
}

export function migrateNewCommand(output: Output, done: (code: ExitCodeValue) => void): CommandModule<object, MigrateNewArgs> {
  return {
    command: 'migrate:new <name>',
    describe: 'Add an empty migration to write by hand, listed in migrations/index.ts and migrations.sum',
    builder: (yargs) =>
      yargs
        .positional('name', { type: 'string', describe: 'What it does, in snake_case (e.g. backfill_post_slugs)', demandOption: true })
        .example('$0 migrate:new backfill_post_slugs', '') as never,
    handler: async (args) => {
      const { createMigration } = await import('../new-migration.js');
      done(await createMigration({ cwd: args.cwd, name: args.name, dryRun: args['dry-run'], verbose: args.verbose, output }));
    },
  };
}
