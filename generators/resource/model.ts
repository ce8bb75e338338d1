import type { Column, ModelView } from '../../src/spec/columns.js';
import { literal } from '../../src/dialect/literal.js';

/** Where a resource's files live and what its code calls things. Pure: spec in, names out. */
export interface ResourcePaths {
  dir: string;
  schema: string;
  repository: string;
  routes: string;
  test: string;
}

export function resourcePaths(model: ModelView): ResourcePaths {
  const dir = `src/resources/${model.names.kebab}`;
  const file = (suffix: string) => `${dir}/${model.names.kebab}.${suffix}.ts`;
  return { dir, schema: file('schema'), repository: file('repository'), routes: file('routes'), test: file('test') };
}

/** The identifiers a resource's modules export, derived once so every file agrees. */
export function resourceNames(model: ModelView) {
  const { pascal, camel, camelPlural, kebabPlural } = model.names;
  return {
    type: pascal,
    createInput: `Create${pascal}Input`,
    updateInput: `Update${pascal}Input`,
    /** What the repository stores on create: the client's input plus the fields the server assigns. */
    newRecord: `New${pascal}`,
    /** The optional row filter repository methods accept when routes are scoped. */
    scope: `${pascal}Scope`,
    schema: `${camel}Schema`,
    createSchema: `create${pascal}Schema`,
    updateSchema: `update${pascal}Schema`,
    idSchema: `${camel}IdSchema`,
    /** What the list route accepts (filters, sort, search, page size), and where those fields are stored. */
    listRules: `${camel}ListRules`,
    listColumns: `${camel}Columns`,
    table: `${pascal}Table`,
    toApi: `to${pascal}`,
    /** The routes module's factory of the 404 error for a missing record. */
    notFound: `${camel}NotFound`,
    repositoryFactory: `create${pascal}Repository`,
    repositoryType: `${pascal}Repository`,
    routesFactory: `create${pascal}Routes`,
    collection: camelPlural,
    /** The local variable holding one record in route handlers (never shadowing a handler's own names). */
    instance: handlerLocals.has(camel) ? 'record' : camel,
    urlPath: `/${kebabPlural}`,
    label: pascal.replace(/([a-z0-9])([A-Z])/g, '$1 $2'),
  };
}

const handlerLocals = new Set(['c', 'db', 'deleted', 'id', 'include', 'included', 'input', 'page', 'parseId', 'parseWith', 'query', 'readJson', 'result', 'scope', 'value']);

export type ResourceNames = ReturnType<typeof resourceNames>;

/** The zod expression that validates a field in a create or update request. */
export function inputSchema(column: Column, mode: 'create' | 'update'): string {
  let schema = baseSchema(column);
  if (mode === 'update') return column.nullable ? `${schema}.nullable().optional()` : `${schema}.optional()`;
  if (column.nullable) schema += '.nullable()';
  if (column.default !== undefined) return `${schema}.default(${literal(column.default)})`;
  return column.nullable ? `${schema}.default(null)` : schema;
}

/** The zod expression describing a field in responses. */
export function outputSchema(column: Column): string {
  const schema = column.role === 'id' ? idSchema(column) : column.role === 'timestamp' ? 'z.iso.datetime()' : plainSchema(column);
  return column.nullable ? `${schema}.nullable()` : schema;
}

export const idSchema = (column: Column): string => (column.idStrategy === 'increments' ? 'z.int().positive()' : 'z.uuid()');

/** The schema of the `:id` path segment (a string in the URL). */
export const idParamSchema = (column: Column): string =>
  column.idStrategy === 'increments' ? 'z.coerce.number().int().positive().max(2147483647)' : 'z.uuid()';

function plainSchema(column: Column): string {
  switch (column.type) {
    case 'string':
    case 'text':
    case 'decimal':
      return 'z.string()';
    case 'integer':
      return 'z.int()';
    case 'float':
      return 'z.number()';
    case 'boolean':
      return 'z.boolean()';
    case 'date':
      return 'z.iso.date()';
    case 'datetime':
      return 'z.iso.datetime()';
    case 'uuid':
      return 'z.uuid()';
    case 'json':
      return 'z.json()';
    case 'enum':
      return `z.enum([${(column.values ?? []).map(literal).join(', ')}])`;
  }
}

function baseSchema(column: Column): string {
  const bounds = (schema: string) =>
    schema + (column.min !== undefined ? `.min(${column.min})` : '') + (column.max !== undefined ? `.max(${column.max})` : '');
  switch (column.type) {
    case 'string':
    case 'text':
    case 'float':
      return bounds(plainSchema(column));
    case 'integer':
      // 32-bit: the range of an INTEGER column on every engine.
      return bounds('z.int32()');
    case 'decimal':
      return decimalSchema(column);
    case 'datetime':
      return 'z.iso.datetime({ offset: true })';
    default:
      return plainSchema(column);
  }
}

