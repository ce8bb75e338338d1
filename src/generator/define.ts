import type { z } from 'zod';
import type { Spec } from '../spec/schema.js';
import type { GeneratorTree } from './generator-tree.js';

/** Injected so that migration names (the only time-dependent output) are reproducible in tests. */
export interface Clock {
  now(): Date;
}

/** Persistent, per-generator state kept in the lock file (e.g. the schema snapshot of the last migration). */
export interface GeneratorState<T = unknown> {
  /** What this generator stored at the last generation, if anything. */
  readonly previous: T | undefined;
  set(value: T): void;
}

export interface GeneratorContext {
  /** The validated spec, defaults applied. */
  readonly spec: Spec;
  /** Names of the features enabled in kiln.json. */
  readonly features: readonly string[];
  readonly clock: Clock;
  readonly state: GeneratorState;
  /** Flags the user passed that change what a generator may do (e.g. `--allow-destructive`). */
  readonly flags: Readonly<Record<string, boolean>>;
  /** Renders `blueprints/<generator>/<path>` (handlebars) with the given data. */
  renderBlueprint(path: string, data: object): string;
  /**
   * Formats text as the engine will format the file at `path` (prettier, the project's config). For a generator
   * that needs a file's final text before the engine's own pass, e.g. to record its checksum.
   */
  format(path: string, text: string): Promise<string>;
}

export type GeneratorKind =
  /** Runs on every generation (project scaffold, resources, migrations). */
  | 'core'
  /** Runs when enabled under `features` in kiln.json; its block is validated by `options`. */
  | 'feature';

/** The one public generator interface: built-in generators use exactly this, as a plugin would. */
export interface Generator<Options = unknown> {
  name: string;
  summary: string;
  kind: GeneratorKind;
  /** Validates the generator's block in kiln.json and documents its options. */
  options: z.ZodType<Options>;
  /** Generators that must run (and, for features, be enabled) before this one. */
  requires?: readonly string[];
  generate(tree: GeneratorTree, options: Options, context: GeneratorContext): void | Promise<void>;
}

/** A generator of any option type (method parameters are checked bivariantly, so every Generator<T> fits). */
export type AnyGenerator = Generator<unknown>;

/** Declares a generator; the options type is inferred from its zod schema. */
export function defineGenerator<Schema extends z.ZodType>(
  definition: Omit<Generator<z.output<Schema>>, 'options'> & { options: Schema },
): Generator<z.output<Schema>> {
  // A schema's output type is z.output<Schema> by definition; TypeScript cannot see through the generic.
  return definition as Generator<z.output<Schema>>;
}
