import type { ModelView } from '../../src/spec/columns.js';
import type { ResourceNames } from './model.js';

export const actions = ['list', 'get', 'create', 'update', 'delete'] as const;
export type Action = (typeof actions)[number];

/** Named and type-only imports by module, as `importsOf` takes them. */
export type ImportMap = Record<string, { names?: string[]; types?: string[] }>;

/**
 * The shape of a resource's routes module before it is printed: the `resource.routes` extension point. Other
 * generators (features, plugins) change it here — add a middleware to an action, a statement after each write, a
 * wrapper around reads — instead of editing the printed file afterwards.
 *
 * Names in scope for statements and expressions: `deps` (AppDependencies), the repository (`names.collection`),
 * `c` (the hono context) in handlers, `id` in get/update/delete, `query` in list, `input` in create/update, and
 * the written record (`names.instance`) after create and update.
 */
export interface ResourceRoutesPlan {
  readonly model: ModelView;
  readonly names: ResourceNames;
  imports: ImportMap;
  /** Type argument of the routes' Hono instance (its Env), when an extension adds context variables. */
  env?: string;
  /** Statements at the start of the routes factory, after the repository is created. */
  setup: string[];
  /** Middleware expressions per action, in the order they run. */
  middleware: Record<Action, string[]>;
  /** The expression that reads a page (`query` in scope) and one record (`id` in scope). */
  read: { list: string; get: string };
  /** Statements after a successful write: create/update have the record in scope, delete has `id`. */
  afterWrite: Record<'create' | 'update' | 'delete', string[]>;
}

export const routesPoint = 'resource.routes';

export function defaultRoutesPlan(model: ModelView, names: ResourceNames): ResourceRoutesPlan {
  return {
    model,
    names,
    imports: {},
    setup: [],
    middleware: { list: [], get: [], create: [], update: [], delete: [] },
    read: { list: `${names.collection}.list(query)`, get: `${names.collection}.findById(id)` },
    afterWrite: { create: [], update: [], delete: [] },
  };
}

/** Merges extra imports into a plan's import map (idempotent). */
export function addImports(plan: ResourceRoutesPlan, imports: ImportMap): void {
  for (const [module, { names = [], types = [] }] of Object.entries(imports)) {
    const current = (plan.imports[module] ??= {});
    current.names = [...new Set([...(current.names ?? []), ...names])];
    current.types = [...new Set([...(current.types ?? []), ...types])];
  }
}
