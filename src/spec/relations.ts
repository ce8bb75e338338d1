import { columnName, tableName } from './names.js';
import { camelCase, pluralize, snakeCase } from './naming.js';
import { defaultOnDelete, type OnDelete } from './relation-types.js';
import type { IdStrategy } from './field-types.js';
import type { Spec } from './schema.js';

/**
 * Relations as generators use them, resolved against the whole spec: which table holds the foreign key, under
 * which column, and what deleting a referenced row does. Assumes a validated spec (validate-relations.ts).
 */
export type RelationView = BelongsToView | HasManyView | ManyToManyView;

interface RelationBase {
  /** The relation's name on its model: the `include` key and the response property. */
  name: string;
  /** The related model. */
  target: string;
  description?: string;
}

/** This model's rows each point to one row of `target` through `foreignKey`. */
export interface BelongsToView extends RelationBase {
  kind: 'belongsTo';
  foreignKey: string;
  column: string;
  onDelete: OnDelete;
  optional: boolean;
}

/** Rows of `target` point to this model's rows through their `foreignKey` (hasOne: at most one is read). */
export interface HasManyView extends RelationBase {
  kind: 'hasMany' | 'hasOne';
  foreignKey: string;
  column: string;
}

/** Rows are linked through a join table holding one row per pair. */
export interface ManyToManyView extends RelationBase {
  kind: 'manyToMany';
  joinTable: JoinTable;
  /** The join table's column pointing to this model, and the one pointing to `target`. */
  ownColumn: string;
  targetColumn: string;
}

/** A join table: two foreign keys, each to one model, together the primary key. */
export interface JoinTable {
  table: string;
  /** The two sides in a fixed (alphabetical) order, so both models declaring the relation agree on it. */
  sides: [JoinSide, JoinSide];
}

export interface JoinSide {
  model: string;
  table: string;
  column: string;
  idStrategy: IdStrategy;
}

export const idStrategyOf = (spec: Spec, model: string): IdStrategy => spec.models[model]?.id ?? spec.id;

/** The relations a model declares, in spec order. */
export function relationsOf(spec: Spec, modelName: string): RelationView[] {
  const model = spec.models[modelName];
  return Object.entries(model?.relations ?? {}).map(([name, relation]): RelationView => {
    const base = { name, target: relation.model, ...(relation.description ? { description: relation.description } : {}) };
    switch (relation.type) {
      case 'belongsTo': {
        const foreignKey = relation.foreignKey ?? `${name}Id`;
        return { ...base, kind: 'belongsTo', foreignKey, column: columnName(foreignKey), onDelete: relation.onDelete ?? defaultOnDelete, optional: relation.optional ?? model?.fields[foreignKey]?.optional ?? false };
      }
      case 'hasMany':
      case 'hasOne': {
        const foreignKey = relation.foreignKey ?? inverseOf(spec, modelName, relation.model)?.foreignKey ?? `${camelCase(modelName)}Id`;
        return { ...base, kind: relation.type, foreignKey, column: columnName(foreignKey) };
      }
      case 'manyToMany': {
        const joinTable = joinTableOf(spec, modelName, relation.model, relation.through);
        const [first, second] = joinTable.sides;
        const own = first.model === modelName ? first : second;
        const other = own === first ? second : first;
        return { ...base, kind: 'manyToMany', joinTable, ownColumn: own.column, targetColumn: other.column };
      }
    }
  });
}

/** The belongsTo relations of `target` that point back to `model` (the inverse of a hasMany/hasOne). */
export function inversesOf(spec: Spec, model: string, target: string): BelongsToView[] {
  return relationsOf(spec, target).filter((relation): relation is BelongsToView => relation.kind === 'belongsTo' && relation.target === model);
}

/**
 * Whether a belongsTo is the inverse of a hasOne: the target holds at most one row of this model, so the foreign key
 * is unique (a second child of the same parent is a unique violation, 409).
 */
export const isOneToOne = (spec: Spec, model: string, relation: BelongsToView): boolean =>
  relationsOf(spec, relation.target).some((candidate) => candidate.kind === 'hasOne' && candidate.target === model && candidate.foreignKey === relation.foreignKey);

const inverseOf = (spec: Spec, model: string, target: string): BelongsToView | undefined => {
  const inverses = inversesOf(spec, model, target);
  return inverses.length === 1 ? inverses[0] : undefined;
};

export function joinTableOf(spec: Spec, model: string, target: string, through?: string): JoinTable {
  const [a, b] = [model, target].sort() as [string, string];
  const side = (name: string): JoinSide => ({
    model: name,
    table: tableName(name, spec.models[name]),
    column: `${snakeCase(name)}_id`,
    idStrategy: idStrategyOf(spec, name),
  });
  return { table: through ?? snakeCase(`${a}${pluralize(b)}`), sides: [side(a), side(b)] };
}

/** Every join table the spec's manyToMany relations need, once each, by table name. */
export function joinTables(spec: Spec): JoinTable[] {
  const tables = new Map<string, JoinTable>();
  for (const model of Object.keys(spec.models)) {
    for (const relation of relationsOf(spec, model)) {
      if (relation.kind === 'manyToMany' && !tables.has(relation.joinTable.table)) tables.set(relation.joinTable.table, relation.joinTable);
    }
  }
  return [...tables.values()].sort((x, y) => (x.table < y.table ? -1 : 1));
}

/**
 * Models whose spec can change what this model's code looks like: every model connected to it through relations,
 * however indirectly (its tests create a comment's post's author, say).
 */
export function relatedModels(spec: Spec, model: string): string[] {
  const neighbours = new Map<string, Set<string>>(Object.keys(spec.models).map((name) => [name, new Set()]));
  for (const name of Object.keys(spec.models)) {
    for (const relation of relationsOf(spec, name)) {
      neighbours.get(name)?.add(relation.target);
      neighbours.get(relation.target)?.add(name);
    }
  }
  const seen = new Set([model]);
  const queue = [model];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const neighbour of neighbours.get(next) ?? []) {
      if (!seen.has(neighbour)) {
        seen.add(neighbour);
        queue.push(neighbour);
      }
    }
  }
  seen.delete(model);
  return [...seen].sort();
}
