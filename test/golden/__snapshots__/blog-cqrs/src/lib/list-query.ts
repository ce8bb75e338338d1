import * as z from 'zod';
import { decodeCursor, sortText } from './cursor.js';
import { HttpError } from './errors.js';
import { cursorPageQuery, type OffsetPageQuery, offsetPageQuery } from './pagination.js';

export const filterOperators = [
  'eq',
  'ne',
  'gt',
  'gte',
  'lt',
  'lte',
  'in',
  'contains',
  'startsWith',
  'isNull',
] as const;

export type FilterOperator = (typeof filterOperators)[number];

/** How a list may be queried on one field. */
export interface ListField {
  /** What the value is, for error messages ("integer", "one of draft, published"). */
  type: string;
  /** Parses one value as written in a URL. */
  value: z.ZodType<unknown, string>;
  /** The filter operators allowed; none for a field that only sorts. */
  operators: readonly FilterOperator[];
  sortable: boolean;
}

/** A model's list whitelist: anything not named here is answered with 400. */
export interface ListRules {
  fields: Record<string, ListField>;
  /** Whether `?q=` searches some text fields. */
  search: boolean;
  maxPageSize: number;
}

export type Filter = { field: string; operator: FilterOperator; value: unknown };

export type SortKey = { field: string; direction: 'asc' | 'desc' };

/** What every list query carries. `sort` always ends with `id`, so rows with equal sort values keep one order. */
export type ListQuery = { filters: Filter[]; sort: SortKey[]; q?: string };

export type OffsetListQuery = ListQuery & OffsetPageQuery;

/** `after` holds the sort values of the row the page starts after. */
export type CursorListQuery = ListQuery & { limit: number; after?: unknown[] };

type Issue = { field: string; message: string };

/** URL values are text: these read numbers and booleans from it, refusing anything else. */
export const queryInteger = z
  .string()
  .regex(/^-?\d{1,10}$/, 'must be a whole number')
  .transform(Number)
  .pipe(z.int32());

export const queryNumber = z
  .string()
  .regex(/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/, 'must be a number')
  .transform(Number)
  .pipe(z.number());

export const queryDecimal = z.string().regex(/^-?\d+(\.\d+)?$/, 'must be a decimal number like 9.99');

export const queryBoolean = z
  .enum(['true', 'false'], 'must be true or false')
  .transform((value) => value === 'true');

/** `filter[field][operator]`, or `filter[field]` for eq. */
const filterKey = /^filter\[([^\][]+)\](?:\[([^\][]+)\])?$/;

const maxInValues = 100;

/** `?filter…&sort&q&limit&offset`, from `c.req.queries()`. */
export function parseOffsetListQuery(queries: Record<string, string[]>, rules: ListRules): OffsetListQuery {
  const issues: Issue[] = [];
  const list = parseList(queries, rules, issues);
  const page = parsePart(offsetPageQuery(rules.maxPageSize), firstValues(queries), issues);
  if (!page || issues.length > 0) throw invalidQuery(issues);
  return { ...list, ...page };
}

/** `?filter…&sort&q&limit&after`, from `c.req.queries()`. */
export function parseCursorListQuery(queries: Record<string, string[]>, rules: ListRules): CursorListQuery {
  const issues: Issue[] = [];
  const list = parseList(queries, rules, issues);
  const page = parsePart(cursorPageQuery(rules.maxPageSize), firstValues(queries), issues);
  const after = page?.after === undefined ? undefined : parseCursor(page.after, list.sort, rules, issues);
  if (!page || issues.length > 0) throw invalidQuery(issues);
  return { ...list, limit: page.limit, ...(after ? { after } : {}) };
}

function parseList(queries: Record<string, string[]>, rules: ListRules, issues: Issue[]): ListQuery {
  const filters: Filter[] = [];
  for (const [key, values] of Object.entries(queries)) {
    if (key !== 'filter' && !key.startsWith('filter[')) continue;
    for (const text of values) {
      const filter = parseFilter(key, text, rules, issues);
      if (filter) filters.push(filter);
    }
  }

  const sort = parseSort(queries.sort?.[0], rules, issues);
  const q = queries.q?.[0]?.trim();
  if (q !== undefined && q !== '' && !rules.search)
    issues.push({ field: 'q', message: 'this list has no text search' });
  if (q !== undefined && q.length > 200)
    issues.push({ field: 'q', message: 'must be at most 200 characters' });
  return { filters, sort, ...(q ? { q } : {}) };
}

