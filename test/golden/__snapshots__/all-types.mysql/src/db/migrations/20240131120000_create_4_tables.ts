import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('groups')
    .addColumn('id', 'integer', (column) => column.primaryKey().autoIncrement())
    .addColumn('name', 'varchar(255)', (column) => column.notNull())
    .addColumn('created_at', 'datetime(3)', (column) => column.notNull())
    .addColumn('updated_at', 'datetime(3)', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('groups_name_unique').on('groups').column('name').unique().execute();
  await db.schema
    .createTable('users')
    .addColumn('id', 'char(36)', (column) => column.primaryKey())
    .addColumn('handle', 'varchar(30)', (column) => column.notNull())
    .addColumn('group', 'integer')
    .execute();
  await db.schema.createIndex('users_handle_unique').on('users').column('handle').unique().execute();
  await db.schema
    .createTable('profiles')
    .addColumn('id', 'char(36)', (column) => column.primaryKey())
    .addColumn('bio', 'text', (column) => column.notNull())
    .addColumn('user_id', 'char(36)', (column) => column.notNull())
    .addColumn('created_at', 'datetime(3)', (column) => column.notNull())
    .addColumn('updated_at', 'datetime(3)', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('profiles_user_id_unique').on('profiles').column('user_id').unique().execute();
  await db.schema
    .createTable('samples')
    .addColumn('id', 'char(36)', (column) => column.primaryKey())
    .addColumn('label', 'varchar(40)', (column) => column.notNull())
    .addColumn('notes', 'text')
    .addColumn('quantity', 'integer', (column) => column.notNull().defaultTo(1))
    .addColumn('ratio', 'double precision')
    .addColumn('price', 'decimal(10, 2)', (column) => column.notNull())
    .addColumn('active', 'boolean', (column) => column.notNull().defaultTo(true))
    .addColumn('flagged', 'boolean')
    .addColumn('released_on', 'date')
    .addColumn('published_at', 'datetime(3)')
    .addColumn('external_id', 'char(36)')
    .addColumn('metadata', 'json', (column) => column.notNull().defaultTo('{"tags":[]}'))
    .addColumn('settings', 'json')
    .addColumn('kind', 'varchar(64)', (column) => column.notNull().defaultTo('basic'))
    .addColumn('order', 'integer')
    .addColumn('select', 'varchar(255)')
    .addColumn('from', 'varchar(255)')
    .addColumn('created_at', 'datetime(3)', (column) => column.notNull())
    .addColumn('updated_at', 'datetime(3)', (column) => column.notNull())
    .addCheckConstraint('samples_kind_check', sql`${sql.ref('kind')} in ('basic', 'premium', 'legacy')`)
    .execute();
  await db.schema.createIndex('samples_label_unique').on('samples').column('label').unique().execute();
  await db.schema.createIndex('samples_quantity_index').on('samples').column('quantity').execute();
  await db.schema
    .createIndex('samples_external_id_unique')
    .on('samples')
    .column('external_id')
    .unique()
    .execute();
  await db.schema
    .createIndex('samples_kind_quantity_index')
    .on('samples')
    .columns(['kind', 'quantity'])
    .execute();
  await db.schema
    .alterTable('profiles')
    .addForeignKeyConstraint('profiles_user_id_fkey', ['user_id'], 'users', ['id'], (constraint) =>
      constraint.onDelete('cascade'),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table ${sql.table('profiles')} drop foreign key ${sql.id('profiles_user_id_fkey')}`.execute(
    db,
  );
  await db.schema.dropIndex('samples_kind_quantity_index').on('samples').execute();
  await db.schema.dropIndex('samples_external_id_unique').on('samples').execute();
  await db.schema.dropIndex('samples_quantity_index').on('samples').execute();
  await db.schema.dropIndex('samples_label_unique').on('samples').execute();
  await db.schema.dropTable('samples').execute();
  await db.schema.dropIndex('profiles_user_id_unique').on('profiles').execute();
  await db.schema.dropTable('profiles').execute();
  await db.schema.dropIndex('users_handle_unique').on('users').execute();
  await db.schema.dropTable('users').execute();
  await db.schema.dropIndex('groups_name_unique').on('groups').execute();
  await db.schema.dropTable('groups').execute();
}
