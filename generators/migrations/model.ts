import { tableOf, type Operation } from '../../src/migrate/operations.js';

/** A short name saying what a migration does: `create_posts`, `update_posts`, `index_posts`, `create_posts_and_tags`. */
export function migrationSlug(operations: readonly Operation[]): string {
  const tables = [...new Set(operations.map(tableOf))];
  const only = (...kinds: Operation['kind'][]) => operations.every((operation) => kinds.includes(operation.kind));
  const verb = only('createIndex') ? 'index' : only('createTable', 'createIndex') ? 'create' : only('dropTable') ? 'drop' : 'update';
  if (tables.length <= 2) return `${verb}_${tables.join('_and_')}`;
  return `${verb}_${tables.length}_tables`;
}
