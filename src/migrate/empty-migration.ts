import { printSourceFile } from '../ast/project.js';
import { func, importsOf, param } from '../ast/structures.js';

/** A migration to write by hand (`gen migrate:new`): data changes and SQL that Kiln does not generate. */
export function renderEmptyMigration(name: string): string {
  return printSourceFile({
    statements: [
      ...importsOf({ kysely: { types: ['Kysely'] } }),
      func('up', [param('db', 'Kysely<unknown>')], 'Promise<void>', ["// e.g. await sql`update posts set title = trim(title)`.execute(db);"], {
        exported: true,
        async: true,
        docs: [
          `${name}: written by hand. Kiln lists it in index.ts and migrations.sum and never changes it; run gen after\n` +
            'editing it to record its checksum. Schema changes belong in kiln.json, which writes their migrations.',
        ],
      }),
      func('down', [param('db', 'Kysely<unknown>')], 'Promise<void>', ['// Undo what up does, so npm run db:rollback can.'], { exported: true, async: true }),
    ],
  });
}
