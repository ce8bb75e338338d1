/** Where a generated project keeps its migrations and how they are named: shared by the generator, `gen check` and `gen migrate:new`. */
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

/** The timestamp part of a migration name; never earlier than (or equal to) the newest existing one. */
export function migrationTimestamp(now: Date, existing: readonly string[]): string {
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
  const latest = existing.map((name) => migrationFilePattern.exec(name)?.[1] ?? '').sort().at(-1);
  if (!latest || stamp > latest) return stamp;
  // Two migrations in the same second (or a clock behind the last one): keep creation order.
  return String(BigInt(latest) + 1n);
}

/** The migrations generator's name, which is also where its schema snapshot lives in the lock's state. */
export const migrationsStateKey = 'migrations';
