import { KilnErrors } from '../errors.js';
import { modelViews, type ModelView } from './columns.js';
import type { Spec } from './schema.js';
import { didYouMean } from './suggest.js';

/**
 * The models a feature applies to: those its `models` option names, or every model. An unknown name is an error
 * naming its path in kiln.json.
 */
export function selectedModels(spec: Spec, feature: string, names: readonly string[] | undefined): ModelView[] {
  const models = modelViews(spec);
  if (names === undefined) return models;
  const known = models.map((model) => model.name);
  const unknown = names.flatMap((name, index) => (known.includes(name) ? [] : [{ name, index }]));
  if (unknown.length > 0) {
    throw new KilnErrors(
      'spec/invalid-options',
      unknown.map(({ name, index }) => ({
        path: `features.${feature}.models[${index}]`,
        message: `unknown model "${name}".${didYouMean(name, known)}`,
        hint: `models: ${known.join(', ') || '(none)'}`,
      })),
    );
  }
  return models.filter((model) => names.includes(model.name));
}