function parseFilter(key: string, text: string, rules: ListRules, issues: Issue[]): Filter | undefined {
  const match = filterKey.exec(key);
  if (!match) {
    issues.push({ field: key, message: 'write a filter as filter[field][operator]=value' });
    return undefined;
  }

  const [, field = '', operator = 'eq'] = match;
  const rule = Object.hasOwn(rules.fields, field) ? rules.fields[field] : undefined;
  if (!rule || rule.operators.length === 0) {
    const filterable = Object.keys(rules.fields).filter(
      (name) => (rules.fields[name]?.operators.length ?? 0) > 0,
    );
    issues.push({
      field: key,
      message: `unknown filter field "${field}"; filterable fields: ${filterable.join(', ')}`,
    });
    return undefined;
  }

  if (!isOperator(operator, rule)) {
    issues.push({
      field: key,
      message: `unknown operator "${operator}" for "${field}"; allowed: ${rule.operators.join(', ')}`,
    });
    return undefined;
  }

  const result = operandSchema(rule, operator).safeParse(text);
  if (!result.success) {
    issues.push({
      field: key,
      message: `"${field}" expects ${expected(rule, operator)}: ${result.error.issues[0]?.message ?? 'invalid value'}`,
    });
    return undefined;
  }

  return { field, operator, value: result.data };
}

function isOperator(operator: string, rule: ListField): operator is FilterOperator {
  return (rule.operators as readonly string[]).includes(operator);
}

const textOperand = z.string().min(1).max(200);

/** zod compiles a schema the first time it parses with it: each field's `in` list is built once, not per request. */
const listOperands = new WeakMap<ListField, z.ZodType<unknown, string>>();

function listOperand(rule: ListField): z.ZodType<unknown, string> {
  const schema =
    listOperands.get(rule) ??
    z
      .string()
      .transform((text) => text.split(','))
      .pipe(z.array(rule.value).min(1).max(maxInValues));
  listOperands.set(rule, schema);
  return schema;
}

/** `in` takes a comma-separated list, `isNull` true or false, the text operators any text. */
function operandSchema(rule: ListField, operator: FilterOperator): z.ZodType<unknown, string> {
  switch (operator) {
    case 'in':
      return listOperand(rule);
    case 'isNull':
      return queryBoolean;
    case 'contains':
    case 'startsWith':
      return textOperand;
    default:
      return rule.value;
  }
}

function expected(rule: ListField, operator: FilterOperator): string {
  switch (operator) {
    case 'in':
      return `a comma-separated list of up to ${maxInValues} values, each ${rule.type}`;
    case 'isNull':
      return 'true or false';
    case 'contains':
    case 'startsWith':
      return 'text';
    default:
      return rule.type;
  }
}

/** `sort=-createdAt,title`: a minus sorts descending; `id` breaks ties, so the order is total. */
function parseSort(text: string | undefined, rules: ListRules, issues: Issue[]): SortKey[] {
  const keys: SortKey[] = [];
  for (const part of text ? text.split(',') : []) {
    const field = part.replace(/^-/, '');
    const rule = Object.hasOwn(rules.fields, field) ? rules.fields[field] : undefined;
    if (!rule?.sortable) {
      const sortable = Object.keys(rules.fields).filter((name) => rules.fields[name]?.sortable);
      issues.push({
        field: 'sort',
        message: `cannot sort by "${field}"; sortable fields: ${sortable.join(', ')}`,
      });
    } else if (!keys.some((key) => key.field === field)) {
      keys.push({ field, direction: part.startsWith('-') ? 'desc' : 'asc' });
    }
  }

  if (!keys.some((key) => key.field === 'id')) keys.push({ field: 'id', direction: 'asc' });
  return keys;
}

function parseCursor(
  text: string,
  sort: SortKey[],
  rules: ListRules,
  issues: Issue[],
): unknown[] | undefined {
  const cursor = decodeCursor(text);
  if (!cursor || cursor.sort !== sortText(sort) || cursor.values.length !== sort.length) {
    issues.push({
      field: 'after',
      message:
        'not a cursor of this list and sort: pass meta.nextCursor of the previous page, with the same sort',
    });
    return undefined;
  }

  const values = sort.map((key, i) => rules.fields[key.field]?.value.safeParse(cursor.values[i]));
  if (values.some((result) => !result?.success)) {
    issues.push({ field: 'after', message: 'the cursor holds a value of the wrong type' });
    return undefined;
  }

  return values.map((result) => result?.data);
}

function parsePart<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  issues: Issue[],
): z.output<Schema> | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues)
    issues.push({ field: issue.path.join('.'), message: issue.message });
  return undefined;
}

function firstValues(queries: Record<string, string[]>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(queries).map(([key, values]) => [key, values[0]]));
}

function invalidQuery(issues: Issue[]): HttpError {
  return new HttpError(400, 'invalid_query', 'Invalid list query', issues);
}
