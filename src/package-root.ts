import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The toolkit's own root (where package.json, blueprints/ and kiln.schema.json live), from source or dist. */
export const packageRoot: string = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('kiln: cannot find the toolkit package.json');
    dir = parent;
  }
  return dir;
})();

/** True when running the compiled toolkit (dist/), false when running its TypeScript sources (tests, tsx). */
export const isCompiled: boolean = import.meta.url.endsWith('.js');

/** Where the built-in generators live for the code that is running. */
export const builtinGeneratorsDir: string = join(packageRoot, isCompiled ? 'dist/generators' : 'generators');

let version: string | undefined;

/**
 * The toolkit's version, recorded in the lock and part of every cache key (a new version may generate differently).
 * A compiled toolkit adds its build fingerprint (dist/build-id.json), so two builds of one version never share a
 * cache: what matters is the code that generates, not the number in package.json.
 */
export function toolkitVersion(): string {
  version ??= `${(JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version}${buildId()}`;
  return version;
}

function buildId(): string {
  if (!isCompiled) return '';
  try {
    return `+${(JSON.parse(readFileSync(join(packageRoot, 'dist/build-id.json'), 'utf8')) as { id: string }).id}`;
  } catch {
    return '';
  }
}
