import type { CommandModule } from 'yargs';
import type { Output } from '../report.js';
import type { ExitCodeValue } from '../../errors.js';

export interface FeatureArgs {
  cwd: string;
  'dry-run': boolean;
  verbose: boolean;
  'allow-destructive': boolean;
  name: string;
  feature?: string;
}

/**
 * `gen feature <name>` enables a feature (its block in kiln.json, with the defaults of its options schema) and
 * regenerates; `gen feature remove <name>` takes it out again. Running either twice changes nothing.
 */
export function featureCommand(output: Output, done: (code: ExitCodeValue) => void): CommandModule<object, FeatureArgs> {
  return {
    command: 'feature <name> [feature]',
    describe: 'Enable a feature (jwt-auth, caching, …) and regenerate; `gen feature remove <name>` disables it',
    builder: (yargs) =>
      yargs
        .positional('name', { type: 'string', describe: 'Feature to enable, or "remove"', demandOption: true })
        .positional('feature', { type: 'string', describe: 'With "remove": the feature to disable' })
        .option('allow-destructive', { type: 'boolean', default: false, describe: 'Allow migrations that drop tables or columns' }) as never,
    handler: async (args) => {
      const [{ generate }, { applyGeneration, cliClock }, { findProjectRoot }, { readSpecText, parseSpec }, { setInSpec }, { KilnError }, { didYouMean }, { discoverGenerators }] =
        await Promise.all([
          import('../../engine/generate.js'),
          import('../apply.js'),
          import('../project-root.js'),
          import('../../spec/load.js'),
          import('../../spec/edit.js'),
          import('../../errors.js'),
          import('../../spec/suggest.js'),
          import('../../generator/discover.js'),
        ]);
      const root = findProjectRoot(args.cwd);
      const text = readSpecText(root);
      const spec = parseSpec(text);
      const enabled = Object.keys(spec.features);
      const removing = args.name === 'remove';
      const name = removing ? args.feature : args.name;
      const features = (await discoverGenerators(root, spec.plugins)).map((entry) => entry.generator).filter((generator) => generator.kind === 'feature');
      const available = features.map((generator) => generator.name);
      if (!name) throw new KilnError('cli/usage', 'gen feature remove needs the name of the feature to remove', `enabled: ${enabled.join(', ') || '(none)'}`);
      if (!available.includes(name)) {
        throw new KilnError('cli/unknown-feature', `unknown feature "${name}".${didYouMean(name, available)}`, `available: ${available.join(', ') || '(none)'}`);
      }
      // Another enabled feature built on this one would stop working: name it, rather than the engine's generic refusal.
      const dependents = features.filter((generator) => enabled.includes(generator.name) && generator.name !== name && (generator.requires ?? []).includes(name));
      if (removing && enabled.includes(name) && dependents.length > 0) {
        const names = dependents.map((generator) => generator.name);
        throw new KilnError('cli/feature-required', `cannot remove "${name}": ${names.map((dependent) => `"${dependent}"`).join(', ')} ${names.length === 1 ? 'requires' : 'require'} it`, `remove ${names.length === 1 ? 'it' : 'them'} first: ${names.map((dependent) => `gen feature remove ${dependent}`).join(' && ')}`);
      }
      let specText = text;
      if (removing && enabled.includes(name)) specText = setInSpec(text, ['features', name], undefined);
      if (!removing && !enabled.includes(name)) specText = setInSpec(text, ['features', name], {});
      const generation = await generate({ root, specText, clock: cliClock(), allowDestructive: args['allow-destructive'] });
      done(applyGeneration(generation, { root, dryRun: args['dry-run'], verbose: args.verbose, output }));
    },
  };
}
