import { migrationFilePattern } from '../../src/migrate/layout.js';
import { tableOf, type Operation } from '../../src/migrate/operations.js';

/** The timestamp part of a migration name; never earlier than (or equal to) the newest existing one. */
export function migrationTimestamp(now: Date, existing: readonly string[]): string {
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
  const latest = existing.map((name) => migrationFilePattern.exec(name)?.[1] ?? '').sort().at(-1);
  if (!latest || stamp > latest) return stamp;
  // Two migrations in the same second (or a clock behind the last one): keep creation order.
  return String(BigInt(latest) + 1n);
}

/** A short name saying what a migration does: `create_posts`, `update_posts`, `index_posts`, `create_posts_and_tags`. */
export function migrationSlug(operations: readonly Operation[]): string {
  const tables = [...new Set(operations.map(tableOf))];
  const only = (...kinds: Operation['kind'][]) => operations.every((operation) => kinds.includes(operation.kind));
  const verb = only('createIndex') ? 'index' : only('createTable', 'createIndex') ? 'create' : only('dropTable') ? 'drop' : 'update';
  if (tables.length <= 2) return `${verb}_${tables.join('_and_')}`;
  return `${verb}_${tables.length}_tables`;
}
