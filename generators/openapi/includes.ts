import type { ModelView } from '../../src/spec/columns.js';
import { modelNames } from '../../src/spec/names.js';
import type { Spec } from '../../src/spec/schema.js';
import { deepestIncludePaths, forbiddenIncludePaths, forwardedRelations, includable, includePaths, includePlan } from '../resource/include-plan.js';
import type { JsonSchema } from './json-schema.js';
import { jsonResponse, ref } from './plan.js';

export interface IncludeDocumentation {
  /** The `include` parameter of list and get, when anything may be included. */
  parameters: JsonSchema[];
  responses: Record<string, JsonSchema>;
  /** `<Type>WithRelations`, what list and get answer, when anything may be included. */
  schemas: Record<string, JsonSchema>;
}

/**
 * How `?include=` is documented, from the same include plan the routes are generated from: the parameter (its
 * accepted paths as a pattern, all of them in the description, the deepest ones as the example), a 403 when some
 * path is refused, and the record schema with the optional relation properties a response may then carry.
 */
export function includeDocumentation(spec: Spec, model: ModelView, output: JsonSchema): IncludeDocumentation {
  const plan = includePlan(spec, model);
  const paths = includePaths(plan);
  const forbidden = forbiddenIncludePaths(plan);
  const relations = model.relations.filter((relation) => includable(spec, relation));
  if (paths.length === 0) return { parameters: [], responses: {}, schemas: {} };
  const escaped = paths.map((path) => path.replaceAll('.', '\\.')).join('|');
  const depth = plan.depth === 1 ? 'its relations' : `its relations, and theirs with a dotted path (up to ${plan.depth} levels deep)`;
  const parameter: JsonSchema = {
    name: 'include',
    in: 'query',
    description: `Comma-separated relations to add to each record: ${depth}. Accepted: ${paths.join(', ')}.${forbidden.length > 0 ? ` Refused with 403 (their records are not public): ${forbidden.join(', ')}.` : ''}`,
    schema: { type: 'string', pattern: `^(${escaped})(,(${escaped}))*$` },
    example: deepestIncludePaths(plan).join(','),
  };
  const forwarded = forwardedRelations(spec, model);
  const type = model.names.pascal;
  const relationSchema = (name: string, target: string, single: boolean): [string, JsonSchema] => {
    const record = ref('schemas', `${modelNames(target).pascal}${forwarded.has(name) ? 'WithRelations' : ''}`);
    return [name, single ? { anyOf: [record, { type: 'null' }] } : { type: 'array', items: record }];
  };
  const properties = relations.map((relation) => relationSchema(relation.name, relation.target, relation.kind === 'belongsTo' || relation.kind === 'hasOne'));
  const withRelations = {
    ...output,
    description: `${type} with the relations \`?include=\` asked for`,
    properties: { ...(output.properties as Record<string, JsonSchema>), ...Object.fromEntries(properties) },
  };
  return {
    parameters: [parameter],
    responses: forbidden.length > 0 ? { 403: jsonResponse('An included relation whose records are not public', ref('schemas', 'Error')) } : {},
    schemas: { [`${type}WithRelations`]: withRelations },
  };
}
