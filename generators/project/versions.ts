/**
 * Versions the generated project depends on. They match the toolkit's own devDependencies (a test checks it),
 * so the end-to-end suite exercises exactly what users install. All support Node 20.
 */
export const dependencyVersions: Record<string, string> = {
  '@hono/node-server': '^2.1.8',
  '@types/better-sqlite3': '^7.6.13',
  '@types/node': '^20.19.0',
  '@types/pg': '^8.15.6',
  '@types/ws': '^8.18.2',
  'better-sqlite3': '^12.6.2',
  esbuild: '^0.28.2',
  hono: '^4.13.19',
  ioredis: '^6.0.0',
  kysely: '^0.28.18',
  mysql2: '^3.24.6',
  pg: '^8.23.1',
  tsx: '^4.23.15',
  typescript: '^7.0.2',
  vitest: '^4.1.12',
  ws: '^8.23.0',
  zod: '^4.6.7',
};

export function versionOf(name: string): string {
  const version = dependencyVersions[name];
  if (!version) throw new Error(`no version pinned for ${name}`);
  return version;
}
