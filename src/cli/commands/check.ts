import type { CommandModule } from 'yargs';
import type { Output } from '../report.js';
import type { ExitCodeValue } from '../../errors.js';
import { checkFormats, type CheckFormat } from '../../check/formats.js';

export interface CheckArgs {
  cwd: string;
  format: CheckFormat;
  full: boolean;
  db?: string;
}

export function checkCommand(output: Output, done: (code: ExitCodeValue) => void): CommandModule<object, CheckArgs> {
  return {
    command: 'check',
    describe: 'Fail (exit 1) when gen would change anything (outdated files, pending or edited migrations, conflicts, formatting) or, with --db, the database differs from kiln.json',
    builder: (yargs) =>
      yargs
        .option('format', { choices: checkFormats, default: 'text' as const, describe: 'Output for people, tools or GitHub Actions' })
        .option('full', { type: 'boolean', default: false, describe: 'Regenerate everything, skipping no cached work' })
        .option('db', { type: 'string', describe: 'Also compare this database (URL, or SQLite file) with kiln.json and the migrations' }) as never,
    handler: async (args) => {
      const { checkProject } = await import('../../check/check.js');
      const { reportDrift } = await import('../../check/report.js');
      const { findProjectRoot } = await import('../project-root.js');
      const database = args.db === undefined ? {} : { database: { url: args.db, cwd: args.cwd } };
      const drift = await checkProject(findProjectRoot(args.cwd), { full: args.full, ...database });
      reportDrift(output, drift, args.format);
      done(drift.length === 0 ? 0 : 1);
    },
  };
}
