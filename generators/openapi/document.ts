import type { GeneratorContext } from '../../src/generator/define.js';
import { modelViews, type Column, type ModelView } from '../../src/spec/columns.js';
import { defaultPageSize, listingOf, type FilterOperator, type ListField } from '../../src/spec/listing.js';
import type { Spec } from '../../src/spec/schema.js';
import { resourceNames, sampleValue } from '../resource/model.js';
import { resourcePlans } from '../resource/plans.js';
import type { Action, ExtraRoute } from '../resource/routes-plan.js';
import { schemaExpressions } from '../resource/schema-file.js';
import { includeDocumentation } from './includes.js';
import { jsonSchemaOf, jsonValueSchema, type JsonSchema } from './json-schema.js';
import { jsonResponse, openApiPoint, ref, type OpenApiDocument, type OpenApiPlan, type Operation } from './plan.js';

/** The project's OpenAPI 3.1 document: every route, its parameters, bodies, responses and errors, as features shape them. */
export function openApiDocument(spec: Spec, extensions: GeneratorContext['extensions']): OpenApiDocument {
  const document: OpenApiDocument = {
    openapi: '3.1.0',
    info: { title: spec.name, version: '0.1.0', description: `The HTTP API of ${spec.name}, generated from kiln.json.` },
    paths: {
      '/health': { get: { operationId: 'health', summary: 'Whether the server is up', tags: ['Service'], responses: { 200: jsonResponse('Up', healthSchema) } } },
      '/openapi.json': {
        get: { operationId: 'openApiDocument', summary: 'This document', tags: ['Service'], responses: { 200: jsonResponse('The OpenAPI document', { type: 'object' }) } },
      },
      '/docs': {
        get: {
          operationId: 'apiDocs',
          summary: 'This document as a web page (self-contained, works offline)',
          tags: ['Service'],
          responses: { 200: { description: 'An HTML page', content: { 'text/html': { schema: { type: 'string' } } } } },
        },
      },
    },
    components: { schemas: { Error: errorSchema }, responses: { ...errorResponses } },
  };
  const resourceOperations: OpenApiPlan['resourceOperations'] = [];
  for (const model of modelViews(spec)) {
    const { routes } = resourcePlans(model, extensions);
    const operations = [...documentModel(document, spec, model, Object.keys(routes.serverAssigned)), ...documentExtraRoutes(document, model, routes.routes)];
    for (const [action, operation] of operations) resourceOperations.push({ model, action, operation });
  }
  if (JSON.stringify(document.components.schemas).includes('#/components/schemas/JsonValue')) document.components.schemas.JsonValue = jsonValueSchema();
  const plan: OpenApiPlan = { spec, document, resourceOperations };
  for (const extend of extensions<OpenApiPlan>(openApiPoint)) extend(plan);
  return sorted(plan.document);
}

