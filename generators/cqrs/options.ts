import { z } from 'zod';

/** A command beyond create/update/delete, e.g. `publish`: `POST /<collection>/:id/<name>` setting the listed fields. */
const customCommand = z.strictObject({
  fields: z.array(z.string()).min(1).describe('Fields the command sets; its input schema is theirs, as on create.'),
  description: z.string().optional().describe('What the command means, for the generated docs.'),
});

/** `features.cqrs` in kiln.json. */
export const cqrsOptions = z.strictObject({
  models: z.array(z.string()).optional().describe('Models whose writes go through command handlers (default: every model).'),
  commands: z
    .record(z.string(), z.record(z.string(), customCommand))
    .default({})
    .describe('Custom commands per model, e.g. { "Post": { "publish": { "fields": ["published"] } } }.'),
});

export type CqrsOptions = z.output<typeof cqrsOptions>;
export type CustomCommandOptions = z.output<typeof customCommand>;
