import type { CommandModule } from 'yargs';
import type { Output } from '../report.js';
import type { ExitCodeValue } from '../../errors.js';

export interface ResourceArgs {
  cwd: string;
  'dry-run': boolean;
  verbose: boolean;
  'allow-destructive': boolean;
  name: string;
  fields: string[];
}

export function resourceCommand(output: Output, done: (code: ExitCodeValue) => void): CommandModule<object, ResourceArgs> {
  return {
    command: 'resource <name> [fields..]',
    describe: 'Add or update a model in kiln.json and generate its table, migration, serializers, repository, routes and tests',
    builder: (yargs) =>
      yargs
        .positional('name', { type: 'string', describe: 'Model name, PascalCase (e.g. Post)', demandOption: true })
        .positional('fields', { type: 'string', array: true, default: [], describe: 'name:type[?][=default] (e.g. title:string body:text?)' })
        .option('allow-destructive', { type: 'boolean', default: false, describe: 'Allow migrations that drop tables or columns' })
        .example('$0 resource Post title:string body:text? published:boolean=false', '')
        .example('$0 resource User email:string:unique role:enum(admin,member)=member', '') as never,
    handler: async (args) => {
      const [{ generate }, { applyGeneration, cliClock }, { findProjectRoot }, { readSpecText }, { upsertModel }, { parseFieldShorthand }, { validateModelName }, { KilnError }] =
        await Promise.all([
          import('../../engine/generate.js'),
          import('../apply.js'),
          import('../project-root.js'),
          import('../../spec/load.js'),
          import('../../spec/edit.js'),
          import('../../spec/shorthand.js'),
          import('../../spec/validate.js'),
          import('../../errors.js'),
        ]);
      const [problem] = validateModelName(args.name, args.name);
      if (problem) throw new KilnError('cli/bad-model', problem.message, problem.hint);
      const fields = args.fields.map(parseFieldShorthand);
      const root = findProjectRoot(args.cwd);
      const specText = upsertModel(readSpecText(root), args.name, fields);
      const generation = await generate({ root, specText, clock: cliClock(), allowDestructive: args['allow-destructive'] });
      const code = applyGeneration(generation, { root, dryRun: args['dry-run'], verbose: args.verbose, output });
      if (!args['dry-run'] && generation.changes.some((change) => change.path.startsWith('src/db/migrations/') && change.type === 'create')) {
        output.out('\nNext: npm run db:migrate');
      }
      done(code);
    },
  };
}
