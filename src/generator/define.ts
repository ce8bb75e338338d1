import type { z } from 'zod';
import type { ModelView } from '../spec/columns.js';
import type { Spec } from '../spec/schema.js';
import type { GeneratorTree, ModelTree } from './generator-tree.js';

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
   * The contributions of every generator in this run to an extension point this generator declares, in plan order.
   * The generator calls each with the value it lets others change (e.g. the plan of a resource's routes).
   */
  extensions<Target>(point: string): ((target: Target) => void)[];
  /**
   * Formats text as the engine will format the file at `path` (prettier, the project's config). For a generator
   * that needs a file's final text before the engine's own pass, e.g. to record its checksum.
   */
  format(path: string, text: string): Promise<string>;
}

/** A contribution to another generator's extension point, called with this generator's own options. */
export type Extension<Options> = {
  // Method syntax: checked bivariantly, so an extension may declare the precise target type of its point.
  bivariance(target: never, options: Options, context: GeneratorContext): void;
}['bivariance'];

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
  /**
   * Generators this one runs after when they run too, without requiring them: its extensions then see what theirs
   * contributed (caching runs after jwt-auth, so it knows which reads are scoped to a user).
   */
  after?: readonly string[];
  /**
   * Output for one model, cached per model: it runs again only when that model's spec, the dialect, the spec's
   * defaults, the enabled features or this generator's options change. It may only write generated files, and
   * its output may depend on nothing else. Runs for every model before `generate`.
   */
  generateModel?(tree: ModelTree, model: ModelView, options: Options, context: GeneratorContext): void | Promise<void>;
  generate(tree: GeneratorTree, options: Options, context: GeneratorContext): void | Promise<void>;
  /**
   * Contributions to extension points other generators declare, keyed by point name (e.g. `resource.routes`). A
   * feature changes another generator's output at the source this way, never by editing its files afterwards.
   */
  extend?: Readonly<Record<string, Extension<Options>>>;
  /**
   * Runs once, instead of `generate`, when a feature enabled at the last generation (per the lock) is no longer
   * enabled: undoes its edits of files the user owns (a route registration, a script). The files it generated are
   * deleted by the engine like any other output nobody produces any more, and its extensions simply stop applying.
   */
  remove?(tree: GeneratorTree, context: GeneratorContext): void | Promise<void>;
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
