import type { Column, ModelView } from './columns.js';
import type { FieldType, PaginationStyle } from './field-types.js';
import type { ModelSpec } from './schema.js';

/** The query operators a list filter may use, in the order they are documented. */
export const filterOperators = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'contains', 'startsWith', 'isNull'] as const;
export type FilterOperator = (typeof filterOperators)[number];

/** The page size a list returns when the client asks for none, and the default largest one it may ask for. */
export const defaultPageSize = 20;
export const defaultMaxPageSize = 100;

/** Types a filter or sort can never apply to: a JSON document has no order and no portable equality. */
export const unfilterableTypes: ReadonlySet<FieldType> = new Set(['json']);
/** Types `?q=` and the text operators search. */
export const searchableTypes: ReadonlySet<FieldType> = new Set(['string', 'text']);

/** How a model's list route reads: which columns filter and sort, what `q` searches, how it pages. */
export interface Listing {
  /** Filterable or sortable columns, in table order; `operators` is empty for a column that only sorts. */
  fields: ListField[];
  search: Column[];
  pagination: PaginationStyle;
  maxPageSize: number;
}

export interface ListField {
  column: Column;
  operators: FilterOperator[];
  sortable: boolean;
}

export function listingOf(model: ModelView): Listing {
  const { style, maxPageSize } = paginationOf(model.spec);
  const indexed = new Set(model.indexes.flat());
  const fields = model.columns.flatMap((column): ListField[] => {
    if (unfilterableTypes.has(column.type)) return [];
    const declared = model.spec.fields[column.field];
    const byDefault = column.role !== 'field' || column.index || column.unique || column.type === 'enum' || indexed.has(column.name);
    const filterable = declared?.filterable ?? byDefault;
    // Keyset pages compare sort values: a NULL compares as unknown, so a cursor model sorts on non-null columns only.
    const sortable = declared?.sortable ?? (filterable && !(style === 'cursor' && column.nullable));
    const operators = filterable ? operatorsFor(column) : [];
    return operators.length > 0 || sortable ? [{ column, operators, sortable }] : [];
  });
  const search = (model.spec.search ?? []).flatMap((field) => model.fields.filter((column) => column.field === field));
  return { fields, search, pagination: style, maxPageSize };
}

export function paginationOf(model: ModelSpec): { style: PaginationStyle; maxPageSize: number } {
  const pagination = model.pagination ?? 'offset';
  if (typeof pagination === 'string') return { style: pagination, maxPageSize: defaultMaxPageSize };
  return { style: pagination.style, maxPageSize: pagination.maxPageSize ?? defaultMaxPageSize };
}

/** What each type can be compared with; `isNull` only where a NULL can be stored. */
export function operatorsFor(column: Column): FilterOperator[] {
  const nullable: FilterOperator[] = column.nullable ? ['isNull'] : [];
  switch (column.type) {
    case 'string':
    case 'text':
      return ['eq', 'ne', 'in', 'contains', 'startsWith', ...nullable];
    case 'integer':
    case 'float':
    case 'decimal':
    case 'date':
    case 'datetime':
      return ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', ...nullable];
    case 'uuid':
    case 'enum':
      return ['eq', 'ne', 'in', ...nullable];
    case 'boolean':
      return ['eq', 'ne', ...nullable];
    case 'json':
      return [];
  }
}
