---
to: src/db/tables/<%= name %>.ts
---
/** The `<%= table %>` table (model <%= Name %>). */
export interface <%= Name %>Table {
  id: string;
<% fields.forEach((field) => { -%>
  <%= field.name %>: <%= field.row %>;
<% }) -%>
  created_at: string;
  updated_at: string;
}
