import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { KilnError } from '../errors.js';
import { builtinGeneratorsDir, isCompiled, packageRoot } from '../package-root.js';
import type { AnyGenerator } from './define.js';

export interface RegisteredGenerator {
  generator: AnyGenerator;
  /** Where it was loaded from, for `gen list` and error messages. */
  source: string;
  /** Where its own handlebars blueprints live (a project's blueprints/<generator>/ overrides them). */
  blueprintsDir: string;
}

/**
 * Discovers generators by folder: every `generators/<name>/index` default-exports one definition. The engine
 * never names a generator; adding a folder adds a generator.
 */
export async function loadBuiltinGenerators(dir = builtinGeneratorsDir): Promise<RegisteredGenerator[]> {
  const extension = isCompiled ? 'js' : 'ts';
  const folders = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, `index.${extension}`)))
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    folders.map(async (folder) => {
      const file = join(dir, folder, `index.${extension}`);
      const module = (await import(pathToFileURL(file).href)) as { default?: AnyGenerator };
      return { generator: checkGenerator(module.default, file), source: 'built-in', blueprintsDir: join(packageRoot, 'blueprints') };
    }),
  );
}

/** A generator module that does not export a usable definition gets an error naming the module. */
export function checkGenerator(candidate: unknown, label: string): AnyGenerator {
  const generator = candidate as Partial<AnyGenerator> | undefined;
  const missing = ['name', 'summary', 'kind', 'options', 'generate'].filter(
    (key) => generator?.[key as keyof AnyGenerator] === undefined,
  );
  if (!generator || missing.length > 0) {
    throw new KilnError(
      'generator/invalid',
      `${label} does not default-export a generator (missing: ${missing.join(', ')})`,
      'export default defineGenerator({ name, summary, kind, options, generate })',
    );
  }
  if (typeof (generator.options as { safeParse?: unknown }).safeParse !== 'function') {
    throw new KilnError('generator/invalid', `generator "${generator.name}" (${label}): options must be a zod schema`, 'options: z.strictObject({ … })');
  }
  if (typeof generator.generate !== 'function') {
    throw new KilnError('generator/invalid', `generator "${generator.name}" (${label}): generate is not a function`);
  }
  return generator as AnyGenerator;
}
