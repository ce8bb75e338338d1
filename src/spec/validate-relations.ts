import { generatedFieldNames } from './reserved.js';
import { joinTableOf, idStrategyOf, relationsOf } from './relations.js';
import { tableName } from './names.js';
import { camelCase } from './naming.js';
import type { ModelSpec, RelationSpec, Spec } from './schema.js';
import { closest } from './suggest.js';
import type { SpecProblem } from './validate.js';

const tableNamePattern = /^[a-z][a-z0-9_]*$/;

/** Relations: targets that exist, foreign keys that fit, inverses that are declared, join tables that do not clash. */
export function validateRelations(spec: Spec): SpecProblem[] {
  const problems: SpecProblem[] = [];
  const modelTables = new Map(Object.entries(spec.models).map(([name, model]) => [tableName(name, model), name]));
  const joinTables = new Map<string, string>();
  for (const [modelName, model] of Object.entries(spec.models)) {
    if (model.includeDepth !== undefined && Object.keys(model.relations ?? {}).length === 0) {
      problems.push({
        path: `models.${modelName}.includeDepth`,
        message: `${modelName} has no relations, so \`?include=\` has nothing to go deep into`,
        hint: `remove "includeDepth", or declare relations in models.${modelName}.relations`,
      });
    }
    for (const [name, relation] of Object.entries(model.relations ?? {})) {
      const path = `models.${modelName}.relations.${name}`;
      const found = validateRelation(spec, modelName, model, name, relation, path);
      problems.push(...found);
      if (found.length > 0 || relation.type !== 'manyToMany') continue;
      const table = joinTableOf(spec, modelName, relation.model, relation.through).table;
      const clash = modelTables.get(table);
      if (clash) {
        problems.push({ path, message: `the join table "${table}" is already the table of model "${clash}"`, hint: 'name another one with "through"' });
      }
      const pair = [modelName, relation.model].sort().join('/');
      const other = joinTables.get(table);
      if (other !== undefined && other !== pair) {
        problems.push({ path, message: `the join table "${table}" is used by two different manyToMany relations`, hint: 'name another one with "through"' });
      }
      joinTables.set(table, pair);
    }
  }
  return problems.length > 0 ? problems : sharedOneToOneKeys(spec);
}

/** A hasOne makes its foreign key unique: a hasMany over the same key could never hold more than one row. */
function sharedOneToOneKeys(spec: Spec): SpecProblem[] {
  return Object.keys(spec.models).flatMap((modelName) => {
    const relations = relationsOf(spec, modelName);
    return relations.flatMap((relation) => {
      if (relation.kind !== 'hasOne') return [];
      const many = relations.find((other) => other.kind === 'hasMany' && other.target === relation.target && other.foreignKey === relation.foreignKey);
      if (!many) return [];
      return [{
        path: `models.${modelName}.relations.${relation.name}`,
        message: `the hasOne "${relation.name}" and the hasMany "${many.name}" read the same foreign key ${relation.target}.${relation.foreignKey}: a hasOne makes it unique, so "${many.name}" could never hold more than one`,
        hint: `remove one of them, or give ${relation.target} a second belongsTo ${modelName} for the other`,
      }];
    });
  });
}

