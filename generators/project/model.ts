import type { Dialect } from '../../src/dialect/index.js';
import { versionOf } from './versions.js';

/** Packages and scripts every generated project has; features add their own through the same edit. */
export function projectPackages(dialect: Dialect): { dependencies: string[]; devDependencies: string[] } {
  return {
    dependencies: ['@hono/node-server', 'hono', 'kysely', 'zod', ...dialect.packages.dependencies],
    devDependencies: ['@types/node', 'esbuild', 'tsx', 'typescript', 'vitest', ...dialect.packages.devDependencies],
  };
}

export const projectScripts: Record<string, string> = {
  dev: 'tsx watch src/main.ts',
  build: 'tsc -p tsconfig.build.json && tsx scripts/build.ts',
  prestart: 'npm run build',
  // exec: npm passes a SIGTERM to its shell, which would leave node running without it.
  start: 'exec node dist/main.js',
  'db:migrate': 'tsx src/db/migrate.ts',
  'db:rollback': 'tsx src/db/migrate.ts down',
  'db:status': 'tsx src/db/migrate.ts status',
  // Project-local generators (generators/) have their own tests, which need the Kiln toolkit installed.
  test: 'vitest run --dir src',
  typecheck: 'tsc --noEmit',
};

export const withVersions = (names: readonly string[]): Record<string, string> =>
  Object.fromEntries([...names].sort().map((name) => [name, versionOf(name)]));
