/** Where a generated project keeps its migrations, shared by the generator, `gen check` and `gen migrate:new`. */
export const migrationsDir = 'src/db/migrations';
export const migrationsIndex = `${migrationsDir}/index.ts`;
export const migrationsSum = `${migrationsDir}/migrations.sum`;
/** `20240131120000_create_posts.ts`: a sortable UTC timestamp, then what the migration does. */
export const migrationFilePattern = /^(\d{14})_([a-z0-9_]+)\.ts$/;

/** The migration file names among project paths, sorted (the order they run in). */
export const migrationFileNames = (paths: readonly string[]): string[] =>
  paths
    .filter((path) => path.startsWith(`${migrationsDir}/`))
    .map((path) => path.slice(migrationsDir.length + 1))
    .filter((file) => migrationFilePattern.test(file))
    .sort();
