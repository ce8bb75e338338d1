import type { ModelView } from '../../src/spec/columns.js';
import { seedStatements } from './seed-file.js';
import type { ResourceNames } from './model.js';
import type { Action, ImportMap, ResourceRoutesPlan } from './routes-plan.js';

/**
 * The shape of a resource's test file before it is printed: the `resource.tests` extension point. A feature that
 * changes the routes (see `resource.routes`) makes the generated tests fit them here — signing requests in, adding
 * tests of its own — so `npm test` keeps passing.
 *
 * Names in scope for statements and tests: `testApp`, `send(method, path, body?, headers?)`, `dataOf(response)`,
 * `create<Type>(input)` (POST, expects 201), `valid<Type>` and `other<Type>` (two valid create bodies).
 */
export interface ResourceTestsPlan {
  readonly model: ModelView;
  readonly names: ResourceNames;
  /** The routes as every extension left them (read only). */
  readonly routes: ResourceRoutesPlan;
  imports: ImportMap;
  /** Declarations in the describe block, before `beforeEach` (e.g. `let asAdmin: TestUser;`). */
  declarations: string[];
  /** Statements at the end of `beforeEach`, once `testApp` exists. */
  setup: string[];
  /** Headers (an expression) sent with every request of an action, e.g. the credentials of a user allowed to. */
  headers: Partial<Record<Action, string>>;
  /** More `it(…)` blocks, after the generated ones. */
  tests: string[];
}

export const testsPoint = 'resource.tests';

export function defaultTestsPlan(routes: ResourceRoutesPlan): ResourceTestsPlan {
  // Records with foreign keys point to rows seeded before each test (src/testing/seed.ts).
  const setup = seedStatements(routes.model);
  const seeds = setup.map((statement) => /seed\w+/.exec(statement)?.[0] ?? '');
  const imports: ImportMap = setup.length > 0 ? { '../../testing/seed.js': { names: [...new Set(seeds)] } } : {};
  return { model: routes.model, names: routes.names, routes, imports, declarations: [], setup, headers: {}, tests: [] };
}