/** Adds a model's schemas and its five operations; returns the operation of each action. */
function documentModel(document: OpenApiDocument, spec: Spec, model: ModelView, serverAssigned: string[]): [Action, Operation][] {
  const names = resourceNames(model);
  const type = names.type;
  const expressions = schemaExpressions(model, serverAssigned);
  const listing = listingOf(model);
  const cursor = listing.pagination === 'cursor';
  const output = jsonSchemaOf(expressions.output, 'output');
  // What list and get answer: the record, with the relations `?include=` asked for when it has any.
  const includes = includeDocumentation(spec, model, output);
  const read = Object.keys(includes.schemas)[0] ?? type;
  Object.assign(document.components.schemas, {
    [type]: output,
    [`Create${type}`]: jsonSchemaOf(expressions.create, 'input'),
    [`Update${type}`]: jsonSchemaOf(expressions.update, 'input'),
    [`${type}Page`]: pageSchema(read, cursor),
    ...includes.schemas,
  });
  const clientFields = model.fields.filter((column) => !serverAssigned.includes(column.field));
  const example = (variant: 1 | 2) => Object.fromEntries(clientFields.map((column) => [column.field, sampleValue(column, variant, column.field)]));
  const body = (schema: string, variant: 1 | 2) => ({ required: true, content: { 'application/json': { schema: ref('schemas', schema), example: example(variant) } } });
  const one = jsonResponse(`The ${names.label.toLowerCase()}`, dataOf(type));
  const conflict: Record<string, JsonSchema> = model.fields.some((column) => column.unique) ? { 409: ref('responses', 'Conflict') } : {};
  const idParameter = { name: 'id', in: 'path', required: true, schema: jsonSchemaOf(expressions.id, 'input') };
  const tags = [type];
  const operations: [Action, Operation][] = [
    ['list', {
      operationId: `list${model.names.camelPlural.charAt(0).toUpperCase()}${model.names.camelPlural.slice(1)}`,
      summary: `List ${names.label.toLowerCase()} records: filter, sort, search, ${cursor ? 'cursor' : 'offset'} pages`,
      tags,
      parameters: [...listParameters(listing, cursor), ...includes.parameters],
      responses: { 200: jsonResponse('One page', ref('schemas', `${type}Page`)), 400: ref('responses', 'BadRequest'), ...includes.responses },
    }],
    ['create', {
      operationId: `create${type}`,
      summary: `Create a ${names.label.toLowerCase()}`,
      tags,
      requestBody: body(`Create${type}`, 1),
      responses: { 201: { ...one, description: 'Created' }, 400: ref('responses', 'BadRequest'), ...conflict },
    }],
    ['get', {
      operationId: `get${type}`,
      summary: `One ${names.label.toLowerCase()}`,
      tags,
      parameters: [idParameter, ...includes.parameters],
      responses: {
        200: jsonResponse(`The ${names.label.toLowerCase()}`, dataOf(read)),
        ...(includes.parameters.length > 0 ? { 400: ref('responses', 'BadRequest') } : {}),
        404: ref('responses', 'NotFound'),
        ...includes.responses,
      },
    }],
    ['update', {
      operationId: `update${type}`,
      summary: `Change some fields of a ${names.label.toLowerCase()}`,
      tags,
      parameters: [idParameter],
      requestBody: body(`Update${type}`, 2),
      responses: { 200: one, 400: ref('responses', 'BadRequest'), 404: ref('responses', 'NotFound'), ...conflict },
    }],
    ['delete', {
      operationId: `delete${type}`,
      summary: `Delete a ${names.label.toLowerCase()}`,
      tags,
      parameters: [idParameter],
      responses: { 204: { description: 'Deleted' }, 404: ref('responses', 'NotFound') },
    }],
  ];
  const byAction = Object.fromEntries(operations) as Record<Action, Operation>;
  document.paths[names.urlPath] = { get: byAction.list, post: byAction.create };
  document.paths[`${names.urlPath}/{id}`] = { get: byAction.get, patch: byAction.update, delete: byAction.delete };
  return operations;
}

/**
 * Routes a feature adds to a resource (`resource.routes` plan's `routes`, e.g. cqrs commands as `POST /:id/<name>`):
 * documented with their path, id parameter and error responses, guarded like the action they stand in for. Their
 * bodies are the feature's own; it can describe them precisely through `openapi.document`.
 */
function documentExtraRoutes(document: OpenApiDocument, model: ModelView, routes: ExtraRoute[]): [Action, Operation][] {
  const names = resourceNames(model);
  return routes.map((route) => {
    const path = `${names.urlPath}${route.path.replace(/:([A-Za-z]+)/g, '{$1}').replace(/\/$/, '')}`;
    const words = route.path.split('/').filter((part) => part !== '' && !part.startsWith(':'));
    const operation: Operation = {
      operationId: `${route.method}${names.type}${words.map((word) => word.charAt(0).toUpperCase() + word.slice(1).replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())).join('')}`,
      summary: `${route.method.toUpperCase()} ${path} (acts as ${route.as})`,
      tags: [names.type],
      ...(route.path.includes(':id') ? { parameters: [{ name: 'id', in: 'path', required: true, schema: jsonSchemaOf(schemaExpressions(model, []).id, 'input') }] } : {}),
      ...(route.method === 'get' || route.method === 'delete' ? {} : { requestBody: { required: true, content: { 'application/json': { schema: { type: 'object' } } } } }),
      responses: { 200: jsonResponse('Done', {}), 400: ref('responses', 'BadRequest'), 404: ref('responses', 'NotFound') },
    };
    document.paths[path] = { ...document.paths[path], [route.method]: operation };
    return [route.as, operation];
  });
}

