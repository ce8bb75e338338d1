import { closest } from './suggest.js';
import { accessFeature, describeBadRule, parseAccessRule } from './access.js';
import {
  defaultDecimal,
  lengthBoundedTypes,
  unindexableTypes,
  valueBoundedTypes,
  type FieldType,
} from './field-types.js';
import { reservedFieldReason, reservedModelReason, generatedFieldNames } from './reserved.js';
import { snakeCase } from './naming.js';
import { tableName } from './names.js';
import { validateListing } from './validate-listing.js';
import type { FieldSpec, ModelSpec, Spec } from './schema.js';
import { validateRelations } from './validate-relations.js';

/** A problem in the spec, located by its JSON path. */
export interface SpecProblem {
  path: string;
  message: string;
  hint?: string;
}

const modelNamePattern = /^[A-Z][A-Za-z0-9]*$/;
const fieldNamePattern = /^[a-z][A-Za-z0-9]*$/;
const projectNamePattern = /^[a-z0-9][a-z0-9._-]*$/;
const tableNamePattern = /^[a-z][a-z0-9_]*$/;
const enumValuePattern = /^[A-Za-z0-9][A-Za-z0-9_. -]{0,63}$/;

/** Rules that need more than one value at a time; runs after the zod schema accepted the shape. */
export function validateSpec(spec: Spec): SpecProblem[] {
  const problems: SpecProblem[] = [];
  if (!projectNamePattern.test(spec.name)) {
    problems.push({
      path: 'name',
      message: `"${spec.name}" is not a valid project name`,
      hint: 'use lowercase letters, digits and dashes, like "my-blog"',
    });
  }
  const tables = new Map<string, string>();
  for (const [modelName, model] of Object.entries(spec.models)) {
    problems.push(
      ...validateModel(modelName, model),
      ...validateAccess(modelName, model, accessFeature in spec.features),
      ...validateListing(modelName, model),
    );
    const table = tableName(modelName, model);
    const clash = tables.get(table);
    if (clash) {
      problems.push({
        path: `models.${modelName}`,
        message: `models "${clash}" and "${modelName}" would both use the table "${table}"`,
        hint: 'rename one of them, or give one a "table" of its own',
      });
    }
    tables.set(table, modelName);
  }
  problems.push(...validateRelations(spec));
  return problems;
}

export function validateModelName(name: string, path = `models.${name}`): SpecProblem[] {
  if (!modelNamePattern.test(name)) {
    return [
      {
        path,
        message: `"${name}" is not a valid model name`,
        hint: 'use PascalCase letters and digits only, like "BlogPost" (no slashes, dots or spaces)',
      },
    ];
  }
  const reason = reservedModelReason(name);
  return reason ? [{ path, message: `"${name}" cannot be a model name: ${reason}`, hint: 'choose another name' }] : [];
}

export function validateFieldName(name: string, path: string): SpecProblem[] {
  const reason = reservedFieldReason(name);
  if (reason) return [{ path, message: `"${name}" cannot be a field name: ${reason}`, hint: 'choose another name' }];
  if (fieldNamePattern.test(name)) return [];
  return [{ path, message: `"${name}" is not a valid field name`, hint: 'use camelCase letters and digits only, like "publishedAt"' }];
}

function validateModel(modelName: string, model: ModelSpec): SpecProblem[] {
  const path = `models.${modelName}`;
  const problems = validateModelName(modelName, path);
  if (model.table !== undefined && !tableNamePattern.test(model.table)) {
    problems.push({ path: `${path}.table`, message: `"${model.table}" is not a valid table name`, hint: 'use snake_case' });
  }
  if (model.renamedFrom !== undefined) problems.push(...validateModelName(model.renamedFrom, `${path}.renamedFrom`));
  const columns = new Map<string, string>();
  for (const [fieldName, field] of Object.entries(model.fields)) {
    const fieldPath = `${path}.fields.${fieldName}`;
    problems.push(...validateFieldName(fieldName, fieldPath), ...validateField(field, fieldPath));
    const column = snakeCase(fieldName);
    const clash = columns.get(column);
    if (clash) {
      problems.push({ path: fieldPath, message: `fields "${clash}" and "${fieldName}" would both use the column "${column}"` });
    }
    columns.set(column, fieldName);
  }
  const known = [...generatedFieldNames, ...Object.keys(model.fields)];
  model.indexes?.forEach((columnsOfIndex, i) => {
    columnsOfIndex.forEach((name, j) => {
      if (!known.includes(name)) {
        const suggestion = closest(name, known);
        problems.push({
          path: `${path}.indexes[${i}][${j}]`,
          message: `index refers to unknown field "${name}"`,
          hint: suggestion ? `did you mean "${suggestion}"?` : `known fields: ${known.join(', ')}`,
        });
      }
    });
  });
  return problems;
}

