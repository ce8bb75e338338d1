import type { Dialect } from '../../src/dialect/index.js';
import type { ModelView } from '../../src/spec/columns.js';

/**
 * What a resource's repository hides and how it deletes: the `resource.repository` extension point. A feature
 * changes data access here for every model at once (soft-delete hides deleted rows and turns DELETE into an
 * UPDATE), instead of editing the printed repositories afterwards.
 */
export interface ResourceRepositoryPlan {
  readonly model: ModelView;
  /** The current time as the model's datetime columns store it (an expression), for `deleteSets`. */
  readonly now: string;
  /**
   * Arguments of a kysely `.where(…)` that every query for existing rows applies — the list and its total, find,
   * update and delete — e.g. `'deleted_at', 'is', null`. A row they exclude is treated as missing (404).
   */
  visibleWhere: string[];
  /** When set, DELETE sets these columns (column → expression) instead of removing the row: a soft delete. */
  deleteSets?: Record<string, string>;
}

export const repositoryPoint = 'resource.repository';

export function defaultRepositoryPlan(model: ModelView, dialect: Dialect): ResourceRepositoryPlan {
  return { model, now: dialect.now, visibleWhere: [] };
}
