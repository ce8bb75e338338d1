import type { GeneratorContext } from '../../src/generator/define.js';
import type { ModelView } from '../../src/spec/columns.js';
import { resourceNames } from './model.js';
import { defaultRoutesPlan, routesPoint, type Action, type ResourceRoutesPlan } from './routes-plan.js';
import { defaultTestsPlan, testsPoint, type ResourceTestsPlan } from './tests-plan.js';
import { defaultRepositoryPlan, repositoryPoint, type ResourceRepositoryPlan } from './repository-plan.js';
import type { Dialect } from '../../src/dialect/index.js';

/**
 * A model's routes and tests plans with every enabled feature's contributions applied: what the resource generator
 * prints, and what another feature's tests need to know to call those routes (who may, with which headers).
 */
export function resourcePlans(model: ModelView, extensions: GeneratorContext['extensions']): { routes: ResourceRoutesPlan; tests: ResourceTestsPlan } {
  const routes = defaultRoutesPlan(model, resourceNames(model));
  for (const extend of extensions<ResourceRoutesPlan>(routesPoint)) extend(routes);
  const tests = defaultTestsPlan(routes);
  for (const extend of extensions<ResourceTestsPlan>(testsPoint)) extend(tests);
  return { routes, tests };
}

/** A model's repository plan with every enabled feature's contributions applied. */
export function repositoryPlan(model: ModelView, dialect: Dialect, extensions: GeneratorContext['extensions']): ResourceRepositoryPlan {
  const plan = defaultRepositoryPlan(model, dialect);
  for (const extend of extensions<ResourceRepositoryPlan>(repositoryPoint)) extend(plan);
  return plan;
}

/** What a feature's tests declare and run once `testApp` exists, to send each HTTP method as a user allowed to. */
export interface Credentials {
  imports: ResourceTestsPlan['imports'];
  statements: string[];
  /** The headers expression per HTTP method (GET reads one record), when the routes need any. */
  byMethod: Partial<Record<'GET' | 'POST' | 'PATCH' | 'DELETE', string>>;
}

const methodOf: Record<'GET' | 'POST' | 'PATCH' | 'DELETE', Action> = { GET: 'get', POST: 'create', PATCH: 'update', DELETE: 'delete' };

export function credentialsOf(tests: ResourceTestsPlan): Credentials {
  // Declarations and their assignments, as one block: the callers run them where `testApp` is in scope.
  const statements = [...tests.declarations, ...tests.setup];
  const byMethod = Object.fromEntries(
    Object.entries(methodOf).flatMap(([method, action]) => (tests.headers[action] ? [[method, tests.headers[action]]] : [])),
  );
  return { imports: tests.imports, statements, byMethod };
}
