---
to: src/resources/<%= name %>/<%= name %>.schema.ts
---
import * as z from 'zod';

/** What a client sends to create a <%= name %>; unknown keys are rejected. */
export const create<%= Name %>Schema = z.strictObject({
<% fields.forEach((field) => { -%>
  <%= field.name %>: <%- field.zod %>,
<% }) -%>
});

/** What a client sends to change some fields. */
export const update<%= Name %>Schema = create<%= Name %>Schema.partial();

/** A <%= name %> as the API returns it. */
export const <%= name %>Schema = z.object({
  id: z.uuid(),
<% fields.forEach((field) => { -%>
  <%= field.name %>: <%- field.zod %>,
<% }) -%>
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export type <%= Name %> = z.infer<typeof <%= name %>Schema>;
export type Create<%= Name %>Input = z.infer<typeof create<%= Name %>Schema>;
export type Update<%= Name %>Input = z.infer<typeof update<%= Name %>Schema>;
