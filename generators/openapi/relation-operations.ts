import type { ModelView } from '../../src/spec/columns.js';
import { listingOf } from '../../src/spec/listing.js';
import { pascalCase } from '../../src/spec/naming.js';
import { resourceNames } from '../resource/model.js';
import { relationMethods } from '../resource/relation-queries.js';
import type { RelationRoute } from '../resource/relation-routes.js';
import { jsonResponse, ref, type OpenApiDocument, type Operation } from './plan.js';
import { idParameter, pageParameters, pageSchema, withArticle } from './shapes.js';

/**
 * The operation of a route a model's relations add (the same list its routes module prints): a hasMany's page of
 * related records, and a manyToMany's link and unlink. Each answers 404 when the record it hangs under is missing.
 */
export function relationOperation(document: OpenApiDocument, model: ModelView, route: RelationRoute, models: readonly ModelView[]): Operation {
  const names = resourceNames(model);
  const label = names.label.toLowerCase();
  const target = models.find((candidate) => candidate.name === route.relation.target);
  if (!target) throw new Error(`${model.name}.${route.relation.name}: no model ${route.relation.target}`);
  const targetNames = resourceNames(target);
  const targetLabel = targetNames.label.toLowerCase();
  const tags = [names.type];
  switch (route.kind) {
    case 'nested': {
      const page = offsetPageComponent(document, target);
      return {
        operationId: `list${names.type}${pascalCase(route.relation.name)}`,
        summary: `The ${route.relation.name} of ${withArticle(label)}, in offset pages`,
        tags,
        parameters: [idParameter(model), ...pageParameters(listingOf(target).maxPageSize, false)],
        responses: {
          200: jsonResponse('One page', ref('schemas', page)),
          400: ref('responses', 'BadRequest'),
          404: jsonResponse(`No such ${label} (or not yours to see)`, ref('schemas', 'Error')),
        },
      };
    }
    case 'link':
      return {
        operationId: relationMethods.link(model.name, route.relation),
        summary: `Link ${withArticle(targetLabel)} to ${withArticle(label)} (linking twice changes nothing)`,
        tags,
        parameters: [idParameter(model), idParameter(target, route.targetParam)],
        responses: {
          204: { description: 'Linked' },
          400: jsonResponse(`No ${targetLabel} has this id (\`invalid_reference\`)`, ref('schemas', 'Error')),
          404: jsonResponse(`No such ${label} (or not yours to see), or an id no ${targetLabel} can have`, ref('schemas', 'Error')),
        },
      };
    case 'unlink':
      return {
        operationId: relationMethods.unlink(model.name, route.relation),
        summary: `Unlink ${withArticle(targetLabel)} from ${withArticle(label)}`,
        tags,
        parameters: [idParameter(model), idParameter(target, route.targetParam)],
        responses: {
          204: { description: 'Unlinked' },
          404: jsonResponse(`No such ${label} (or not yours to see), or the ${targetLabel} is not linked to it`, ref('schemas', 'Error')),
        },
      };
  }
}

/**
 * A nested list pages by offset whatever the related model's own list does: its page component, `<Type>Page` when
 * that is an offset page too, otherwise `<Type>OffsetPage` (added here).
 */
function offsetPageComponent(document: OpenApiDocument, target: ModelView): string {
  const type = resourceNames(target).type;
  if (listingOf(target).pagination !== 'cursor') return `${type}Page`;
  document.components.schemas[`${type}OffsetPage`] = pageSchema(type, false);
  return `${type}OffsetPage`;
}
