import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

/** Plain ESM JavaScript every generated app uses: bundled. Any other dependency stays external. */
const bundled = new Set(['@hono/node-server', 'hono', 'kysely', 'zod']);

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies?: Record<string, string>;
};

await build({
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
});
