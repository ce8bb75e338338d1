import { constant, objectLiteral, propertyKey } from '../../src/ast/structures.js';
import type { Dialect } from '../../src/dialect/index.js';
import { literal } from '../../src/dialect/literal.js';
import type { Column, ModelView } from '../../src/spec/columns.js';
import { listingOf } from '../../src/spec/listing.js';
import type { ResourceNames } from './model.js';

/**
 * The list whitelist of a model, printed twice from one `Listing`: as rules (what the URL may say, in the schema
 * file) and as columns (where each field is stored, in the repository), so the two cannot disagree.
 */
export function listRulesConstant(model: ModelView, names: ResourceNames) {
  const listing = listingOf(model);
  const parsers = listing.fields.map(({ column }) => urlValueSchema(column));
  const fields = listing.fields.map(({ column, operators, sortable }): [string, string] => [
    propertyKey(column.field),
    `{ type: ${literal(typeLabel(column))}, value: ${urlValueSchema(column)}, operators: [${operators.map(literal).join(', ')}], sortable: ${sortable} }`,
  ]);
  const declaration = constant(names.listRules, objectLiteral([
    ['fields', objectLiteral(fields)],
    ['search', String(listing.search.length > 0)],
    ['maxPageSize', String(listing.maxPageSize)],
  ]), {
    exported: true,
    type: 'ListRules',
    docs: [`What \`GET ${names.urlPath}\` accepts: the fields it filters (with their operators) and sorts on, search, page size.`],
  });
  // The URL value parsers of lib/list-query.ts the rules use (the others are plain zod).
  return { declaration, parsers: [...new Set(parsers.filter((parser) => parser.startsWith('query')))].sort() };
}

export function listColumnsConstant(model: ModelView, names: ResourceNames, dialect: Dialect) {
  const listing = listingOf(model);
  const fields = listing.fields.map(({ column }): [string, string] => [propertyKey(column.field), columnExpression(column, dialect)]);
  return constant(names.listColumns, objectLiteral([
    ['fields', objectLiteral(fields)],
    ['search', `[${listing.search.map((column) => literal(column.name)).join(', ')}]`],
  ]), { type: 'ListColumns', docs: ['Where the fields lists filter, sort and search on are stored.'] });
}

function columnExpression(column: Column, dialect: Dialect): string {
  if (dialect.kind === 'sqlite' && column.type === 'decimal') return `decimalColumn(${literal(column.name)})`;
  // A boolean arrives parsed; every other converted value (dates) as its ISO text.
  const toRow = dialect.toRow(column, column.type === 'boolean' ? 'value === true' : 'String(value)');
  return toRow === undefined ? `column(${literal(column.name)})` : `column(${literal(column.name)}, (value) => ${toRow})`;
}

/** The zod schema of one filter value as written in a URL (text), typed like the field. */
function urlValueSchema(column: Column): string {
  switch (column.type) {
    case 'integer':
      return 'queryInteger';
    case 'float':
      return 'queryNumber';
    case 'decimal':
      return 'queryDecimal';
    case 'boolean':
      return 'queryBoolean';
    case 'date':
      return 'z.iso.date()';
    case 'datetime':
      return 'z.iso.datetime({ offset: true })';
    case 'uuid':
      return 'z.uuid()';
    case 'enum':
      return `z.enum([${(column.values ?? []).map(literal).join(', ')}])`;
    default:
      return 'z.string()';
  }
}

/** How an error message names what a field's value must be. */
function typeLabel(column: Column): string {
  switch (column.type) {
    case 'integer':
      return 'an integer';
    case 'float':
    case 'decimal':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'date':
      return 'a date (YYYY-MM-DD)';
    case 'datetime':
      return 'an ISO 8601 date-time';
    case 'uuid':
      return 'a UUID';
    case 'enum':
      return `one of ${(column.values ?? []).join(', ')}`;
    default:
      return 'text';
  }
}
