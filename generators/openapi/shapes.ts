import type { ModelView } from '../../src/spec/columns.js';
import { defaultPageSize } from '../../src/spec/listing.js';
import { schemaExpressions } from '../resource/schema-file.js';
import { jsonSchemaOf, type JsonSchema } from './json-schema.js';
import { ref } from './plan.js';

/** `{ data: <the component> }`: what a route answers with one record. */
export const dataOf = (type: string): JsonSchema => ({ type: 'object', properties: { data: ref('schemas', type) }, required: ['data'], additionalProperties: false });

/** A page of records: `{ data, meta: { total, limit, offset } }`, or `{ data, meta: { limit, nextCursor } }` for cursor pages. */
export function pageSchema(type: string, cursor: boolean): JsonSchema {
  const meta = cursor
    ? { type: 'object', properties: { limit: { type: 'integer' }, nextCursor: { type: ['string', 'null'] } }, required: ['limit', 'nextCursor'], additionalProperties: false }
    : {
        type: 'object',
        properties: { total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' } },
        required: ['total', 'limit', 'offset'],
        additionalProperties: false,
      };
  return { type: 'object', properties: { data: { type: 'array', items: ref('schemas', type) }, meta }, required: ['data', 'meta'], additionalProperties: false };
}

/** `limit`, and `after` (cursor pages) or `offset` (offset pages), as src/lib/pagination.ts parses them. */
export function pageParameters(maxPageSize: number, cursor: boolean): JsonSchema[] {
  return [
    { name: 'limit', in: 'query', description: 'Page size', schema: { type: 'integer', minimum: 1, maximum: maxPageSize, default: Math.min(defaultPageSize, maxPageSize) } },
    cursor
      ? { name: 'after', in: 'query', description: 'The `meta.nextCursor` of the previous page (same sort)', schema: { type: 'string', minLength: 1 } }
      : { name: 'offset', in: 'query', description: 'Rows to skip', schema: { type: 'integer', minimum: 0, default: 0 } },
  ];
}

/** A path parameter holding a model's id, typed by the id schema its routes parse it with. */
export const idParameter = (model: ModelView, name = 'id'): JsonSchema => ({ name, in: 'path', required: true, schema: jsonSchemaOf(schemaExpressions(model, []).id, 'input') });

/** `a post`, `an author`: a noun with its indefinite article, for summaries. */
export const withArticle = (noun: string): string => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
