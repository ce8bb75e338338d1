import { printSourceFile } from '../../../src/ast/project.js';
import { constant, func, importsOf, interfaceOf, param, property } from '../../../src/ast/structures.js';
import type { Dialect } from '../../../src/dialect/index.js';

/**
 * src/lib/list-sql.ts: a parsed list query as SQL — filters, text search and the keyset condition as one WHERE
 * expression, the sort as ORDER BY. Columns come from the repository's whitelist and every value is a parameter.
 */
export function listSqlFile(dialect: Dialect, numericText: boolean): string {
  // PostgreSQL's LIKE is case-sensitive; SQLite's (ASCII) and MySQL's (with the default _ci collations) are not.
  const like = dialect.kind === 'postgres' ? 'ilike' : 'like';
  return printSourceFile({
    statements: [
      ...importsOf({ kysely: { names: ['sql'], types: ['Expression', 'RawBuilder', 'SqlBool'] }, './list-query.js': { types: ['Filter', 'ListQuery', 'SortKey'] } }),
      interfaceOf('ListColumn', [
        property('ref', 'Expression<unknown>'),
        property('toRow', '(value: unknown) => unknown', { docs: ['The stored form of an API value (a boolean as 0/1 on SQLite, …).'] }),
      ], { docs: ['A filterable or sortable column.'] }),
      interfaceOf('ListColumns', [
        property('fields', 'Record<string, ListColumn>', { docs: ['By API field name.'] }),
        property('search', 'readonly string[]', { docs: ['The columns `?q=` searches.'] }),
      ]),
      func('column', [param('name', 'string'), param('toRow', '(value: unknown) => unknown', '(value) => value')], 'ListColumn', [
        'return { ref: sql.ref(name), toRow };',
      ], { exported: true }),
      ...(numericText
        ? [func('decimalColumn', [param('name', 'string')], 'ListColumn', [
            'return { ref: sql`cast(${sql.ref(name)} as real)`, toRow: Number };',
          ], { exported: true, docs: ['SQLite keeps decimals as text: compare and sort them as numbers.'] })]
        : []),
      constant('comparisons', "{ eq: '=', ne: '<>', gt: '>', gte: '>=', lt: '<', lte: '<=' } as const"),
      func('listWhere', [param('query', 'ListQuery & { after?: unknown[] }'), param('columns', 'ListColumns')], 'Expression<SqlBool>', [
        'const conditions = query.filters.map((filter) => condition(filter, columnOf(columns, filter.field)));',
        'if (query.q !== undefined) conditions.push(search(query.q, columns.search));',
        'if (query.after !== undefined) conditions.push(afterRow(query.sort, query.after, columns));',
        'return conditions.length === 0 ? sql<SqlBool>`1 = 1` : sql<SqlBool>`${sql.join(conditions, sql` and `)}`;',
      ], { exported: true, docs: ['Every filter, the search and the cursor, combined with AND.'] }),
      func('isFiltered', [param('query', 'ListQuery & { after?: unknown[] }')], 'boolean', [
        'return query.filters.length > 0 || query.q !== undefined || query.after !== undefined;',
      ], {
        exported: true,
        docs: ['Whether the query narrows the rows at all: without a WHERE, SQLite counts a table from its b-tree alone.'],
      }),
      func('listOrder', [param('sort', 'readonly SortKey[]'), param('columns', 'ListColumns')], 'RawBuilder<unknown>', [
        'return sql.join(sort.map(({ field, direction }) => sql`${columnOf(columns, field).ref} ${sql.raw(direction)}`));',
      ], { exported: true, docs: ['The ORDER BY list of a sort.'] }),
      func('condition', [param('filter', 'Filter'), param('column', 'ListColumn')], 'RawBuilder<SqlBool>', [
        'const { ref, toRow } = column;',
        'const { operator, value } = filter;',
        'switch (operator) {',
        "  case 'in':",
        '    return sql`${ref} in (${sql.join((Array.isArray(value) ? value : [value]).map(toRow))})`;',
        "  case 'contains':",
        '    return matches(ref, `%${escapeLike(String(value))}%`);',
        "  case 'startsWith':",
        '    return matches(ref, `${escapeLike(String(value))}%`);',
        "  case 'isNull':",
        '    return value === true ? sql`${ref} is null` : sql`${ref} is not null`;',
        '  default:',
        '    return sql`${ref} ${sql.raw(comparisons[operator])} ${toRow(value)}`;',
        '}',
      ]),
      func('search', [param('text', 'string'), param('columns', 'readonly string[]')], 'RawBuilder<SqlBool>', [
        'const pattern = `%${escapeLike(text)}%`;',
        'return sql`(${sql.join(columns.map((name) => matches(sql.ref(name), pattern)), sql` or `)})`;',
      ], { docs: ['`?q=`: a case-insensitive substring of any search column.'] }),
      func('afterRow', [param('sort', 'readonly SortKey[]'), param('values', 'unknown[]'), param('columns', 'ListColumns')], 'RawBuilder<SqlBool>', [
        'const compare = (i: number, operator: string) => {',
        '  const { ref, toRow } = columnOf(columns, sort[i]?.field ?? \'\');',
        '  return sql`${ref} ${sql.raw(operator)} ${toRow(values[i])}`;',
        '};',
        'const branches = sort.map((key, i) => {',
        '  const equal = sort.slice(0, i).map((_, j) => compare(j, \'=\'));',
        "  const beyond = compare(i, key.direction === 'asc' ? '>' : '<');",
        '  return sql`(${sql.join([...equal, beyond], sql` and `)})`;',
        '});',
        'return sql`(${sql.join(branches, sql` or `)})`;',
      ], {
        docs: [
          'Keyset paging: the rows after the cursor\'s row in the sort order, `(a > x) or (a = x and b > y) or …`. Rows\n' +
            'inserted meanwhile fall before or after that row, so no row already seen comes again and none is skipped.',
        ],
      }),
      func('matches', [param('ref', 'Expression<unknown>'), param('pattern', 'string')], 'RawBuilder<SqlBool>', [
        `return sql\`\${ref} ${like} \${pattern} escape '!'\`;`,
      ]),
      func('escapeLike', [param('text', 'string')], 'string', [
        "return text.replace(/[!%_]/g, (character) => `!${character}`);",
      ], { docs: ['`%` and `_` in the text match themselves (`!` escapes: it needs no quoting in any dialect\'s SQL).'] }),
      func('columnOf', [param('columns', 'ListColumns'), param('field', 'string')], 'ListColumn', [
        'const column = columns.fields[field];',
        '// The rules the query was parsed with and these columns are generated from one list: a gap is a bug.',
        'if (!column) throw new Error(`no list column for "${field}"`);',
        'return column;',
      ]),
    ],
  });
}
