import type { Dialect } from './dialect.js';
import { enumUnion, literal } from './literal.js';

/**
 * MySQL and MariaDB: booleans are tinyint(1) (read back as 0/1), datetimes are UTC datetime(3) read as Date,
 * and MariaDB returns JSON columns as text, so JSON is parsed when it arrives as a string.
 */
export const mysql: Dialect = {
  kind: 'mysql',
  sqlType(column) {
    switch (column.type) {
      case 'string':
        return `varchar(${column.max ?? 255})`;
      case 'enum':
        return 'varchar(64)';
      case 'decimal':
        return `decimal(${column.precision}, ${column.scale})`;
      case 'float':
        return 'double precision';
      case 'datetime':
        return 'datetime(3)';
      case 'uuid':
        return 'char(36)';
      default:
        return column.type;
    }
  },
  rowType(column) {
    if (column.role === 'id' && column.idStrategy === 'increments') return { select: 'number', generated: true };
    if (column.type === 'enum') return { select: enumUnion(column) };
    switch (column.type) {
      case 'integer':
      case 'float':
        return { select: 'number' };
      case 'boolean':
        return { select: 'number', insert: 'boolean' };
      case 'datetime':
        return { select: 'Date' };
      case 'json':
        return { select: 'Json | string', insert: 'string' };
      default:
        return { select: 'string' };
    }
  },
  fromRow(column, value) {
    if (column.type === 'boolean') return `${value} === 1`;
    if (column.type === 'datetime') return `${value}.toISOString()`;
    if (column.type === 'json') return `parseJson(${value})`;
    return undefined;
  },
  toRow(column, value) {
    if (column.type === 'json') return `JSON.stringify(${value})`;
    if (column.type === 'datetime') return `new Date(${value})`;
    return undefined;
  },
  now: 'new Date()',
  supportsReturning: false,
  defaultLiteral(column) {
    if (column.type === 'json') return literal(JSON.stringify(column.default));
    return literal(column.default);
  },
  packages: { dependencies: ['mysql2'], devDependencies: [] },
  defaultUrl: undefined,
};
