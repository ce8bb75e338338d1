import { createHash } from 'node:crypto';
import type { Drift } from '../check/drift.js';
import type { FileSource } from '../tree/tree.js';
import { migrationFileNames, migrationsDir, migrationsSum } from './layout.js';

/**
 * migrations.sum, after Atlas's atlas.sum: a line per migration file with the sha256 of its text, headed by a hash
 * of those lines. `gen check` compares it with the files, so a migration edited, deleted or renamed after it was
 * recorded (and so perhaps applied somewhere) is caught; two branches that each add a migration both change the
 * head line, which git reports as a conflict.
 */
export function migrationSum(migrations: readonly { name: string; text: string }[]): string {
  const lines = [...migrations].sort((a, b) => (a.name < b.name ? -1 : 1)).map(({ name, text }) => `${name} ${h1(text)}`);
  return [h1(lines.join('\n')), ...lines, ''].join('\n');
}

/** How the migrations on disk differ from what migrations.sum recorded (nothing when there is no sum yet). */
export function verifyMigrationChecksums(source: FileSource): Drift[] {
  const text = source.read(migrationsSum);
  if (text === undefined) return [];
  const [head = '', ...lines] = text.trimEnd().split('\n');
  const drift: Drift[] = [];
  const edited = (path: string, message: string) => drift.push({ kind: 'migration-edited', path, message });
  if (head !== h1(lines.join('\n'))) {
    edited(migrationsSum, 'does not add up: it was edited or merged by hand (check the migrations it lists, then run gen to rewrite it)');
  }
  const recorded = new Map(lines.map((line) => line.split(' ') as [string, string]));
  for (const [name, hash] of recorded) {
    const current = source.read(`${migrationsDir}/${name}`);
    if (current === undefined) {
      edited(`${migrationsDir}/${name}`, 'was deleted or renamed after migrations.sum recorded it: databases that applied it no longer match the files (restore it)');
    } else if (h1(current) !== hash) {
      edited(`${migrationsDir}/${name}`, 'was edited after migrations.sum recorded it: databases that applied it will not see the change (undo the edit and write a new migration, or run gen to accept it)');
    }
  }
  const newest = [...recorded.keys()].sort().at(-1);
  for (const name of migrationFileNames(source.list())) {
    if (!recorded.has(name) && newest !== undefined && name < newest) {
      edited(`${migrationsDir}/${name}`, `sorts before ${newest}, which migrations.sum already recorded: it would run out of order (give it a later timestamp)`);
    }
  }
  return drift;
}

/** `h1:` and the base64 sha256, the notation of atlas.sum. */
const h1 = (text: string) => `h1:${createHash('sha256').update(text).digest('base64')}`;
