import { defaultStringMax } from '../spec/field-types.js';
import { hasDefault } from './column-definition.js';
import type { ColumnSnapshot } from './snapshot.js';

/**
 * What data a column change puts at risk, one line each (empty when it only widens the column). A narrowing
 * change fails the migration on rows that do not fit (PostgreSQL, MySQL in strict mode), or converts them
 * (SQLite's casts), so it needs --allow-destructive.
 */
export function alterationRisks(table: string, before: ColumnSnapshot, after: ColumnSnapshot): string[] {
  const where = `"${table}.${after.name}"`;
  const risks: string[] = [];
  const lost = typeChangeRisk(before, after);
  if (lost) risks.push(`changes ${where} from ${describe(before)} to ${describe(after)}: ${lost}`);
  if (before.nullable && !after.nullable && !hasDefault(after)) {
    risks.push(`makes ${where} required without a default: rows where it is empty (null) cannot be kept (a "default" would fill them)`);
  }
  return risks;
}

function typeChangeRisk(before: ColumnSnapshot, after: ColumnSnapshot): string | undefined {
  switch (after.type) {
    case 'text':
      return undefined;
    case 'string': {
      const max = after.max ?? defaultStringMax;
      return longestValue(before) <= max ? undefined : `values longer than ${max} characters cannot be kept`;
    }
    case 'integer':
      return before.type === 'integer' || before.type === 'boolean' ? undefined : 'values that are not whole numbers cannot be kept';
    case 'float':
      return ['float', 'integer', 'boolean'].includes(before.type) ? undefined : 'values that are not numbers cannot be kept';
    case 'decimal':
      return fitsDecimal(before, after) ? undefined : `values that do not fit ${describe(after)} cannot be kept`;
    case 'boolean':
      return before.type === 'boolean' ? undefined : 'values other than true and false cannot be kept';
    case 'date':
      if (before.type === 'date') return undefined;
      return before.type === 'datetime' ? 'the time of day is lost' : 'values that are not dates cannot be kept';
    case 'datetime':
      return before.type === 'datetime' || before.type === 'date' ? undefined : 'values that are not timestamps cannot be kept';
    case 'uuid':
      return before.type === 'uuid' ? undefined : 'values that are not UUIDs cannot be kept';
    case 'json':
      return before.type === 'json' ? undefined : 'values that are not valid JSON cannot be kept';
    case 'enum': {
      const allowed = new Set(after.values);
      if (before.type !== 'enum') return `values other than ${describeValues(after)} cannot be kept`;
      const removed = (before.values ?? []).filter((value) => !allowed.has(value));
      return removed.length === 0 ? undefined : `rows holding ${describeValues({ values: removed })} cannot be kept`;
    }
  }
}

/** The longest text form a value of the column can have (Infinity when unbounded). */
function longestValue(column: ColumnSnapshot): number {
  switch (column.type) {
    case 'string':
      return column.max ?? defaultStringMax;
    case 'enum':
      return Math.max(...(column.values ?? []).map((value) => value.length));
    case 'uuid':
      return 36;
    case 'integer':
      return 11;
    case 'boolean':
      return 5;
    case 'date':
      return 10;
    case 'datetime':
      return 29;
    case 'decimal':
      return (column.precision ?? 0) + 2;
    default:
      return Number.POSITIVE_INFINITY;
  }
}

/** Whether every value of `before` fits the decimal `after`: enough digits before the point and after it. */
function fitsDecimal(before: ColumnSnapshot, after: ColumnSnapshot): boolean {
  const digits = (after.precision ?? 0) - (after.scale ?? 0);
  if (before.type === 'boolean') return digits >= 1;
  if (before.type === 'integer') return digits >= 10;
  if (before.type !== 'decimal') return false;
  return digits >= (before.precision ?? 0) - (before.scale ?? 0) && (after.scale ?? 0) >= (before.scale ?? 0);
}

function describe(column: ColumnSnapshot): string {
  if (column.type === 'string') return `string(${column.max ?? defaultStringMax})`;
  if (column.type === 'decimal') return `decimal(${column.precision}, ${column.scale})`;
  if (column.type === 'enum') return `enum(${(column.values ?? []).join(', ')})`;
  return column.type;
}

const describeValues = (column: Pick<ColumnSnapshot, 'values'>) => (column.values ?? []).map((value) => `"${value}"`).join(', ');
