import { type Kysely, sql } from 'kysely';

/** Runs outside a transaction: CREATE INDEX CONCURRENTLY cannot run in one, and writes go on while each statement runs. */
export const config = { transaction: false };

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table ${sql.table('posts')} validate constraint ${sql.id('posts_status_check')}`.execute(
    db,
  );
  // A build that failed half-way leaves an invalid index behind: drop it, so running this again succeeds.
  await sql`drop index concurrently if exists ${sql.id('posts_views_index')}`.execute(db);
  await sql`create index concurrently ${sql.id('posts_views_index')} on ${sql.table('posts')} (${sql.ref('views')})`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index concurrently if exists ${sql.id('posts_views_index')}`.execute(db);
}
