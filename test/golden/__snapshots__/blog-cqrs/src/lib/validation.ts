import type { Context } from 'hono';
import type { z } from 'zod';
import { HttpError } from './errors.js';

/** Reads the JSON body; malformed JSON is a client mistake, not a 500. */
export async function readJson(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw new HttpError(400, 'invalid_json', 'Request body must be valid JSON');
  }
}

/** Validates a value against a schema, answering 400 with one entry per failing field. */
export function parseWith<Schema extends z.ZodType>(schema: Schema, value: unknown): z.output<Schema> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const details = result.error.issues.map((issue) => ({
    field: issue.path.join('.'),
    message: issue.message,
  }));
  throw new HttpError(400, 'validation_failed', 'Request validation failed', details);
}