function decimalSchema(column: Column): string {
  const scale = column.scale ?? 2;
  const whole = (column.precision ?? 12) - scale;
  const fraction = scale > 0 ? `(\\.\\d{1,${scale}})?` : '';
  let schema = `z.string().regex(/^-?\\d{1,${whole}}${fraction}$/, 'must be a decimal with at most ${whole} digits before the point${scale > 0 ? ` and ${scale} after it` : ''}')`;
  if (column.min !== undefined) schema += `.refine((value) => Number(value) >= ${column.min}, 'must be at least ${column.min}')`;
  if (column.max !== undefined) schema += `.refine((value) => Number(value) <= ${column.max}, 'must be at most ${column.max}')`;
  return schema;
}

/** Two distinct valid values per field, so tests can create two rows without tripping unique constraints. */
export function sampleValue(column: Column, variant: 1 | 2, fieldLabel: string): unknown {
  switch (column.type) {
    case 'string':
    case 'text':
      return sampleString(`${fieldLabel} ${variant}`, column);
    case 'integer':
      return clamp(variant === 1 ? 7 : 8, column);
    case 'float':
      return clamp(variant === 1 ? 1.5 : 2.5, column);
    case 'decimal': {
      const scale = column.scale ?? 2;
      const whole = String(clamp(variant === 1 ? 12 : 13, column));
      return scale > 0 ? `${whole}.${'5'.padEnd(scale, '0')}` : whole;
    }
    case 'boolean':
      return variant === 1;
    case 'date':
      return variant === 1 ? '2024-01-31' : '2024-02-29';
    case 'datetime':
      return variant === 1 ? '2024-01-31T12:00:00.000Z' : '2024-02-29T08:30:00.000Z';
    case 'uuid':
      return variant === 1 ? '0190a6c4-5b8e-7000-8000-000000000001' : '0190a6c4-5b8e-7000-8000-000000000002';
    case 'json':
      return variant === 1 ? { label: 'first', tags: ['a', 'b'] } : { label: 'second', count: 2 };
    case 'enum': {
      const values = column.values ?? [];
      return values[(variant - 1) % values.length];
    }
  }
}

/**
 * The id of a related row tests can rely on: `src/testing/seed.ts` inserts it before each test of a model that
 * refers to it (variant 1 and 2, like the sample values).
 */
export const relatedId = (column: Column, variant: 1 | 2): string | number =>
  column.type === 'integer' ? 1_000_000 + variant : `0190a6c4-5b8e-7000-8000-00000000a00${variant}`;

/** A valid create body: sample values, foreign keys pointing to the seeded related rows. */
export function sampleInput(columns: readonly Column[], variant: 1 | 2, labelPrefix = ''): Record<string, unknown> {
  return Object.fromEntries(columns.map((column) => [column.field, sampleFieldValue(column, variant, `${labelPrefix}${fieldLabel(column)}`)]));
}

/** A field's value in a sample record: a foreign key points to a seeded related row. */
export const sampleFieldValue = (column: Column, variant: 1 | 2, label: string): unknown =>
  column.references ? relatedId(column, variant) : sampleValue(column, variant, label);

/**
 * A row written straight through a repository by generated test set-up (seeds, children of a record): optional
 * fields stay null, since some are not the client's to fill (a feature's `deletedAt` would hide the row).
 */
export function sampleRow(columns: readonly Column[], variant: 1 | 2, labelPrefix = ''): Record<string, unknown> {
  const sample = sampleInput(columns, variant, labelPrefix);
  return Object.fromEntries(columns.map((column) => [column.field, column.nullable ? null : sample[column.field]]));
}

export const fieldLabel = (column: Column): string => column.field.charAt(0).toUpperCase() + column.field.slice(1);

/** A value of the wrong type for a field, to prove validation answers 400. */
export function wrongValue(column: Column): unknown {
  switch (column.type) {
    case 'integer':
    case 'float':
      return 'not a number';
    case 'boolean':
      return 'yes';
    default:
      return 12345;
  }
}

function sampleString(text: string, column: Column): string {
  const min = column.min ?? 0;
  const max = column.max ?? Number.POSITIVE_INFINITY;
  const padded = text.length < min ? text.padEnd(min, 'x') : text;
  return padded.length > max ? padded.slice(padded.length - max) : padded;
}

function clamp(value: number, column: Column): number {
  return Math.min(Math.max(value, column.min ?? Number.NEGATIVE_INFINITY), column.max ?? Number.POSITIVE_INFINITY);
}
