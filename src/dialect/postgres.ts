import type { Dialect } from './dialect.js';
import { enumUnion, literal } from './literal.js';

/** PostgreSQL: native boolean, uuid, jsonb and timestamptz; numeric and date come back as strings (see database.ts). */
export const postgres: Dialect = {
  kind: 'postgres',
  sqlType(column) {
    switch (column.type) {
      case 'string':
        return `varchar(${column.max ?? 255})`;
      case 'decimal':
        return `numeric(${column.precision}, ${column.scale})`;
      case 'float':
        return 'double precision';
      case 'datetime':
        return 'timestamptz';
      case 'json':
        return 'jsonb';
      case 'enum':
      case 'text':
        return 'text';
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
        return { select: 'boolean' };
      case 'datetime':
        return { select: 'Date', insert: 'string' };
      case 'json':
        return { select: 'Json', insert: 'string' };
      default:
        return { select: 'string' };
    }
  },
  fromRow(column, value) {
    return column.type === 'datetime' ? `${value}.toISOString()` : undefined;
  },
  toRow(column, value) {
    // node-postgres would send a JS array as a Postgres array, not JSON: always serialise explicitly.
    return column.type === 'json' ? `JSON.stringify(${value})` : undefined;
  },
  now: 'new Date().toISOString()',
  supportsReturning: true,
  defaultLiteral(column) {
    if (column.type === 'json') return literal(JSON.stringify(column.default));
    return literal(column.default);
  },
  packages: { dependencies: ['pg'], devDependencies: ['@types/pg'] },
  defaultUrl: undefined,
};
