import { KilnError } from '../errors.js';
import { didYouMean } from '../spec/suggest.js';
import type { Spec } from '../spec/schema.js';
import type { AnyGenerator } from './define.js';

/**
 * Picks the generators a spec needs (every core generator, plus the features it enables) and orders them so
 * that each runs after everything it requires (and after what it declares it runs `after`, when that runs too). Ties keep core before features, then alphabetical order, so
 * the plan (and therefore the output) is deterministic.
 */
export function planGenerators(available: readonly AnyGenerator[], spec: Spec): AnyGenerator[] {
  const byName = new Map(available.map((generator) => [generator.name, generator]));
  const features = available.filter((generator) => generator.kind === 'feature').map((generator) => generator.name);
  for (const name of Object.keys(spec.features)) {
    const generator = byName.get(name);
    if (!generator || generator.kind !== 'feature') {
      throw new KilnError(
        'spec/unknown-feature',
        `features.${name}: unknown feature "${name}".${didYouMean(name, features)}`,
        features.length > 0 ? `available features: ${features.join(', ')}` : 'no features are installed',
      );
    }
  }
  const selected = available.filter((generator) => generator.kind === 'core' || name(generator) in spec.features);
  for (const generator of selected) {
    for (const required of generator.requires ?? []) {
      const dependency = byName.get(required);
      if (!dependency) {
        throw new KilnError('generator/missing-dependency', `generator "${generator.name}" requires "${required}", which is not installed`);
      }
      if (dependency.kind === 'feature' && !(required in spec.features)) {
        throw new KilnError(
          'spec/missing-feature',
          `features.${generator.name}: the "${generator.name}" feature requires the "${required}" feature`,
          `enable it first: gen feature ${required}`,
        );
      }
    }
  }
  return topologicalOrder(selected);
}

const name = (generator: AnyGenerator) => generator.name;

function topologicalOrder(selected: AnyGenerator[]): AnyGenerator[] {
  const rank = (generator: AnyGenerator) => `${generator.kind === 'core' ? 0 : 1}:${generator.name}`;
  const pending = [...selected].sort((a, b) => (rank(a) < rank(b) ? -1 : 1));
  const ordered: AnyGenerator[] = [];
  const done = new Set<string>();
  while (pending.length > 0) {
    const index = pending.findIndex((generator) =>
      [...(generator.requires ?? []), ...(generator.after ?? [])].every((name) => done.has(name) || !pending.some((other) => other.name === name)),
    );
    if (index === -1) {
      throw new KilnError('generator/cycle', `generators require each other in a cycle: ${pending.map(name).join(' → ')}`);
    }
    const [next] = pending.splice(index, 1);
    if (next) {
      ordered.push(next);
      done.add(next.name);
    }
  }
  return ordered;
}
