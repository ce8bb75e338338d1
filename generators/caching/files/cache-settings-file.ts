import { printSourceFile } from '../../../src/ast/project.js';
import { constant } from '../../../src/ast/structures.js';
import type { CachingOptions } from '../options.js';

/** cache-settings.ts: the options from kiln.json, as constants the cache is created with. */
export function cacheSettingsFile(options: CachingOptions, keyPrefix: string, changedByDeletes: readonly string[]): string {
  const generations =
    changedByDeletes.length === 0
      ? ''
      : `
          /** Collections whose rows the database changes when a row of another is deleted (onDelete cascade or setNull). */
          changedByDeletes: [${changedByDeletes.map((name) => `'${name}'`).join(', ')}],`;
  return printSourceFile({
    statements: [
      constant(
        'cacheSettings',
        `{
          ttlSeconds: ${options.ttlSeconds},
          /** The bound of the in-memory store (Redis is bounded by its own maxmemory). */
          maxEntries: ${options.maxEntries},
          /** Starts every key, so apps sharing one Redis keep apart. */
          keyPrefix: ${JSON.stringify(keyPrefix).replace(/"/g, "'")},${generations}
        } as const`,
        { exported: true, docs: ['The caching options of kiln.json (`features.caching`): change them there and run `gen`.'] },
      ),
    ],
  });
}
