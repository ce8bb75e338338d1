import { KilnError, KilnErrors } from '../errors.js';
import type { Spec } from '../spec/schema.js';
import { joinPath } from '../spec/parse-json.js';
import type { Tree } from '../tree/tree.js';
import { blueprintOverridePath, renderBlueprint } from './blueprints.js';
import { builtinBlueprintsDir } from './discover.js';
import type { AnyGenerator, Clock, GeneratorContext } from './define.js';
import { generatorTree } from './generator-tree.js';
import { replayable, type UnitCache } from './unit-cache.js';
import { hashText } from '../lock/lock.js';
import { toolkitVersion } from '../package-root.js';
import { modelViews } from '../spec/columns.js';
import { relatedModels } from '../spec/relations.js';
import { modelFieldsPoint, withContributedFields, type ModelFieldsPlan } from './model-fields.js';

export interface RunSettings {
  spec: Spec;
  clock: Clock;
  flags: Readonly<Record<string, boolean>>;
  /** State each generator stored in the lock at the last generation; updated in place with the new state. */
  state: Record<string, unknown>;
  /** Per-model output from the last generation that may be replayed instead of generated. */
  units?: UnitCache;
  /** Features enabled at the last generation and disabled since: their `remove` runs before the generators. */
  removed?: readonly AnyGenerator[];
  /** Where each generator's own blueprints live (defaults to the toolkit's blueprints folder). */
  blueprintsDirs?: ReadonlyMap<string, string>;
  /** Formats text as the engine will (for generators that need a file's final text early). */
  format(path: string, text: string): Promise<string>;
}

/** Runs generators in order against one tree. Any failure names the generator and leaves disk untouched. */
export async function runGenerators(generators: readonly AnyGenerator[], tree: Tree, settings: RunSettings): Promise<void> {
  const features = Object.keys(settings.spec.features).sort();
  const optionsOf = new Map(generators.map((generator) => [generator, parseOptions(generator, settings.spec)]));
  const contexts = new Map<AnyGenerator, GeneratorContext>();
  // Replaced by the spec with contributed fields before any generator runs; contributors see the user's.
  let spec = settings.spec;
  const contextOf = (generator: AnyGenerator): GeneratorContext => {
    const existing = contexts.get(generator);
    if (existing) return existing;
    const context: GeneratorContext = {
      get spec() {
        return spec;
      },
      features,
      clock: settings.clock,
      flags: settings.flags,
      state: {
        previous: settings.state[generator.name],
        set: (value) => {
          settings.state[generator.name] = value;
        },
      },
      renderBlueprint: (path, data) =>
        renderBlueprint(
          {
            generator: generator.name,
            path,
            dir: settings.blueprintsDirs?.get(generator.name) ?? builtinBlueprintsDir,
            override: tree.read(blueprintOverridePath(generator.name, path)),
          },
          data,
        ),
      format: settings.format,
      extensions: <Target>(point: string) =>
        generators.flatMap((extender) => {
          const extension = extender.extend?.[point];
          return extension ? [(target: Target) => extension(target as never, optionsOf.get(extender), contextOf(extender))] : [];
        }),
    };
    contexts.set(generator, context);
    return context;
  };
  spec = withContributedFields(
    spec,
    generators.flatMap((generator) => {
      const extension = generator.extend?.[modelFieldsPoint];
      return extension ? [{ generator: generator.name, contribute: (plan: ModelFieldsPlan) => extension(plan as never, optionsOf.get(generator), contextOf(generator)) }] : [];
    }),
  );
  const planned = generators.map((generator) => generator.name);
  for (const generator of settings.removed ?? []) {
    try {
      await generator.remove?.(generatorTree(tree, generator.name), contextOf(generator));
    } catch (error) {
      throw attribute(error, generator.name);
    }
  }
  for (const generator of generators) {
    const options = optionsOf.get(generator);
    const context = contextOf(generator);
    try {
      if (generator.generateModel) await runPerModel(generator, tree, options, context, settings.units, planned);
      await generator.generate(generatorTree(tree, generator.name), options, context);
    } catch (error) {
      throw attribute(error, generator.name);
    }
  }
}

async function runPerModel(
  generator: AnyGenerator,
  tree: Tree,
  options: unknown,
  context: GeneratorContext,
  cache: UnitCache | undefined,
  planned: readonly string[],
): Promise<void> {
  const { spec } = context;
  // Extensions from other generators change per-model output too, so which generators run is part of the input.
  const defaults = { database: spec.database, id: spec.id, timestamps: spec.timestamps, features: spec.features, generators: planned };
  for (const model of modelViews(spec)) {
    const key = `${generator.name}:${model.name}`;
    // Relations make a model's output depend on the models it is connected to as well.
    const related = relatedModels(spec, model.name).map((name) => [name, spec.models[name]]);
    const input = hashText(JSON.stringify({ toolkit: toolkitVersion(), generator: generator.name, options, model: model.name, spec: model.spec, ...(related.length > 0 ? { related } : {}), defaults }));
    const origin = { generator: generator.name, kind: 'generated' } as const;
    const replay = cache && replayable(cache, key, input);
    const files: string[] = [];
    if (replay) {
      for (const file of replay) {
        tree.write(file.path, file.text, origin);
        files.push(file.path);
      }
    } else {
      const recording = generatorTree(tree, generator.name);
      await generator.generateModel?.(
        {
          read: recording.read,
          exists: recording.exists,
          write: (path, content) => {
            recording.write(path, content);
            files.push(path);
          },
        },
        model,
        options,
        context,
      );
    }
    if (cache) cache.next[key] = { input, files: files.sort() };
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