function validateRelation(spec: Spec, modelName: string, model: ModelSpec, name: string, relation: RelationSpec, path: string): SpecProblem[] {
  const problems: SpecProblem[] = [];
  const models = Object.keys(spec.models);
  if (name in model.fields) {
    problems.push({ path, message: `the relation "${name}" has the name of a field of ${modelName}`, hint: `rename the relation (a foreign key field is usually "${name}Id", the relation "${name}")` });
  }
  if (generatedFieldNames.includes(name)) problems.push({ path, message: `"${name}" is a generated field and cannot name a relation`, hint: 'choose another name' });
  const target = spec.models[relation.model];
  if (!target) {
    const suggestion = closest(relation.model, models);
    return [...problems, {
      path: `${path}.model`,
      message: `unknown model "${relation.model}".${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
      hint: `declared models: ${models.join(', ')}`,
    }];
  }
  const onlyFor = (key: 'onDelete' | 'optional' | 'through' | 'foreignKey', types: string[]) => {
    if (relation[key] !== undefined && !types.includes(relation.type)) {
      problems.push({ path: `${path}.${key}`, message: `"${key}" does not apply to a ${relation.type} relation`, hint: `it applies to ${types.join(' and ')}; remove it` });
    }
  };
  onlyFor('onDelete', ['belongsTo']);
  onlyFor('optional', ['belongsTo']);
  onlyFor('through', ['manyToMany']);
  onlyFor('foreignKey', ['belongsTo', 'hasMany', 'hasOne']);
  switch (relation.type) {
    case 'belongsTo':
      problems.push(...validateBelongsTo(spec, model, name, relation, path));
      break;
    case 'hasMany':
    case 'hasOne':
      problems.push(...validateInverse(modelName, name, relation, target, path));
      break;
    case 'manyToMany':
      if (relation.model === modelName) {
        problems.push({ path: `${path}.model`, message: 'a manyToMany relation of a model with itself is not supported', hint: 'declare a join model with two belongsTo relations instead' });
      }
      if (relation.through !== undefined && !tableNamePattern.test(relation.through)) {
        problems.push({ path: `${path}.through`, message: `"${relation.through}" is not a valid table name`, hint: 'use snake_case, like "post_tags"' });
      }
      break;
  }
  return problems;
}

function validateBelongsTo(spec: Spec, model: ModelSpec, name: string, relation: RelationSpec, path: string): SpecProblem[] {
  const problems: SpecProblem[] = [];
  const foreignKey = relation.foreignKey ?? `${name}Id`;
  const idType = idStrategyOf(spec, relation.model) === 'uuid' ? 'uuid' : 'integer';
  const field = model.fields[foreignKey];
  if (field && field.type !== idType) {
    problems.push({ path: `models.${pathModel(path)}.fields.${foreignKey}`, message: `the foreign key "${foreignKey}" is a ${field.type}, but ${relation.model} ids are ${idType}s`, hint: `make it "type": "${idType}", or remove it and let the relation create it` });
  }
  if (field && relation.optional !== undefined && relation.optional !== (field.optional ?? false)) {
    problems.push({ path: `${path}.optional`, message: `the relation says optional: ${relation.optional}, but the field "${foreignKey}" says ${field.optional ?? false}`, hint: `set "optional" on one of them only` });
  }
  if (relation.foreignKey !== undefined && generatedFieldNames.includes(relation.foreignKey)) {
    problems.push({ path: `${path}.foreignKey`, message: `"${relation.foreignKey}" is a generated field and cannot be a foreign key`, hint: 'choose another name' });
  }
  const optional = relation.optional ?? field?.optional ?? false;
  if (relation.onDelete === 'setNull' && !optional) {
    problems.push({ path: `${path}.onDelete`, message: `onDelete "setNull" needs a foreign key that may be null, but "${foreignKey}" is required`, hint: 'add "optional": true to the relation, or use "cascade" or "restrict"' });
  }
  return problems;
}

/** A hasMany/hasOne needs the other model to hold the foreign key: exactly one belongsTo pointing back, or the one named. */
function validateInverse(modelName: string, name: string, relation: RelationSpec, target: ModelSpec, path: string): SpecProblem[] {
  const inverses = Object.entries(target.relations ?? {}).filter(([, candidate]) => candidate.type === 'belongsTo' && candidate.model === modelName);
  const keyOf = ([inverseName, inverse]: [string, RelationSpec]) => inverse.foreignKey ?? `${inverseName}Id`;
  if (relation.foreignKey !== undefined) {
    if (inverses.some((inverse) => keyOf(inverse) === relation.foreignKey)) return [];
    const suggestion = closest(relation.foreignKey, inverses.map(keyOf));
    return [{
      path: `${path}.foreignKey`,
      message: `${relation.model} has no belongsTo ${modelName} relation with the foreign key "${relation.foreignKey}".${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
      hint: `declare it in models.${relation.model}.relations, e.g. "${camelCase(modelName)}": { "type": "belongsTo", "model": "${modelName}", "foreignKey": "${relation.foreignKey}" }`,
    }];
  }
  if (inverses.length === 1) return [];
  if (inverses.length === 0) {
    return [{
      path,
      message: `${relation.type} "${name}" needs ${relation.model} to hold the foreign key, but ${relation.model} has no belongsTo ${modelName} relation`,
      hint: `add to models.${relation.model}.relations: "${camelCase(modelName)}": { "type": "belongsTo", "model": "${modelName}" }`,
    }];
  }
  return [{
    path: `${path}.foreignKey`,
    message: `${relation.model} has ${inverses.length} belongsTo ${modelName} relations (${inverses.map(([inverseName]) => inverseName).join(', ')}): which one is the inverse of "${name}"?`,
    hint: `name its foreign key, e.g. "foreignKey": "${keyOf(inverses[0]!)}"`,
  }];
}

const pathModel = (path: string): string => path.split('.')[1] ?? '';
