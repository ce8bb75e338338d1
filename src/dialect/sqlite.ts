import type { Column } from '../spec/columns.js';
import type { Dialect } from './dialect.js';
import { enumUnion, literal } from './literal.js';

/** SQLite: types are affinities, so booleans are 0/1, JSON and decimals are text and dates are ISO strings. */
export const sqlite: Dialect = {
  kind: 'sqlite',
  sqlType(column) {
    switch (column.type) {
      case 'integer':
      case 'boolean':
        return 'integer';
      case 'float':
        return 'real';
      default:
        return 'text';
    }
  },
  rowType(column) {
    if (column.role === 'id' && column.idStrategy === 'increments') return { select: 'number', generated: true };
    if (column.type === 'enum') return { select: enumUnion(column) };
    return { select: ['integer', 'boolean', 'float'].includes(column.type) ? 'number' : 'string' };
  },
  fromRow(column: Column, value) {
    if (column.type === 'boolean') return `${value} === 1`;
    if (column.type === 'json') return `JSON.parse(${value}) as Json`;
    return undefined;
  },
  toRow(column, value) {
    if (column.type === 'boolean') return `${value} ? 1 : 0`;
    if (column.type === 'json') return `JSON.stringify(${value})`;
    if (column.type === 'datetime') return `new Date(${value}).toISOString()`;
    return undefined;
  },
  now: 'new Date().toISOString()',
  supportsReturning: true,
  defaultLiteral(column) {
    if (column.type === 'boolean') return column.default ? '1' : '0';
    if (column.type === 'json') return literal(JSON.stringify(column.default));
    return literal(column.default);
  },
  packages: { dependencies: ['better-sqlite3'], devDependencies: ['@types/better-sqlite3'] },
  defaultUrl: 'data/dev.sqlite',
};
