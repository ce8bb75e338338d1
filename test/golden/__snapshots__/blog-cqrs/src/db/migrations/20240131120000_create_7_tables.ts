import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('authors')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('email', 'text', (column) => column.notNull())
    .addColumn('bio', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('authors_email_unique').on('authors').column('email').unique().execute();
  await db.schema
    .createTable('posts')
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
  await db.schema.createIndex('posts_author_id_index').on('posts').column('author_id').execute();
  await db.schema
    .createIndex('posts_status_created_at_index')
    .on('posts')
    .columns(['status', 'created_at'])
    .execute();
  await db.schema
    .createTable('comments')
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
  await db.schema.createIndex('comments_post_id_index').on('comments').column('post_id').execute();
  await db.schema.createIndex('comments_author_id_index').on('comments').column('author_id').execute();
  await db.schema
    .createTable('domain_events')
    .addColumn('position', 'integer', (column) => column.primaryKey().autoIncrement())
    .addColumn('stream_type', 'text', (column) => column.notNull())
    .addColumn('stream_id', 'text', (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull())
    .addColumn('type', 'text', (column) => column.notNull())
    .addColumn('payload', 'text', (column) => column.notNull())
    .addColumn('metadata', 'text', (column) => column.notNull())
    .addColumn('occurred_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('domain_events_stream_id_version_unique')
    .on('domain_events')
    .columns(['stream_id', 'version'])
    .unique()
    .execute();
  await db.schema
    .createIndex('domain_events_stream_type_version_index')
    .on('domain_events')
    .columns(['stream_type', 'version'])
    .execute();
  await db.schema
    .createTable('domain_snapshots')
    .addColumn('id', 'integer', (column) => column.primaryKey().autoIncrement())
    .addColumn('stream_id', 'text', (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull())
    .addColumn('state', 'text', (column) => column.notNull())
    .addColumn('taken_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('domain_snapshots_stream_id_version_unique')
    .on('domain_snapshots')
    .columns(['stream_id', 'version'])
    .unique()
    .execute();
  await db.schema
    .createTable('tags')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('tags_name_unique').on('tags').column('name').unique().execute();
  await db.schema
    .createTable('post_tags')
    .addColumn('post_id', 'text', (column) => column.notNull())
    .addColumn('tag_id', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('post_tags_pkey', ['post_id', 'tag_id'])
    .addForeignKeyConstraint('post_tags_post_id_fkey', ['post_id'], 'posts', ['id'], (constraint) =>
      constraint.onDelete('cascade'),
    )
    .addForeignKeyConstraint('post_tags_tag_id_fkey', ['tag_id'], 'tags', ['id'], (constraint) =>
      constraint.onDelete('cascade'),
    )
    .execute();
  await db.schema.createIndex('post_tags_tag_id_index').on('post_tags').column('tag_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('post_tags_tag_id_index').execute();
  await db.schema.dropTable('post_tags').execute();
  await db.schema.dropIndex('tags_name_unique').execute();
  await db.schema.dropTable('tags').execute();
  await db.schema.dropIndex('domain_snapshots_stream_id_version_unique').execute();
  await db.schema.dropTable('domain_snapshots').execute();
  await db.schema.dropIndex('domain_events_stream_type_version_index').execute();
  await db.schema.dropIndex('domain_events_stream_id_version_unique').execute();
  await db.schema.dropTable('domain_events').execute();
  await db.schema.dropIndex('comments_author_id_index').execute();
  await db.schema.dropIndex('comments_post_id_index').execute();
  await db.schema.dropTable('comments').execute();
  await db.schema.dropIndex('posts_status_created_at_index').execute();
  await db.schema.dropIndex('posts_author_id_index').execute();
  await db.schema.dropTable('posts').execute();
  await db.schema.dropIndex('authors_email_unique').execute();
  await db.schema.dropTable('authors').execute();
}
