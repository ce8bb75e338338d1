import type { ModelView } from '../../src/spec/columns.js';
import type { ResourceNames } from './model.js';

export const actions = ['list', 'get', 'create', 'update', 'delete'] as const;
export type Action = (typeof actions)[number];
/** Actions that read or change existing rows, and so can be narrowed to some of them. */
export type ScopedAction = Exclude<Action, 'create'>;

/** Named and type-only imports by module, as `importsOf` takes them. */
export type ImportMap = Record<string, { names?: string[]; types?: string[] }>;

/**
 * The shape of a resource's routes module before it is printed: the `resource.routes` extension point. Other
 * generators (features, plugins) change it here — add a middleware to an action, a statement after each write, a
 * wrapper around reads — instead of editing the printed file afterwards.
 *
 * Names in scope for statements and expressions: `deps` (AppDependencies), the repository (`names.collection`),
 * `c` (the hono context) in handlers, `id` in get/update/delete, `query` in list, `input` in create/update, and
 * the written record (`names.instance`) after create and update. At module level: `parseId(value)` (404 for an id
 * that cannot exist) and the not-found error factory (`names.notFound`).
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
  /**
   * Replaces the expression that reads a page (`query` in scope) or one record (`id` in scope). By default the
   * repository reads them, passing `scope` when the action has one; a replacement must do the same.
   */
  read: Partial<Record<'list' | 'get', string>>;
  /**
   * Fields the server sets on create instead of the client, as field → expression (`c` in scope), e.g. an owner
   * taken from the access token. They are left out of the create and update schemas, so a client can neither
   * send nor change them.
   */
  serverAssigned: Record<string, string>;
  /**
   * Row filters per action, as field → expression (`c` in scope): the action only sees rows whose field equals
   * the value, and any other row answers 404 like a missing one, so its existence does not leak.
   */
  scopes: Partial<Record<ScopedAction, Record<string, string>>>;
  /**
   * Replaces the call that performs a write (awaited by the handler): create gives the new record (`input` in
   * scope, server-assigned fields not yet merged), update the changed record or undefined when missing (`id`,
   * `input`), delete whether a row was deleted (`id`). By default the repository writes, passing the action's
   * scope; a feature that routes writes elsewhere (command handlers) replaces them here.
   */
  write: Partial<Record<WriteAction, string>>;
  /** Statements after a successful write: create/update have the record in scope, delete has `id`. */
  afterWrite: Record<WriteAction, string[]>;
  /** More routes on the resource's Hono instance, printed after the CRUD routes (e.g. `GET /:id/history`). */
  routes: ExtraRoute[];
}

/**
 * A route a feature adds to a resource, standing in for one of its actions: the action's middleware (access rules)
 * runs first, and a write's `afterWrite` statements (cache invalidation, realtime events) follow its body.
 */
export interface ExtraRoute {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Relative to the collection, e.g. `/:id/history`. */
  path: string;
  as: Action;
  /** The handler's statements (`c` in scope); a write leaves the record or `id` in scope for `afterWrite`. */
  body: string[];
  /** What the handler returns, e.g. `c.json({ data: post })`. */
  response: string;
}

export type WriteAction = 'create' | 'update' | 'delete';

export const routesPoint = 'resource.routes';

export function defaultRoutesPlan(model: ModelView, names: ResourceNames): ResourceRoutesPlan {
  return {
    model,
    names,
    imports: {},
    setup: [],
    middleware: { list: [], get: [], create: [], update: [], delete: [] },
    read: {},
    serverAssigned: {},
    scopes: {},
    write: {},
    afterWrite: { create: [], update: [], delete: [] },
    routes: [],
  };
}

/** The fields any action is scoped by: the repository accepts a filter on exactly these. */
export const scopeFields = (plan: ResourceRoutesPlan): string[] =>
  [...new Set(Object.values(plan.scopes).flatMap((scope) => Object.keys(scope ?? {})))].sort();

/** Merges extra imports into a plan's import map (idempotent). */
export function addImports(plan: { imports: ImportMap }, imports: ImportMap): void {
  plan.imports = mergeImports(plan.imports, imports);
}

/** Two import maps as one, each name once. */
export function mergeImports(base: ImportMap, extra: ImportMap): ImportMap {
  const merged: ImportMap = { ...base };
  for (const [module, { names = [], types = [] }] of Object.entries(extra)) {
    const current = merged[module] ?? {};
    merged[module] = { names: [...new Set([...(current.names ?? []), ...names])], types: [...new Set([...(current.types ?? []), ...types])] };
  }
  return merged;
}

/**
 * The expression an action reads with: the plan's override, or the repository's own read, given the action's
 * scope when it has one. Extensions that wrap a read start from this.
 */
export function readExpression(plan: ResourceRoutesPlan, action: 'list' | 'get'): string {
  return plan.read[action] ?? repositoryRead(plan, action);
}

/**
 * The repository's own read, whatever the plan's override: routes under a record (`/:id/comments`, link, unlink)
 * check the record exists with it, because an override answers for the record's own GET — the cache's sets that
 * response's ETag, which would then vouch for a list of comments it has never seen.
 */
export function repositoryRead(plan: ResourceRoutesPlan, action: 'list' | 'get'): string {
  const scope = plan.scopes[action] === undefined ? '' : ', scope';
  const repository = plan.names.collection;
  return action === 'list' ? `${repository}.list(query${scope})` : `${repository}.findById(id${scope})`;
}

/**
 * The expression an action writes with: the plan's override, or the repository's own write, given the action's
 * scope when it has one and the server-assigned fields on create.
 */
export function writeExpression(plan: ResourceRoutesPlan, action: WriteAction): string {
  const override = plan.write[action];
  if (override !== undefined) return override;
  const repository = plan.names.collection;
  const scope = action !== 'create' && plan.scopes[action] !== undefined ? ', scope' : '';
  if (action === 'create') return `${repository}.create(${createInputExpression(plan)})`;
  return action === 'update' ? `${repository}.update(id, input${scope})` : `${repository}.delete(id${scope})`;
}

/** What the repository stores on create: the client's input, plus the fields the server assigns. */
export function createInputExpression(plan: ResourceRoutesPlan): string {
  const assigned = Object.entries(plan.serverAssigned);
  if (assigned.length === 0) return 'input';
  return `{ ${['...input', ...assigned.map(([field, value]) => `${field}: ${value}`)].join(', ')} }`;
}
