import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { core } from 'zod';
import { KilnError, KilnErrors } from '../errors.js';
import { didYouMean } from './suggest.js';
import { joinPath, parseJsonStrict } from './parse-json.js';
import { allowedKeys, specSchema, type Spec } from './schema.js';
import { validateFieldName, validateModelName, validateSpec, type SpecProblem } from './validate.js';

export const specFileName = 'kiln.json';

/** Reads kiln.json from a project directory; throws a KilnError naming every problem at once. */
export function loadSpec(root: string): { spec: Spec; text: string } {
  const text = readSpecText(root);
  return { spec: parseSpec(text), text };
}

export function readSpecText(root: string): string {
  try {
    return readFileSync(join(root, specFileName), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new KilnError(
        'spec/missing',
        `no ${specFileName} in ${root}`,
        'run this inside a Kiln project, or create one with `gen new <dir>`',
      );
    }
    throw error;
  }
}

export function parseSpec(text: string): Spec {
  const { value, problems } = parseJsonStrict(text, specFileName);
  if (problems.length > 0) throw new KilnErrors('spec/invalid', problems);
  return validateSpecValue(value);
}

/** Validates an already-parsed spec value: names first (so unsafe keys never reach zod), then shape, then rules. */
export function validateSpecValue(value: unknown): Spec {
  const nameProblems = validateNames(value);
  const parsed = specSchema.safeParse(value, { reportInput: true });
  const problems = [...nameProblems, ...(parsed.success ? [] : parsed.error.issues.map(describeIssue))];
  if (parsed.success && problems.length === 0) problems.push(...validateSpec(parsed.data));
  if (problems.length > 0 || !parsed.success) throw new KilnErrors('spec/invalid', dedupe(problems));
  return parsed.data;
}

function validateNames(value: unknown): SpecProblem[] {
  const models = isRecord(value) && isRecord(value.models) ? value.models : {};
  return Object.entries(models).flatMap(([modelName, model]) => {
    const fields = isRecord(model) && isRecord(model.fields) ? model.fields : {};
    const relations = isRecord(model) && isRecord(model.relations) ? model.relations : {};
    return [
      ...validateModelName(modelName),
      ...Object.keys(fields).flatMap((fieldName) => validateFieldName(fieldName, `models.${modelName}.fields.${fieldName}`)),
      ...Object.keys(relations).flatMap((relationName) => validateFieldName(relationName, `models.${modelName}.relations.${relationName}`)),
    ];
  });
}

function describeIssue(issue: core.$ZodIssue): SpecProblem {
  const path = joinPath(issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)));
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeysAt(issue.path);
      const [key = ''] = issue.keys;
      return {
        path: joinPath([...issue.path.map(String), key]),
        message: `unknown key "${key}".${didYouMean(key, allowed)}`,
        hint: `allowed here: ${allowed.join(', ')}`,
      };
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const what = path.endsWith('.type') ? 'field type' : 'value';
      // "Did you mean" helps with a misspelt name, not with a number out of range.
      const suggestion = typeof issue.input === 'string' && issue.values.every((value) => typeof value === 'string') ? didYouMean(issue.input, allowed) : '';
      return {
        path,
        message: `unknown ${what} ${JSON.stringify(issue.input)}.${suggestion}`,
        hint: `allowed: ${allowed.join(', ')}`,
      };
    }
    case 'invalid_type':
      return {
        path,
        message: issue.input === undefined ? `is required (${issue.expected})` : `expected ${issue.expected}, got ${describe(issue.input)}`,
      };
    default:
      return { path, message: issue.message };
  }
}

function allowedKeysAt(path: readonly PropertyKey[]): readonly string[] {
  if (path.length === 0) return allowedKeys.spec;
  if (path[0] === 'models' && path.length === 2) return allowedKeys.model;
  if (path[0] === 'models' && path[2] === 'fields' && path.length === 4) return allowedKeys.field;
  if (path[0] === 'models' && path[2] === 'relations' && path.length === 4) return allowedKeys.relation;
  if (path[0] === 'models' && path[2] === 'access' && path.length === 3) return allowedKeys.access;
  return [];
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function dedupe(problems: SpecProblem[]): SpecProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.path}\u0000${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
