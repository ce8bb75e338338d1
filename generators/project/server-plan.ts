import { mergeImports } from '../../src/ast/structures.js';

/**
 * The `project.server` extension point: long-lived services a feature adds to the app (a cache, an event hub) and
 * what it attaches to the HTTP server (a websocket endpoint). Each service becomes a member of `AppDependencies`
 * in src/app.ts (an idempotent AST edit, undone when the feature goes), is created in src/main.ts and in
 * createTestApp(), and is closed on shutdown, after the server has stopped and before the database.
 */
export const serverPoint = 'project.server';

/** Named and type-only imports by module (relative to src/), as `importsOf` takes them. */
export type ServerImports = Record<string, { names?: string[]; types?: string[] }>;

export interface AppService {
  /** Its member of AppDependencies, and the variable holding it, e.g. `cache`. */
  name: string;
  /** Its type and the module exporting it, relative to src/, e.g. `ResourceCache` from `./features/cache/resource-cache.js`. */
  type: { name: string; from: string };
  /**
   * The function that creates it, called as `factory(config, logger)`, and its module. The service has
   * `close(): Promise<void>`.
   */
  factory: { name: string; from: string };
}

export interface ServerPlan {
  services: AppService[];
  /** Imports of src/main.ts for the statements below. */
  imports: ServerImports;
  /** Statements once the server exists (`server`, `config`, `logger`, `db` and every service in scope). */
  attach: string[];
  /**
   * Statements that start a shutdown, before in-flight requests are awaited: closing long-lived connections
   * (websockets), which would otherwise keep the server open until the shutdown timeout.
   */
  shutdown: string[];
}

export const emptyServerPlan = (): ServerPlan => ({ services: [], imports: {}, attach: [], shutdown: [] });

/** The imports of src/main.ts (`./`) or src/testing/test-app.ts (`../`) for the services' factories. */
export function serviceImports(services: readonly AppService[], base: './' | '../'): ServerImports {
  return mergeImports(...services.map(({ factory }) => ({ [base + factory.from.replace(/^\.\//, '')]: { names: [factory.name] } })));
}

/** A project path under src/ as a module specifier relative to src/: `src/features/x/y.ts` → `./features/x/y.js`. */
export const moduleFromSrc = (path: string): string => `./${path.replace(/^src\//, '').replace(/\.ts$/, '.js')}`;
