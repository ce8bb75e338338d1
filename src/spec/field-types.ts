/** The field types a model can declare, and what each one allows. */
export const fieldTypes = [
  'string',
  'text',
  'integer',
  'float',
  'decimal',
  'boolean',
  'date',
  'datetime',
  'uuid',
  'json',
  'enum',
] as const;

export type FieldType = (typeof fieldTypes)[number];

/** Types whose min/max bound the length of the value. */
export const lengthBoundedTypes: ReadonlySet<FieldType> = new Set(['string', 'text']);
/** Types whose min/max bound the value itself. */
export const valueBoundedTypes: ReadonlySet<FieldType> = new Set(['integer', 'float', 'decimal']);
/** Types that cannot carry a unique constraint or index on every engine (MySQL cannot index TEXT or JSON). */
export const unindexableTypes: ReadonlySet<FieldType> = new Set(['text', 'json']);

export const idStrategies = ['uuid', 'increments'] as const;
export type IdStrategy = (typeof idStrategies)[number];

export const databases = ['sqlite', 'postgres', 'mysql'] as const;
export type DatabaseKind = (typeof databases)[number];

/** Default length of a `string` column when the spec gives no max. */
export const defaultStringMax = 255;
/** Default precision and scale of a `decimal` column. */
export const defaultDecimal = { precision: 12, scale: 2 } as const;

/** How a model's list route pages: by offset (with a total) or by an opaque keyset cursor. */
export const paginationStyles = ['offset', 'cursor'] as const;
export type PaginationStyle = (typeof paginationStyles)[number];
