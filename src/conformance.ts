import { format, getFileInfo } from 'prettier';
import { z } from 'zod';
import type { AnyGenerator } from './generator/define.js';
import { KilnError } from './errors.js';
import { loadBuiltinGenerators } from './generator/registry.js';
import { generateInMemory } from './testing.js';

/**
 * The checks every generator must pass, built-in or third-party. Each returns a list of failures (empty when the
 * generator conforms) so a test can assert on them and print them all at once.
 */
export interface ConformanceSubject {
  generator: AnyGenerator;
  /** The generators to run with it (its requirements); defaults to the built-ins plus this one. */
  generators?: readonly AnyGenerator[];
  /** A spec that makes the generator run (a feature must be enabled in it). */
  spec: object;
}

export async function checkConformance(input: ConformanceSubject): Promise<string[]> {
  const builtins = (await loadBuiltinGenerators()).map((entry) => entry.generator).filter((builtin) => builtin.name !== input.generator.name);
  const subject = { ...input, generators: input.generators ?? [...builtins, input.generator] };
  const failures: string[] = [];
  const first = await generateInMemory(subject.spec, { generators: subject.generators });
  const own = first.generation.changes.filter((change) => change.origin?.generator === subject.generator.name && change.after !== undefined);
  if (own.length === 0) failures.push('wrote no files for a spec that enables it');

  const second = await generateInMemory(subject.spec, { generators: subject.generators, files: first.files });
  for (const change of second.generation.changes) {
    if (change.type !== 'identical') failures.push(`second run changed ${change.path} (${change.type})`);
  }

  // The generated project's own prettier config (.prettierrc.json).
  const config = { singleQuote: true, printWidth: 110 };
  for (const change of own) {
    const { inferredParser } = await getFileInfo(change.path, { resolveConfig: false });
    if (inferredParser && (await format(change.after ?? '', { ...config, filepath: change.path })) !== change.after) {
      failures.push(`${change.path} is not formatted`);
    }
    if (change.path.startsWith('/') || change.path.split('/').includes('..')) failures.push(`${change.path} leaves the project root`);
  }

  if (subject.generator.kind === 'feature') {
    const bogus = { ...subject.spec, features: { ...(subject.spec as { features?: object }).features, [subject.generator.name]: { notAnOption: true } } };
    try {
      await generateInMemory(bogus, { generators: subject.generators });
      failures.push('accepted an unknown option');
    } catch (error) {
      if (!(error instanceof KilnError) || !error.message.includes('notAnOption')) failures.push(`rejected an unknown option without naming it: ${String(error)}`);
    }
  }
  return failures;
}

/** A generator's options schema must be a zod object, so its block in kiln.json can be documented and checked. */
export const hasObjectOptions = (generator: AnyGenerator): boolean => generator.options instanceof z.ZodObject;
