import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table ${sql.table('comments')} drop foreign key ${sql.id('comments_author_id_fkey')}`.execute(
    db,
  );
  await sql`alter table ${sql.table('posts')} drop foreign key ${sql.id('posts_author_id_fkey')}`.execute(db);
  await db.schema.alterTable('authors').renameTo('writers').execute();
  await db.schema
    .alterTable('writers')
    .modifyColumn('name', 'varchar(150)', (column) => column.notNull())
    .execute();
  await sql`alter table ${sql.table('writers')} rename index ${sql.id('authors_email_unique')} to ${sql.id('writers_email_unique')}`.execute(
    db,
  );
  await db.schema.alterTable('comments').modifyColumn('author_name', 'varchar(80)').execute();
  await db.schema.alterTable('posts').renameColumn('title', 'headline').execute();
  await db.schema
    .alterTable('posts')
    .addColumn('views', 'integer', (column) => column.notNull().defaultTo(0))
    .execute();
  await sql`update ${sql.table('posts')} set ${sql.ref('body')} = ${''} where ${sql.ref('body')} is null`.execute(
    db,
  );
  await db.schema
    .alterTable('posts')
    .modifyColumn('body', 'text', (column) => column.notNull().defaultTo(''))
    .execute();
  await db.schema
    .alterTable('posts')
    .modifyColumn('published', 'boolean', (column) => column.notNull().defaultTo(true))
    .execute();
  await db.schema.alterTable('posts').dropConstraint('posts_status_check').execute();
  await db.schema
    .alterTable('posts')
    .addCheckConstraint(
      'posts_status_check',
      sql`${sql.ref('status')} in ('draft', 'review', 'published', 'archived')`,
    )
    .execute();
  await db.schema.createIndex('posts_views_index').on('posts').column('views').execute();
  await db.schema
    .alterTable('comments')
    .addForeignKeyConstraint('comments_author_id_fkey', ['author_id'], 'writers', ['id'], (constraint) =>
      constraint.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .alterTable('posts')
    .addForeignKeyConstraint('posts_author_id_fkey', ['author_id'], 'writers', ['id'], (constraint) =>
      constraint.onDelete('restrict'),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table ${sql.table('posts')} drop foreign key ${sql.id('posts_author_id_fkey')}`.execute(db);
  await sql`alter table ${sql.table('comments')} drop foreign key ${sql.id('comments_author_id_fkey')}`.execute(
    db,
  );
  await db.schema.dropIndex('posts_views_index').on('posts').execute();
  await db.schema.alterTable('posts').dropConstraint('posts_status_check').execute();
  await db.schema
    .alterTable('posts')
    .addCheckConstraint('posts_status_check', sql`${sql.ref('status')} in ('draft', 'published', 'archived')`)
    .execute();
  await db.schema
    .alterTable('posts')
    .modifyColumn('published', 'boolean', (column) => column.notNull().defaultTo(false))
    .execute();
  await db.schema.alterTable('posts').modifyColumn('body', 'text').execute();
  await db.schema.alterTable('posts').dropColumn('views').execute();
  await db.schema.alterTable('posts').renameColumn('headline', 'title').execute();
  await db.schema
    .alterTable('comments')
    .modifyColumn('author_name', 'varchar(80)', (column) => column.notNull())
    .execute();
  await sql`alter table ${sql.table('writers')} rename index ${sql.id('writers_email_unique')} to ${sql.id('authors_email_unique')}`.execute(
    db,
  );
  await db.schema
    .alterTable('writers')
    .modifyColumn('name', 'varchar(100)', (column) => column.notNull())
    .execute();
  await db.schema.alterTable('writers').renameTo('authors').execute();
  await db.schema
    .alterTable('posts')
    .addForeignKeyConstraint('posts_author_id_fkey', ['author_id'], 'authors', ['id'], (constraint) =>
      constraint.onDelete('restrict'),
    )
    .execute();
  await db.schema
    .alterTable('comments')
    .addForeignKeyConstraint('comments_author_id_fkey', ['author_id'], 'authors', ['id'], (constraint) =>
      constraint.onDelete('set null'),
    )
    .execute();
}
