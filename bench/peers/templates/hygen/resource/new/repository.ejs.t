---
to: src/resources/<%= name %>/<%= name %>.repository.ts
---
import type { Kysely, Selectable } from 'kysely';
import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/tables.js';
import type { <%= Name %>Table } from '../../db/tables/<%= name %>.js';
import type { Create<%= Name %>Input, <%= Name %>, Update<%= Name %>Input } from './<%= name %>.schema.js';

function to<%= Name %>(row: Selectable<<%= Name %>Table>): <%= Name %> {
  return {
    id: row.id,
<% fields.forEach((field) => { -%>
    <%= field.name %>: <%- field.fromRow %>,
<% }) -%>
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function create<%= Name %>Repository(db: Kysely<Database>) {
  return {
    async list(limit: number, offset: number): Promise<<%= Name %>[]> {
      const rows = await db.selectFrom('<%= table %>').selectAll().orderBy('id').limit(limit).offset(offset).execute();
      return rows.map(to<%= Name %>);
    },
    async findById(id: string): Promise<<%= Name %> | undefined> {
      const row = await db.selectFrom('<%= table %>').selectAll().where('id', '=', id).executeTakeFirst();
      return row && to<%= Name %>(row);
    },
    async create(input: Create<%= Name %>Input): Promise<<%= Name %>> {
      const now = new Date().toISOString();
      const row = await db
        .insertInto('<%= table %>')
        .values({
          id: randomUUID(),
<% fields.forEach((field) => { -%>
          <%= field.name %>: <%- field.toRow %>,
<% }) -%>
          created_at: now,
          updated_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return to<%= Name %>(row);
    },
    async update(id: string, input: Update<%= Name %>Input): Promise<<%= Name %> | undefined> {
      const row = await db
        .updateTable('<%= table %>')
        .set({
<% fields.forEach((field) => { -%>
          ...(input.<%= field.name %> === undefined ? {} : { <%= field.name %>: <%- field.toRow %> }),
<% }) -%>
          updated_at: new Date().toISOString(),
        })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst();
      return row && to<%= Name %>(row);
    },
    async delete(id: string): Promise<boolean> {
      const result = await db.deleteFrom('<%= table %>').where('id', '=', id).executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
  };
}
