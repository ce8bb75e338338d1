import type { ModelView } from '../../src/spec/columns.js';
import { modelNames } from '../../src/spec/names.js';
import type { HasManyView, ManyToManyView } from '../../src/spec/relations.js';
import type { Spec } from '../../src/spec/schema.js';
import { includable } from './include-plan.js';

/** What a model's relations add to its routes. */
export interface RouteRelations {
  /** `?include=` is parsed (and, when `loads`, applied) on list and get. */
  includes: boolean;
  loads: boolean;
  /** hasMany relations listed under the record: `GET /posts/:id/comments`. */
  nested: HasManyView[];
  /** manyToMany relations linked and unlinked under the record: `PUT|DELETE /posts/:id/tags/:tagId`. */
  links: ManyToManyView[];
}

export const noRouteRelations: RouteRelations = { includes: false, loads: false, nested: [], links: [] };

/** A model's relations as its routes use them: only relations a request may include get a nested list. */
export function routeRelations(model: ModelView, spec: Spec): RouteRelations {
  const visible = model.relations.filter((relation) => includable(spec, relation));
  return {
    includes: model.relations.length > 0,
    loads: visible.length > 0,
    nested: visible.flatMap((relation) => (relation.kind === 'hasMany' ? [relation] : [])),
    links: model.relations.flatMap((relation) => (relation.kind === 'manyToMany' ? [relation] : [])),
  };
}

/**
 * A route a model's relations add under its records (the path relative to the collection, as hono writes it),
 * guarded like the action it stands for. The routes module prints these and the OpenAPI document describes them,
 * both from this one list.
 */
export type RelationRoute =
  | { kind: 'nested'; method: 'get'; path: string; as: 'get'; relation: HasManyView }
  | { kind: 'link' | 'unlink'; method: 'put' | 'delete'; path: string; as: 'update'; relation: ManyToManyView; targetParam: string };

/** Each hasMany's `GET /:id/<relation>`, then each manyToMany's `PUT` and `DELETE /:id/<relation>/:<target>Id`. */
export function relationRoutes(relations: RouteRelations): RelationRoute[] {
  const nested = relations.nested.map((relation): RelationRoute => ({ kind: 'nested', method: 'get', path: `/:id/${relationSegment(relation.name)}`, as: 'get', relation }));
  const links = relations.links.flatMap((relation): RelationRoute[] => {
    const targetParam = `${modelNames(relation.target).camel}Id`;
    const path = `/:id/${relationSegment(relation.name)}/:${targetParam}`;
    return [
      { kind: 'link', method: 'put', path, as: 'update', relation, targetParam },
      { kind: 'unlink', method: 'delete', path, as: 'update', relation, targetParam },
    ];
  });
  return [...nested, ...links];
}

/** A relation's segment in its routes' paths: `blogPosts` → `blog-posts`. */
export const relationSegment = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
