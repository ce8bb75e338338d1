---
to: src/db/migrations/<%= stamp %>_create_<%= table %>.ts
---
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('<%= table %>')
    .addColumn('id', 'text', (column) => column.primaryKey())
<% fields.forEach((field) => { -%>
    .addColumn('<%= field.name %>', '<%= field.column %>'<%- field.columnOptions ? `, ${field.columnOptions}` : '' %>)
<% }) -%>
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('<%= table %>').execute();
}
