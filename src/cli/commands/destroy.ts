import type { CommandModule } from 'yargs';
import type { Output } from '../report.js';
import type { ExitCodeValue } from '../../errors.js';

export interface DestroyArgs {
  cwd: string;
  'dry-run': boolean;
  verbose: boolean;
  'allow-destructive': boolean;
  kind: 'resource';
  name: string;
}

export function destroyCommand(output: Output, done: (code: ExitCodeValue) => void): CommandModule<object, DestroyArgs> {
  return {
    command: 'destroy <kind> <name>',
    describe: 'Remove a model from kiln.json with its generated files and route registration (writes a migration that drops its table)',
    builder: (yargs) =>
      yargs
        .positional('kind', { choices: ['resource'] as const, describe: 'What to remove', demandOption: true })
        .positional('name', { type: 'string', describe: 'Model name, e.g. Post', demandOption: true })
        .option('allow-destructive', { type: 'boolean', default: false, describe: 'Confirm dropping the table and its data' }) as never,
    handler: async (args) => {
      const [{ generate }, { applyGeneration, cliClock }, { findProjectRoot }, { readSpecText, parseSpec }, { removeModel }, { KilnError }, { didYouMean }] = await Promise.all([
        import('../../engine/generate.js'),
        import('../apply.js'),
        import('../project-root.js'),
        import('../../spec/load.js'),
        import('../../spec/edit.js'),
        import('../../errors.js'),
        import('../../spec/suggest.js'),
      ]);
      const root = findProjectRoot(args.cwd);
      const text = readSpecText(root);
      const spec = parseSpec(text);
      const models = Object.keys(spec.models);
      if (!models.includes(args.name)) {
        throw new KilnError('cli/unknown-model', `there is no model "${args.name}" in kiln.json.${didYouMean(args.name, models)}`, `models: ${models.join(', ') || '(none)'}`);
      }
      // Relations of other models that point to this one would be left dangling: the user decides what replaces them.
      const pointing = Object.entries(spec.models).flatMap(([owner, model]) =>
        owner === args.name ? [] : Object.entries(model.relations ?? {}).filter(([, relation]) => relation.model === args.name).map(([name]) => `models.${owner}.relations.${name}`),
      );
      if (pointing.length > 0) {
        throw new KilnError('cli/model-referenced', `"${args.name}" is still the target of ${pointing.join(', ')}`, `remove ${pointing.length === 1 ? 'that relation' : 'those relations'} from kiln.json first, then run gen destroy resource ${args.name} again`);
      }
      const generation = await generate({ root, specText: removeModel(text, args.name), clock: cliClock(), allowDestructive: args['allow-destructive'] });
      done(applyGeneration(generation, { root, dryRun: args['dry-run'], verbose: args.verbose, output }));
    },
  };
}
