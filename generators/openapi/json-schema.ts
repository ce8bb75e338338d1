import { z } from 'zod';

/** A JSON Schema (2020-12) as a plain object. */
export type JsonSchema = { [key: string]: unknown };

/** Where the recursive JSON value schema (what `z.json()` describes) lives in the document. */
export const jsonValueRef = '#/components/schemas/JsonValue';

/**
 * The JSON Schema of a zod expression the generated code prints, made by zod itself (`z.toJSONSchema`) from that very
 * expression, so the document cannot drift from what the routes validate. The toolkit's zod is the major version
 * the generated project pins, and the project's generated openapi test compares both at run time. The expression is
 * Kiln's own output (spec values enter it only as JSON literals), evaluated with `z` as its only binding.
 */
export function jsonSchemaOf(expression: string, io: 'input' | 'output'): JsonSchema {
  const schema = new Function('z', `return (${expression});`)(z) as z.ZodType;
  return asComponent(z.toJSONSchema(schema, { io }) as JsonSchema);
}

/** The JSON value type (`z.json()`), a component of its own because it refers to itself. */
export function jsonValueSchema(): JsonSchema {
  const { $defs = {} } = z.toJSONSchema(z.object({ value: z.json() })) as { $defs?: Record<string, JsonSchema> };
  return asComponent({ ...Object.values($defs)[0], $defs });
}

/**
 * A schema as a component: no `$schema`, and each `$defs` entry — zod adds one per `z.json()`, the only recursive
 * schema Kiln prints — replaced by a reference to the one JsonValue component (a `#/$defs/…` reference would resolve
 * against the document's root, not the component).
 */
export function asComponent(schema: JsonSchema): JsonSchema {
  const { $schema: _dialect, $defs: _definitions, ...rest } = schema;
  return JSON.parse(JSON.stringify(rest), (key, value: unknown) =>
    key === '$ref' && typeof value === 'string' && value.startsWith('#/$defs/') ? jsonValueRef : value,
  ) as JsonSchema;
}
