import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('authors').renameTo('writers').execute();
  await db.schema.dropIndex('authors_email_unique').execute();
  await db.schema.createIndex('writers_email_unique').on('writers').column('email').unique().execute();
  // SQLite cannot alter a column in place: copy "comments" into a table with the new definition and swap them.
  await db.schema
    .createTable('comments__new')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('post_id', 'text', (column) => column.notNull())
    .addColumn('author_name', 'text')
    .addColumn('body', 'text', (column) => column.notNull())
    .addColumn('author_id', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addForeignKeyConstraint('comments_post_id_fkey', ['post_id'], 'posts', ['id'], (constraint) =>
      constraint.onDelete('cascade'),
    )
    .addForeignKeyConstraint('comments_author_id_fkey', ['author_id'], 'writers', ['id'], (constraint) =>
      constraint.onDelete('cascade'),
    )
    .execute();
  await sql`insert into "comments__new" ("id", "post_id", "author_name", "body", "author_id", "created_at", "updated_at") select "id", "post_id", "author_name", "body", "author_id", "created_at", "updated_at" from "comments"`.execute(
    db,
  );
  await db.schema.dropTable('comments').execute();
  await db.schema.alterTable('comments__new').renameTo('comments').execute();
  await db.schema.createIndex('comments_post_id_index').on('comments').column('post_id').execute();
  await db.schema.createIndex('comments_author_id_index').on('comments').column('author_id').execute();
  // SQLite cannot alter a column in place: copy "posts" into a table with the new definition and swap them.
  await db.schema
    .createTable('posts__new')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('headline', 'text', (column) => column.notNull())
    .addColumn('body', 'text', (column) => column.notNull().defaultTo(''))
    .addColumn('published', 'integer', (column) => column.notNull().defaultTo(1))
    .addColumn('status', 'text', (column) =>
      column
        .notNull()
        .defaultTo('draft')
        .modifyEnd(
          sql`constraint ${sql.id('posts_status_check')} check (${sql.ref('status')} in ('draft', 'review', 'published', 'archived'))`,
        ),
    )
    .addColumn('author_id', 'text', (column) => column.notNull())
    .addColumn('views', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addForeignKeyConstraint('posts_author_id_fkey', ['author_id'], 'writers', ['id'], (constraint) =>
      constraint.onDelete('restrict'),
    )
    .execute();
  await sql`insert into "posts__new" ("id", "headline", "body", "published", "status", "author_id", "created_at", "updated_at") select "id", "title", coalesce("body", ${''}), "published", "status", "author_id", "created_at", "updated_at" from "posts"`.execute(
    db,
  );
  await db.schema.dropTable('posts').execute();
  await db.schema.alterTable('posts__new').renameTo('posts').execute();
  await db.schema.createIndex('posts_author_id_index').on('posts').column('author_id').execute();
  await db.schema.createIndex('posts_views_index').on('posts').column('views').execute();
  await db.schema
    .createIndex('posts_status_created_at_index')
    .on('posts')
    .columns(['status', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  // SQLite cannot alter a column in place: copy "posts" into a table with the new definition and swap them.
  await db.schema
    .createTable('posts__new')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('body', 'text')
    .addColumn('published', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('status', 'text', (column) =>
      column
        .notNull()
        .defaultTo('draft')
        .modifyEnd(
          sql`constraint ${sql.id('posts_status_check')} check (${sql.ref('status')} in ('draft', 'published', 'archived'))`,
        ),
    )
    .addColumn('author_id', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addForeignKeyConstraint('posts_author_id_fkey', ['author_id'], 'authors', ['id'], (constraint) =>
      constraint.onDelete('restrict'),
    )
    .execute();
  await sql`insert into "posts__new" ("id", "title", "body", "published", "status", "author_id", "created_at", "updated_at") select "id", "headline", "body", "published", "status", "author_id", "created_at", "updated_at" from "posts"`.execute(
    db,
  );
  await db.schema.dropTable('posts').execute();
  await db.schema.alterTable('posts__new').renameTo('posts').execute();
  await db.schema.createIndex('posts_author_id_index').on('posts').column('author_id').execute();
  await db.schema
    .createIndex('posts_status_created_at_index')
    .on('posts')
    .columns(['status', 'created_at'])
    .execute();
  // SQLite cannot alter a column in place: copy "comments" into a table with the new definition and swap them.
  await db.schema
    .createTable('comments__new')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('post_id', 'text', (column) => column.notNull())
    .addColumn('author_name', 'text', (column) => column.notNull())
    .addColumn('body', 'text', (column) => column.notNull())
    .addColumn('author_id', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addForeignKeyConstraint('comments_post_id_fkey', ['post_id'], 'posts', ['id'], (constraint) =>
      constraint.onDelete('cascade'),
    )
    .addForeignKeyConstraint('comments_author_id_fkey', ['author_id'], 'authors', ['id'], (constraint) =>
      constraint.onDelete('set null'),
    )
    .execute();
  await sql`insert into "comments__new" ("id", "post_id", "author_name", "body", "author_id", "created_at", "updated_at") select "id", "post_id", "author_name", "body", "author_id", "created_at", "updated_at" from "comments"`.execute(
    db,
  );
  await db.schema.dropTable('comments').execute();
  await db.schema.alterTable('comments__new').renameTo('comments').execute();
  await db.schema.createIndex('comments_post_id_index').on('comments').column('post_id').execute();
  await db.schema.createIndex('comments_author_id_index').on('comments').column('author_id').execute();
  await db.schema.dropIndex('writers_email_unique').execute();
  await db.schema.createIndex('authors_email_unique').on('writers').column('email').unique().execute();
  await db.schema.alterTable('writers').renameTo('authors').execute();
}
