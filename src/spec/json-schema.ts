import { z } from 'zod';
import { specSchema } from './schema.js';

/** The JSON Schema of kiln.json, generated from the zod schema (the one source of truth) for editor autocomplete. */
export function specJsonSchema(): string {
  const schema = z.toJSONSchema(specSchema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'kiln.json' }, null, 2)}\n`;
}
