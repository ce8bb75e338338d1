import { tableOf, type Operation } from '../../src/migrate/operations.js';

/** A short name saying what a migration does: `create_posts`, `update_posts`, `index_posts`, `create_posts_and_tags`. */
export function migrationSlug(operations: readonly Operation[]): string {
  const tables = [...new Set(operations.map(tableOf))];
  const only = (...kinds: Operation['kind'][]) => operations.every((operation) => kinds.includes(operation.kind));
  const created = new Set(operations.flatMap((operation) => (operation.kind === 'createTable' ? [operation.table] : [])));
  // MySQL adds a new table's foreign keys after its indexes: still part of creating it.
  const creates = operations.every((operation) => operation.kind === 'createTable' || operation.kind === 'createIndex' || (operation.kind === 'addForeignKey' && created.has(operation.table)));
  const droppedTables = new Set(operations.flatMap((operation) => (operation.kind === 'dropTable' ? [operation.table] : [])));
  // A dropped table's keys and indexes go one by one first (so a rollback recreates them): still part of dropping it.
  const drops = droppedTables.size > 0 && operations.every((operation) => droppedTables.has(tableOf(operation)) && ['dropTable', 'dropIndex', 'dropForeignKey'].includes(operation.kind));
  const verb = only('createIndex') ? 'index' : creates ? 'create' : drops ? 'drop' : 'update';
  if (tables.length <= 2) return `${verb}_${tables.join('_and_')}`;
  return `${verb}_${tables.length}_tables`;
}
