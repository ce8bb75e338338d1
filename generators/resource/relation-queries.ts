import type { ModelView } from '../../src/spec/columns.js';
import { pascalCase, pluralize } from '../../src/spec/naming.js';
import type { HasManyView, ManyToManyView, RelationView } from '../../src/spec/relations.js';

/**
 * What other models' relations need from a model's repository, so that each included relation costs one query for
 * a whole page: rows by id (a belongsTo points here), rows by a foreign key (a hasMany/hasOne reads them), rows
 * linked through a join table (a manyToMany reads them).
 */
export interface RelationQueries {
  findByIds: boolean;
  /** Foreign keys of this model that hasMany/hasOne relations read by; `paged` when a nested route lists them. */
  byForeignKey: { field: string; column: string; type: string; paged: boolean }[];
  /** manyToMany relations (of `owner`, another model) that reach this one; one method per owner. */
  linkedTo: { owner: string; relation: ManyToManyView }[];
}

export function relationQueries(model: ModelView, models: readonly ModelView[]): RelationQueries {
  const incoming = models.flatMap((other) => other.relations.filter((relation) => relation.target === model.name).map((relation) => ({ owner: other, relation })));
  const readers = incoming.flatMap(({ relation }) => (relation.kind === 'hasMany' || relation.kind === 'hasOne' ? [relation] : []));
  const byForeignKey = [...new Set(readers.map((relation) => relation.foreignKey))].sort().map((field) => {
    const column = model.fields.find((candidate) => candidate.field === field);
    return {
      field,
      column: column?.name ?? field,
      type: column?.type === 'integer' ? 'number' : 'string',
      paged: readers.some((relation) => relation.foreignKey === field && relation.kind === 'hasMany'),
    };
  });
  return {
    findByIds: incoming.some(({ relation }) => relation.kind === 'belongsTo'),
    byForeignKey,
    linkedTo: uniqueBy(incoming.flatMap(({ owner, relation }) => (relation.kind === 'manyToMany' ? [{ owner: owner.name, relation }] : [])), (link) => link.owner),
  };
}

/** Method names, shared by the repository that defines them and the code that calls them. */
export const relationMethods = {
  findByForeignKeys: (field: string) => `findBy${pascalCase(field)}s`,
  listByForeignKey: (field: string) => `listBy${pascalCase(field)}`,
  findLinkedTo: (owner: string) => `findLinkedTo${pascalCase(pluralize(owner))}`,
  link: (model: string, relation: RelationView) => `link${model}${pascalCase(relation.name)}`,
  unlink: (model: string, relation: RelationView) => `unlink${model}${pascalCase(relation.name)}`,
};

const uniqueBy = <T>(items: T[], key: (item: T) => string): T[] => [...new Map(items.map((item) => [key(item), item])).values()];

export const isReadRelation = (relation: RelationView): relation is HasManyView => relation.kind === 'hasMany' || relation.kind === 'hasOne';
