import { KilnErrors } from '../errors.js';
import { fieldSchema, type FieldSpec, type ModelSpec, type Spec } from '../spec/schema.js';
import { validateSpec } from '../spec/validate.js';

/**
 * The `spec.modelFields` extension point, declared by the engine rather than by a generator: before any generator
 * runs, features may add fields to models (soft-delete adds `deletedAt` to each). Every generator then sees them
 * as ordinary fields — the table types, the migration, the serializers and the repository all follow — while
 * kiln.json stays as the user wrote it, and disabling the feature removes them again.
 */
export const modelFieldsPoint = 'spec.modelFields';

export interface ModelFieldsPlan {
  readonly model: string;
  /** The model as the user declared it (read-only: contributions go into `fields`). */
  readonly spec: ModelSpec;
  /** Fields to add after the user's, keyed by name. */
  fields: Record<string, FieldSpec>;
}

/** One generator's contribution to the point, as the run calls it. */
export interface FieldContribution {
  generator: string;
  contribute(plan: ModelFieldsPlan): void;
}

/**
 * The spec every generator sees: the user's, plus the fields contributed per model, validated by the same rules
 * as kiln.json. A contribution that clashes with a field or breaks a rule is reported with the generator's name.
 */
export function withContributedFields(spec: Spec, contributions: readonly FieldContribution[]): Spec {
  if (contributions.length === 0) return spec;
  const contributor = new Map<string, string>();
  const clashes: { path: string; message: string; hint: string }[] = [];
  const models = Object.fromEntries(
    Object.entries(spec.models).map(([name, model]): [string, ModelSpec] => {
      const fields = { ...model.fields };
      for (const { generator, contribute } of contributions) {
        const plan: ModelFieldsPlan = { model: name, spec: model, fields: {} };
        contribute(plan);
        for (const [field, definition] of Object.entries(plan.fields)) {
          const path = `models.${name}.fields.${field}`;
          if (Object.hasOwn(fields, field)) {
            clashes.push({ path, message: `generator "${generator}" adds the field "${field}", which ${name} already has`, hint: `rename the field in kiln.json, or disable "${generator}"` });
            continue;
          }
          fields[field] = fieldSchema.parse(definition);
          contributor.set(path, generator);
        }
      }
      return [name, { ...model, fields }];
    }),
  );
  if (clashes.length > 0) throw new KilnErrors('plugin/field-clash', clashes);
  const extended = { ...spec, models };
  const problems = validateSpec(extended).flatMap((problem) => {
    const generator = [...contributor].find(([path]) => problem.path === path || problem.path.startsWith(`${path}.`))?.[1];
    return generator ? [{ ...problem, message: `(added by generator "${generator}") ${problem.message}` }] : [];
  });
  if (problems.length > 0) throw new KilnErrors('plugin/invalid-field', problems);
  return extended;
}
