import { dialectFor } from '../../dialect/index.js';
import { migrationFileNames } from '../../migrate/layout.js';
import type { SchemaSnapshot } from '../../migrate/snapshot.js';
import type { Spec } from '../../spec/schema.js';
import type { FileSource } from '../../tree/tree.js';
import type { Drift } from '../drift.js';
import { compareMigrations, compareSchema } from './compare.js';
import { connectDatabase } from './connect.js';
import { introspectDatabase } from './introspect.js';

/**
 * `gen check --db <url>`: how the live database differs from `expected` (the schema the migrations build: the
 * spec's models and the tables features contribute) — missing or extra tables, columns, indexes
 * and checks, type or nullability mismatches — and which migrations it has not applied (or applied without a file).
 */
export async function findDatabaseDrift(
  spec: Spec,
  expected: SchemaSnapshot,
  source: FileSource,
  target: { root: string; url: string; cwd: string },
): Promise<Drift[]> {
  const db = await connectDatabase(target.root, spec.database, target.url, target.cwd);
  try {
    const live = await introspectDatabase(db, spec.database);
    return [...compareSchema(expected, live, dialectFor(spec.database)), ...compareMigrations(migrationFileNames(source.list()), live.applied)];
  } finally {
    await db.destroy();
  }
}