/** Access rules and the owner field: well-formed, consistent with each other, and enforceable (auth enabled). */
function validateAccess(modelName: string, model: ModelSpec, authEnabled: boolean): SpecProblem[] {
  const path = `models.${modelName}`;
  const problems: SpecProblem[] = [];
  if (!authEnabled && (model.access !== undefined || model.owner !== undefined)) {
    const key = model.access !== undefined ? 'access' : 'owner';
    return [{
      path: `${path}.${key}`,
      message: `"${key}" needs the ${accessFeature} feature, which enforces it`,
      hint: `enable it with \`gen feature ${accessFeature}\`, or remove "${key}"`,
    }];
  }
  if (model.owner !== undefined) {
    const field = model.fields[model.owner];
    if (!field) {
      const suggestion = closest(model.owner, Object.keys(model.fields));
      problems.push({
        path: `${path}.owner`,
        message: `unknown field "${model.owner}".${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
        hint: 'name the uuid field that holds the owner\'s user id, e.g. "owner": "authorId" with "authorId": { "type": "uuid" }',
      });
    } else if (field.type !== 'uuid') {
      problems.push({ path: `${path}.owner`, message: `the owner field "${model.owner}" is a ${field.type}, not a uuid`, hint: 'user ids are uuids: make it "type": "uuid"' });
    } else if (field.optional) {
      problems.push({ path: `${path}.owner`, message: `the owner field "${model.owner}" is optional`, hint: 'every row has an owner: remove "optional"' });
    }
  }
  for (const [action, text] of Object.entries(model.access ?? {})) {
    if (text === undefined) continue;
    const rulePath = `${path}.access.${action}`;
    const rule = parseAccessRule(text);
    if (!rule) problems.push({ path: rulePath, ...describeBadRule(text) });
    else if (rule.kind === 'owner' && action === 'create') {
      problems.push({ path: rulePath, message: '"owner" cannot apply to create: the row has no owner yet', hint: 'use "authenticated" (the creator becomes the owner) or "role:<name>"' });
    } else if (rule.kind === 'owner' && model.owner === undefined) {
      problems.push({ path: rulePath, message: '"owner" needs the model to name its owner field', hint: 'add "owner": "<uuid field>" to the model, e.g. "owner": "authorId"' });
    }
  }
  if (model.owner !== undefined && model.access?.create === 'public') {
    problems.push({ path: `${path}.access.create`, message: 'a model with an owner cannot be created anonymously: the owner is taken from the access token', hint: 'use "authenticated" or "role:<name>"' });
  }
  return problems;
}

function validateField(field: FieldSpec, path: string): SpecProblem[] {
  const problems: SpecProblem[] = [];
  const problem = (key: string, message: string, hint?: string) =>
    problems.push({ path: `${path}.${key}`, message, ...(hint ? { hint } : {}) });

  if (field.type === 'enum') {
    const values = field.values ?? [];
    if (values.length === 0) problem('values', 'an enum field needs a non-empty "values" list', 'for example "values": ["draft", "published"]');
    const duplicate = values.find((value, i) => values.indexOf(value) !== i);
    if (duplicate !== undefined) problem('values', `the value "${duplicate}" is listed twice`);
    const invalid = values.find((value) => !enumValuePattern.test(value));
    if (invalid !== undefined) problem('values', `invalid enum value ${JSON.stringify(invalid)}`, 'use 1 to 64 letters, digits, spaces, dots, dashes or underscores');
  } else if (field.values !== undefined) {
    problem('values', `"values" only applies to enum fields, not ${field.type}`, 'set "type": "enum" or remove "values"');
  }
  const bounded = lengthBoundedTypes.has(field.type) || valueBoundedTypes.has(field.type);
  for (const key of ['min', 'max'] as const) {
    const bound = field[key];
    if (bound === undefined) continue;
    if (!bounded) problem(key, `"${key}" does not apply to ${field.type} fields`, 'it bounds the length of strings and the value of numbers');
    else if (lengthBoundedTypes.has(field.type) && (!Number.isInteger(bound) || bound < 0)) problem(key, `a length bound must be a whole number ≥ 0, got ${bound}`);
    else if (field.type === 'integer' && !Number.isInteger(bound)) problem(key, `an integer bound must be a whole number, got ${bound}`);
  }
  if (field.min !== undefined && field.max !== undefined && field.min > field.max) {
    problem('min', `min (${field.min}) is greater than max (${field.max})`);
  }
  if (field.type !== 'decimal') {
    if (field.precision !== undefined) problem('precision', '"precision" only applies to decimal fields');
    if (field.scale !== undefined) problem('scale', '"scale" only applies to decimal fields');
  } else {
    const precision = field.precision ?? defaultDecimal.precision;
    const scale = field.scale ?? defaultDecimal.scale;
    if (precision < 1 || precision > 38) problem('precision', `precision must be between 1 and 38, got ${precision}`);
    if (scale < 0 || scale > precision) problem('scale', `scale must be between 0 and the precision (${precision}), got ${scale}`);
  }
  if (unindexableTypes.has(field.type)) {
    const hint = field.type === 'text' ? 'use "type": "string" (with a "max") for a unique or indexed column' : undefined;
    if (field.unique) problem('unique', `a ${field.type} field cannot be unique on every database`, hint);
    if (field.index) problem('index', `a ${field.type} field cannot be indexed on every database`, hint);
  }
  if (field.renamedFrom !== undefined) problems.push(...validateFieldName(field.renamedFrom, `${path}.renamedFrom`));
  if (field.default !== undefined && field.default !== null) {
    const reason = invalidDefault(field, field.default);
    if (reason) problem('default', reason);
  }
  if (field.default === null && !field.optional) problem('default', 'only an optional field can default to null');
  return problems;
}

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const decimalPattern = /^-?\d+(\.\d+)?$/;

function invalidDefault(field: FieldSpec, value: unknown): string | undefined {
  const expect = (ok: boolean, what: string) => (ok ? undefined : `the default must be ${what}, got ${JSON.stringify(value)}`);
  const type: FieldType = field.type;
  switch (type) {
    case 'string':
    case 'text':
      return (
        expect(typeof value === 'string', 'a string') ??
        expect(withinLength(value as string, field), `${field.min ?? 0} to ${field.max ?? '∞'} characters long`)
      );
    case 'integer':
      return expect(Number.isInteger(value), 'a whole number') ?? expect(withinRange(value as number, field), 'within min/max');
    case 'float':
      return expect(typeof value === 'number', 'a number') ?? expect(withinRange(value as number, field), 'within min/max');
    case 'decimal':
      return expect(typeof value === 'string' && decimalPattern.test(value), 'a decimal written as a string, like "9.99"');
    case 'boolean':
      return expect(typeof value === 'boolean', 'true or false');
    case 'date':
      return expect(typeof value === 'string' && datePattern.test(value), 'a date like "2024-01-31"');
    case 'datetime':
      return expect(typeof value === 'string' && !Number.isNaN(Date.parse(value)) && value.includes('T'), 'an ISO 8601 date-time');
    case 'uuid':
      return expect(typeof value === 'string' && uuidPattern.test(value), 'a UUID');
    case 'enum':
      return expect(typeof value === 'string' && (field.values ?? []).includes(value), `one of ${JSON.stringify(field.values ?? [])}`);
    case 'json':
      return undefined;
  }
}

const withinLength = (value: string, field: FieldSpec) =>
  value.length >= (field.min ?? 0) && value.length <= (field.max ?? Number.POSITIVE_INFINITY);
const withinRange = (value: number, field: FieldSpec) =>
  value >= (field.min ?? Number.NEGATIVE_INFINITY) && value <= (field.max ?? Number.POSITIVE_INFINITY);
