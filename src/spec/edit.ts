import { applyEdits, modify, parse, type JSONPath } from 'jsonc-parser';
import type { FieldSpec } from './schema.js';

const formatting = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };

/** Sets a value inside kiln.json text, keeping the user's formatting and key order everywhere else. */
export function setInSpec(text: string, path: JSONPath, value: unknown): string {
  return applyEdits(text, modify(text, path, value, formatting));
}

/**
 * Adds a model, or updates its fields, as `gen resource` does. A field named on the command line takes the type,
 * optionality and modifiers given there; what the command line cannot express (max, description, …) is kept.
 */
export function upsertModel(text: string, model: string, fields: readonly (readonly [string, FieldSpec])[]): string {
  const spec = parse(text) as { models?: Record<string, { fields?: Record<string, FieldSpec> }> };
  const existing = spec.models?.[model];
  let next = existing ? text : setInSpec(text, ['models', model], { fields: {} });
  for (const [name, field] of fields) {
    const current = existing?.fields?.[name];
    const merged = current ? mergeField(current, field) : field;
    if (JSON.stringify(merged) !== JSON.stringify(current)) next = setInSpec(next, ['models', model, 'fields', name], merged);
  }
  return next;
}

function mergeField(current: FieldSpec, given: FieldSpec): FieldSpec {
  const merged: FieldSpec = { ...current, type: given.type };
  if (given.optional) merged.optional = true;
  else delete merged.optional;
  for (const key of ['default', 'unique', 'index', 'values'] as const) {
    if (given[key] !== undefined) Object.assign(merged, { [key]: given[key] });
  }
  return merged;
}

/** Removes a model from kiln.json, keeping the rest of the file as the user wrote it. */
export function removeModel(text: string, model: string): string {
  return setInSpec(text, ['models', model], undefined);
}