function listParameters(listing: ReturnType<typeof listingOf>, cursor: boolean): JsonSchema[] {
  const sortable = listing.fields.filter((field) => field.sortable).map((field) => field.column.field);
  const alternatives = sortable.join('|');
  return [
    { name: 'limit', in: 'query', description: 'Page size', schema: { type: 'integer', minimum: 1, maximum: listing.maxPageSize, default: Math.min(defaultPageSize, listing.maxPageSize) } },
    cursor
      ? { name: 'after', in: 'query', description: 'The `meta.nextCursor` of the previous page (same sort)', schema: { type: 'string', minLength: 1 } }
      : { name: 'offset', in: 'query', description: 'Rows to skip', schema: { type: 'integer', minimum: 0, default: 0 } },
    {
      name: 'sort',
      in: 'query',
      description: `Comma-separated fields, a minus for descending; \`id\` always breaks ties. Sortable: ${sortable.join(', ')}`,
      schema: { type: 'string', pattern: `^-?(${alternatives})(,-?(${alternatives}))*$` },
    },
    ...(listing.search.length > 0
      ? [{ name: 'q', in: 'query', description: `Case-insensitive text in ${listing.search.map((column) => column.field).join(' or ')}`, schema: { type: 'string', maxLength: 200 } }]
      : []),
    ...listing.fields.flatMap((field) => field.operators.map((operator) => filterParameter(field, operator))),
  ];
}

function filterParameter({ column }: ListField, operator: FilterOperator): JsonSchema {
  const described: Record<FilterOperator, [string, JsonSchema]> = {
    eq: ['equals', valueSchema(column)],
    ne: ['differs from', valueSchema(column)],
    gt: ['is greater than', valueSchema(column)],
    gte: ['is at least', valueSchema(column)],
    lt: ['is less than', valueSchema(column)],
    lte: ['is at most', valueSchema(column)],
    in: ['is one of (comma-separated, up to 100)', { type: 'string' }],
    contains: ['contains (case-insensitive)', { type: 'string', minLength: 1, maxLength: 200 }],
    startsWith: ['starts with (case-insensitive)', { type: 'string', minLength: 1, maxLength: 200 }],
    isNull: ['is null (true) or not (false)', { type: 'boolean' }],
  };
  const [description, schema] = described[operator];
  return { name: `filter[${column.field}][${operator}]`, in: 'query', description: `${column.field} ${description}`, schema };
}

/** A filter value's schema: what the field holds, as a query string carries it. */
function valueSchema(column: Column): JsonSchema {
  switch (column.type) {
    case 'integer':
      return { type: 'integer' };
    case 'float':
      return { type: 'number' };
    case 'decimal':
      return { type: 'string', pattern: '^-?\\d+(\\.\\d+)?$' };
    case 'boolean':
      return { type: 'boolean' };
    case 'date':
      return { type: 'string', format: 'date' };
    case 'datetime':
      return { type: 'string', format: 'date-time' };
    case 'uuid':
      return { type: 'string', format: 'uuid' };
    case 'enum':
      return { type: 'string', enum: [...(column.values ?? [])] };
    default:
      return { type: 'string' };
  }
}

const dataOf = (type: string): JsonSchema => ({ type: 'object', properties: { data: ref('schemas', type) }, required: ['data'], additionalProperties: false });

function pageSchema(item: string, cursor: boolean): JsonSchema {
  const meta = cursor
    ? { type: 'object', properties: { limit: { type: 'integer' }, nextCursor: { type: ['string', 'null'] } }, required: ['limit', 'nextCursor'], additionalProperties: false }
    : {
        type: 'object',
        properties: { total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' } },
        required: ['total', 'limit', 'offset'],
        additionalProperties: false,
      };
  return { type: 'object', properties: { data: { type: 'array', items: ref('schemas', item) }, meta }, required: ['data', 'meta'], additionalProperties: false };
}

const healthSchema: JsonSchema = { type: 'object', properties: { status: { const: 'ok' } }, required: ['status'] };

/** `{ error: { code, message, details?, requestId? } }`: every error response (src/lib/errors.ts). */
const errorSchema: JsonSchema = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: {
        code: { type: 'string' },
        message: { type: 'string' },
        details: { description: 'For validation errors: `[{ field, message }]`, one per failing field or query parameter' },
        requestId: { type: 'string' },
      },
      required: ['code', 'message'],
    },
  },
  required: ['error'],
};

const errorResponses: Record<string, JsonSchema> = {
  BadRequest: jsonResponse('Invalid request: `error.details` names each failing field or query parameter', ref('schemas', 'Error')),
  NotFound: jsonResponse('No such record (or not yours to see)', ref('schemas', 'Error')),
  Conflict: jsonResponse('A unique field already has this value', ref('schemas', 'Error')),
};

/** Components sorted by name, so the document is byte-identical however it was assembled. */
function sorted(document: OpenApiDocument): OpenApiDocument {
  const byKey = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const { schemas, responses, securitySchemes } = document.components;
  return { ...document, components: { schemas: byKey(schemas), responses: byKey(responses), ...(securitySchemes ? { securitySchemes: byKey(securitySchemes) } : {}) } };
}
