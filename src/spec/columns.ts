import { defaultDecimal, defaultStringMax, type FieldType, type IdStrategy } from './field-types.js';
import { columnName, modelNames, tableName, type ModelNames } from './names.js';
import type { OnDelete } from './relation-types.js';
import { idStrategyOf, isOneToOne, relationsOf, type BelongsToView, type RelationView } from './relations.js';
import type { FieldSpec, ModelSpec, Spec } from './schema.js';

/** A column of a model's table, with everything a generator needs to type, map and migrate it. */
export interface Column {
  /** TypeScript/API name (camelCase). */
  field: string;
  /** SQL column name (snake_case). */
  name: string;
  role: 'id' | 'field' | 'timestamp';
  type: FieldType;
  /** For the id column: how its values are made. */
  idStrategy?: IdStrategy;
  nullable: boolean;
  unique: boolean;
  index: boolean;
  /** Value a create request falls back to; `undefined` when the field has none. */
  default?: unknown;
  min?: number;
  max?: number;
  values?: readonly string[];
  precision?: number;
  scale?: number;
  renamedFrom?: string;
  description?: string;
  /** A foreign key: the row of another model this column points to (a belongsTo relation). */
  references?: ColumnReference;
}

export interface ColumnReference {
  model: string;
  table: string;
  onDelete: OnDelete;
  /** The belongsTo relation that declares it. */
  relation: string;
}

/** A model with its derived names and columns in table order: id, declared fields, timestamps. */
export interface ModelView {
  name: string;
  names: ModelNames;
  spec: ModelSpec;
  idStrategy: IdStrategy;
  timestamps: boolean;
  id: Column;
  columns: Column[];
  /** The declared fields only (what clients send). */
  fields: Column[];
  /** Composite indexes as column names. */
  indexes: string[][];
  relations: RelationView[];
}

const viewsOf = new WeakMap<Spec, ModelView[]>();

/** Every model's view, in spec order. Computed once per spec (generators all ask for it). */
export function modelViews(spec: Spec): ModelView[] {
  let views = viewsOf.get(spec);
  if (!views) {
    views = Object.entries(spec.models).map(([name, model]) => modelView(spec, name, model));
    viewsOf.set(spec, views);
  }
  return views;
}

export function modelView(spec: Spec, name: string, model: ModelSpec): ModelView {
  const idStrategy = model.id ?? spec.id;
  const timestamps = model.timestamps ?? spec.timestamps;
  const id: Column = {
    field: 'id',
    name: 'id',
    role: 'id',
    type: idStrategy === 'uuid' ? 'uuid' : 'integer',
    idStrategy,
    nullable: false,
    unique: false,
    index: false,
  };
  const relations = relationsOf(spec, name);
  const belongsTo = relations.filter((relation): relation is BelongsToView => relation.kind === 'belongsTo');
  const declared = Object.entries(model.fields).map(([fieldName, field]) => fieldColumn(fieldName, field));
  // A belongsTo whose foreign key is not declared as a field gets one, typed like the target's id.
  const derived = belongsTo
    .filter((relation) => !(relation.foreignKey in model.fields))
    .map((relation) => foreignKeyColumn(relation, idStrategyOf(spec, relation.target)));
  const fields = [...declared, ...derived].map((column) => {
    const relation = belongsTo.find((candidate) => candidate.foreignKey === column.field);
    if (!relation) return column;
    const references = { model: relation.target, table: tableName(relation.target, spec.models[relation.target]), onDelete: relation.onDelete, relation: relation.name };
    // The key of a hasOne's inverse is unique: its unique index serves lookups, so it needs no plain one.
    return isOneToOne(spec, name, relation) ? { ...column, unique: true, index: false, references } : { ...column, references };
  });
  const stamps = timestamps ? [timestampColumn('createdAt'), timestampColumn('updatedAt')] : [];
  const byField = new Map([id, ...fields, ...stamps].map((column) => [column.field, column.name]));
  return {
    name,
    names: modelNames(name, model),
    spec: model,
    idStrategy,
    timestamps,
    id,
    columns: [id, ...fields, ...stamps],
    fields,
    indexes: (model.indexes ?? []).map((index) => index.map((field) => byField.get(field) ?? columnName(field))),
    relations,
  };
}

function fieldColumn(fieldName: string, field: FieldSpec): Column {
  const column: Column = {
    field: fieldName,
    name: columnName(fieldName),
    role: 'field',
    type: field.type,
    nullable: field.optional ?? false,
    unique: field.unique ?? false,
    index: field.index ?? false,
  };
  if (field.default !== undefined) column.default = field.default;
  if (field.min !== undefined) column.min = field.min;
  if (field.type === 'string') column.max = field.max ?? defaultStringMax;
  else if (field.max !== undefined) column.max = field.max;
  if (field.values) column.values = field.values;
  if (field.type === 'decimal') {
    column.precision = field.precision ?? defaultDecimal.precision;
    column.scale = field.scale ?? defaultDecimal.scale;
  }
  if (field.renamedFrom) column.renamedFrom = field.renamedFrom;
  if (field.description) column.description = field.description;
  return column;
}

/** The foreign key column of a belongsTo that does not declare it: indexed, since every include and delete looks it up. */
function foreignKeyColumn(relation: BelongsToView, targetId: IdStrategy): Column {
  return {
    field: relation.foreignKey,
    name: relation.column,
    role: 'field',
    type: targetId === 'uuid' ? 'uuid' : 'integer',
    nullable: relation.optional,
    unique: false,
    index: true,
  };
}

function timestampColumn(field: 'createdAt' | 'updatedAt'): Column {
  return { field, name: columnName(field), role: 'timestamp', type: 'datetime', nullable: false, unique: false, index: false };
}

/** Whether a create request must carry the field (not optional, no default). */
export const isRequired = (column: Column): boolean => !column.nullable && column.default === undefined;
