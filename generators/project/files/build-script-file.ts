import { printSourceFile } from '../../../src/ast/project.js';
import { constant, importsOf } from '../../../src/ast/structures.js';

/** The packages every project has that are plain ESM JavaScript, safe to bundle on any platform. */
export const bundledPackages = ['@hono/node-server', 'hono', 'kysely', 'zod'] as const;

/**
 * scripts/build.ts: the production build behind `npm run build`, once `tsc` has type-checked. It bundles the app
 * into dist/main.js with esbuild: Node then reads and compiles one file at start-up instead of the several hundred
 * modules hono, kysely and zod ship as, which roughly halves the time to the first served request and saves
 * memory (see the toolkit's runtime benchmark). Every other dependency — the database driver with its native
 * code, Redis, anything the user adds — stays an ordinary import from node_modules, read from package.json at
 * build time.
 */
export function buildScriptFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({ 'node:fs': { names: ['readFileSync'] }, esbuild: { names: ['build'] } }),
      constant('bundled', `new Set([${bundledPackages.map((name) => `'${name}'`).join(', ')}])`, {
        docs: ['Plain ESM JavaScript every generated app uses: bundled. Any other dependency stays external.'],
      }),
      constant('manifest', "JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies?: Record<string, string> }"),
      `await build({
        entryPoints: ['src/main.ts'],
        outfile: 'dist/main.js',
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        external: Object.keys(manifest.dependencies ?? {}).filter((name) => !bundled.has(name)),
        // Smaller source parses faster; identifiers keep their names, so stack traces stay readable.
        minifySyntax: true,
        minifyWhitespace: true,
        sourcemap: true,
        logLevel: 'warning',
      });`,
    ],
  });
}
