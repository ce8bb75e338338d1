import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('comments').dropConstraint('comments_author_id_fkey').execute();
  await db.schema.alterTable('posts').dropConstraint('posts_author_id_fkey').execute();
  await db.schema.alterTable('authors').renameTo('writers').execute();
  await db.schema
    .alterTable('writers')
    .alterColumn('name', (column) => column.setDataType('varchar(150)'))
    .execute();
  await sql`alter index ${sql.id('authors_email_unique')} rename to ${sql.id('writers_email_unique')}`.execute(
    db,
  );
  await db.schema
    .alterTable('comments')
    .alterColumn('author_name', (column) => column.dropNotNull())
    .execute();
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
    .alterColumn('body', (column) => column.setNotNull())
    .execute();
  await db.schema
    .alterTable('posts')
    .alterColumn('body', (column) => column.setDefault(''))
    .execute();
  await db.schema
    .alterTable('posts')
    .alterColumn('published', (column) => column.setDefault(true))
    .execute();
  await db.schema.alterTable('posts').dropConstraint('posts_status_check').execute();
  await sql`alter table ${sql.table('posts')} add constraint ${sql.id('posts_status_check')} check (${sql.ref('status')} in ('draft', 'review', 'published', 'archived')) not valid`.execute(
    db,
  );
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
  await db.schema.alterTable('posts').dropConstraint('posts_author_id_fkey').execute();
  await db.schema.alterTable('comments').dropConstraint('comments_author_id_fkey').execute();
  await db.schema.alterTable('posts').dropConstraint('posts_status_check').execute();
  await sql`alter table ${sql.table('posts')} add constraint ${sql.id('posts_status_check')} check (${sql.ref('status')} in ('draft', 'published', 'archived')) not valid`.execute(
    db,
  );
  await sql`alter table ${sql.table('posts')} validate constraint ${sql.id('posts_status_check')}`.execute(
    db,
  );
  await db.schema
    .alterTable('posts')
    .alterColumn('published', (column) => column.setDefault(false))
    .execute();
  await db.schema
    .alterTable('posts')
    .alterColumn('body', (column) => column.dropNotNull())
    .execute();
  await db.schema
    .alterTable('posts')
    .alterColumn('body', (column) => column.dropDefault())
    .execute();
  await db.schema.alterTable('posts').dropColumn('views').execute();
  await db.schema.alterTable('posts').renameColumn('headline', 'title').execute();
  await db.schema
    .alterTable('comments')
    .alterColumn('author_name', (column) => column.setNotNull())
    .execute();
  await sql`alter index ${sql.id('writers_email_unique')} rename to ${sql.id('authors_email_unique')}`.execute(
    db,
  );
  await db.schema
    .alterTable('writers')
    .alterColumn('name', (column) => column.setDataType('varchar(100)'))
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
