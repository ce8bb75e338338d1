import { type Expression, type RawBuilder, sql, type SqlBool } from 'kysely';
import type { Filter, ListQuery, SortKey } from './list-query.js';

/** A filterable or sortable column. */
export interface ListColumn {
  ref: Expression<unknown>;
  /** The stored form of an API value (a boolean as 0/1 on SQLite, …). */
  toRow: (value: unknown) => unknown;
}

export interface ListColumns {
  /** By API field name. */
  fields: Record<string, ListColumn>;
  /** The columns `?q=` searches. */
  search: readonly string[];
}

export function column(name: string, toRow: (value: unknown) => unknown = (value) => value): ListColumn {
  return { ref: sql.ref(name), toRow };
}

const comparisons = { eq: '=', ne: '<>', gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;

/** Every filter, the search and the cursor, combined with AND. */
export function listWhere(
  query: ListQuery & { after?: unknown[] },
  columns: ListColumns,
): Expression<SqlBool> {
  const conditions = query.filters.map((filter) => condition(filter, columnOf(columns, filter.field)));
  if (query.q !== undefined) conditions.push(search(query.q, columns.search));
  if (query.after !== undefined) conditions.push(afterRow(query.sort, query.after, columns));
  return conditions.length === 0 ? sql<SqlBool>`1 = 1` : sql<SqlBool>`${sql.join(conditions, sql` and `)}`;
}

/** Whether the query narrows the rows at all: without a WHERE, SQLite counts a table from its b-tree alone. */
export function isFiltered(query: ListQuery & { after?: unknown[] }): boolean {
  return query.filters.length > 0 || query.q !== undefined || query.after !== undefined;
}

/** The ORDER BY list of a sort. */
export function listOrder(sort: readonly SortKey[], columns: ListColumns): RawBuilder<unknown> {
  return sql.join(
    sort.map(({ field, direction }) => sql`${columnOf(columns, field).ref} ${sql.raw(direction)}`),
  );
}

function condition(filter: Filter, column: ListColumn): RawBuilder<SqlBool> {
  const { ref, toRow } = column;
  const { operator, value } = filter;
  switch (operator) {
    case 'in':
      return sql`${ref} in (${sql.join((Array.isArray(value) ? value : [value]).map(toRow))})`;
    case 'contains':
      return matches(ref, `%${escapeLike(String(value))}%`);
    case 'startsWith':
      return matches(ref, `${escapeLike(String(value))}%`);
    case 'isNull':
      return value === true ? sql`${ref} is null` : sql`${ref} is not null`;
    default:
      return sql`${ref} ${sql.raw(comparisons[operator])} ${toRow(value)}`;
  }
}

/** `?q=`: a case-insensitive substring of any search column. */
function search(text: string, columns: readonly string[]): RawBuilder<SqlBool> {
  const pattern = `%${escapeLike(text)}%`;
  return sql`(${sql.join(
    columns.map((name) => matches(sql.ref(name), pattern)),
    sql` or `,
  )})`;
}

/**
 * Keyset paging: the rows after the cursor's row in the sort order, `(a > x) or (a = x and b > y) or …`. Rows
 * inserted meanwhile fall before or after that row, so no row already seen comes again and none is skipped.
 */
function afterRow(sort: readonly SortKey[], values: unknown[], columns: ListColumns): RawBuilder<SqlBool> {
  const compare = (i: number, operator: string) => {
    const { ref, toRow } = columnOf(columns, sort[i]?.field ?? '');
    return sql`${ref} ${sql.raw(operator)} ${toRow(values[i])}`;
  };
  const branches = sort.map((key, i) => {
    const equal = sort.slice(0, i).map((_, j) => compare(j, '='));
    const beyond = compare(i, key.direction === 'asc' ? '>' : '<');
    return sql`(${sql.join([...equal, beyond], sql` and `)})`;
  });
  return sql`(${sql.join(branches, sql` or `)})`;
}

function matches(ref: Expression<unknown>, pattern: string): RawBuilder<SqlBool> {
  return sql`${ref} like ${pattern} escape '!'`;
}

/** `%` and `_` in the text match themselves (`!` escapes: it needs no quoting in any dialect's SQL). */
function escapeLike(text: string): string {
  return text.replace(/[!%_]/g, (character) => `!${character}`);
}

function columnOf(columns: ListColumns, field: string): ListColumn {
  const column = columns.fields[field];
  // The rules the query was parsed with and these columns are generated from one list: a gap is a bug.
  if (!column) throw new Error(`no list column for "${field}"`);
  return column;
}
