import { KilnError, KilnErrors } from '../errors.js';
import type { Spec } from '../spec/schema.js';
import { joinPath } from '../spec/parse-json.js';
import type { Tree } from '../tree/tree.js';
import { renderBlueprint } from './blueprints.js';
import type { AnyGenerator, Clock, GeneratorContext } from './define.js';
import { generatorTree } from './generator-tree.js';

export interface RunSettings {
  spec: Spec;
  clock: Clock;
  flags: Readonly<Record<string, boolean>>;
  /** State each generator stored in the lock at the last generation; updated in place with the new state. */
  state: Record<string, unknown>;
  format(path: string, text: string): Promise<string>;
}

/** Runs generators in order against one tree. Any failure names the generator and leaves disk untouched. */
export async function runGenerators(generators: readonly AnyGenerator[], tree: Tree, settings: RunSettings): Promise<void> {
  const features = Object.keys(settings.spec.features).sort();
  for (const generator of generators) {
    const options = parseOptions(generator, settings.spec);
    const context: GeneratorContext = {
      spec: settings.spec,
      features,
      clock: settings.clock,
      flags: settings.flags,
      state: {
        previous: settings.state[generator.name],
        set: (value) => {
          settings.state[generator.name] = value;
        },
      },
      renderBlueprint: (path, data) => renderBlueprint(generator.name, path, data),
      format: settings.format,
    };
    try {
      await generator.generate(generatorTree(tree, generator.name), options, context);
    } catch (error) {
      throw attribute(error, generator.name);
    }
  }
}

function parseOptions(generator: AnyGenerator, spec: Spec): unknown {
  const block = generator.kind === 'feature' ? (spec.features[generator.name] ?? {}) : {};
  const parsed = generator.options.safeParse(block);
  if (parsed.success) return parsed.data;
  throw new KilnErrors(
    'spec/invalid-options',
    parsed.error.issues.map((issue) => ({
      path: joinPath(['features', generator.name, ...issue.path.map(String)]),
      message: issue.code === 'unrecognized_keys' ? `unknown option(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}` : issue.message,
    })),
  );
}

function attribute(error: unknown, generator: string): KilnError {
  if (error instanceof KilnError && error.code.startsWith('tree/')) {
    return new KilnError(error.code, `generator "${generator}": ${error.message}`, error.hint, error.exitCode);
  }
  if (error instanceof KilnError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const wrapped = new KilnError('generator/failed', `generator "${generator}" failed: ${message}`, 'this is a bug in the generator', 3);
  wrapped.cause = error;
  return wrapped;
}
