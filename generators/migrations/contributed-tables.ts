import { KilnError } from '../../src/errors.js';
import type { TableSnapshot } from '../../src/migrate/snapshot.js';
import { modelViews } from '../../src/spec/columns.js';
import type { Spec } from '../../src/spec/schema.js';

/**
 * The `migrations.tables` extension point: a feature adds tables of its own (a users table, say), keyed by table
 * name, in the same snapshot form the spec's models take. They are diffed and migrated like models: created when
 * the feature is enabled, dropped (with --allow-destructive) when it is removed.
 */
export const tablesPoint = 'migrations.tables';

export type ContributedTables = Record<string, TableSnapshot>;

export function collectTables(spec: Spec, contributions: ((tables: ContributedTables) => void)[]): ContributedTables {
  const tables: ContributedTables = {};
  for (const contribute of contributions) contribute(tables);
  for (const model of modelViews(spec)) {
    if (model.names.table in tables) {
      throw new KilnError(
        'spec/table-clash',
        `models.${model.name}: its table "${model.names.table}" is also created by ${tables[model.names.table]?.model ?? 'a feature'}`,
        `give the model another table name, e.g. "table": "${model.names.table.replace(/s$/, '')}_profiles"`,
      );
    }
  }
  return tables;
}
