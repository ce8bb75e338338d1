import type { GeneratorContext } from '../../src/generator/define.js';
import { modelViews, type Column, type ModelView } from '../../src/spec/columns.js';
import { listingOf, type FilterOperator, type ListField } from '../../src/spec/listing.js';
import type { Spec } from '../../src/spec/schema.js';
import { resourceNames, resourcePaths, sampleValue } from '../resource/model.js';
import { resourcePlans } from '../resource/plans.js';
import { relationRoutes, routeRelations } from '../resource/relation-routes.js';
import type { ExtraRoute } from '../resource/routes-plan.js';
import { schemaExpressions } from '../resource/schema-file.js';
import { includeDocumentation } from './includes.js';
import { jsonSchemaOf, jsonValueSchema, type JsonSchema } from './json-schema.js';
import { jsonResponse, openApiPoint, ref, type DocumentedSchema, type OpenApiDocument, type OpenApiPlan, type Operation, type ResourceOperation } from './plan.js';
import { relationOperation } from './relation-operations.js';
import { dataOf, idParameter, pageParameters, pageSchema, withArticle } from './shapes.js';

/** An operation of a model's routes before the model is attached. */
type Documented = Omit<ResourceOperation, 'model'>;

/**
 * The project's OpenAPI 3.1 document — every route, its parameters, bodies, responses and errors, as features shape
 * them — and the zod schema in the project each body component comes from.
 */
export function openApiDocument(spec: Spec, extensions: GeneratorContext['extensions']): { document: OpenApiDocument; documentedSchemas: DocumentedSchema[] } {
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
  const resourceOperations: ResourceOperation[] = [];
  const models = modelViews(spec);
  // Every route a model's routes module prints: its CRUD routes, the routes of its relations, the routes features add.
  for (const model of models) {
    const { routes } = resourcePlans(model, extensions);
    const names = resourceNames(model);
    const relationOperations = relationRoutes(routeRelations(model, spec)).map((route): Documented => ({
      action: route.as,
      method: route.method,
      path: `${names.urlPath}${openApiPath(route.path)}`,
      operation: relationOperation(document, model, route, models),
    }));
    const operations = [...documentModel(document, spec, model, Object.keys(routes.serverAssigned), models), ...relationOperations, ...routes.routes.map((route) => documentExtraRoute(model, route))];
    for (const { method, path, operation, action } of operations) {
      document.paths[path] = { ...document.paths[path], [method]: operation };
      resourceOperations.push({ model, action, method, path, operation });
    }
  }
  if (JSON.stringify(document.components.schemas).includes('#/components/schemas/JsonValue')) document.components.schemas.JsonValue = jsonValueSchema();
  const plan: OpenApiPlan = { spec, document, resourceOperations, documentedSchemas: models.flatMap(modelSchemas) };
  for (const extend of extensions<OpenApiPlan>(openApiPoint)) extend(plan);
  return { document: sorted(plan.document), documentedSchemas: plan.documentedSchemas };
}

/** The body components of a model, each with the zod schema of its `<name>.schema.ts` it comes from. */
function modelSchemas(model: ModelView): DocumentedSchema[] {
  const names = resourceNames(model);
  const module = `../${resourcePaths(model).schema.replace(/^src\//, '').replace(/\.ts$/, '.js')}`;
  return [
    { component: names.type, module, schema: names.schema, io: 'output' },
    { component: `Create${names.type}`, module, schema: names.createSchema, io: 'input' },
    { component: `Update${names.type}`, module, schema: names.updateSchema, io: 'input' },
  ];
}

/** `/:id/tags/:tagId` → `/{id}/tags/{tagId}`; the collection's own `/` → ``. */
const openApiPath = (path: string) => path.replace(/:([A-Za-z0-9_]+)/g, '{$1}').replace(/\/$/, '');

/** Adds a model's schemas; returns its five operations. */
function documentModel(document: OpenApiDocument, spec: Spec, model: ModelView, serverAssigned: string[], models: readonly ModelView[]): Documented[] {
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
  const stillReferenced: Record<string, JsonSchema> = deleteMayBeRefused(model, models) ? { 409: ref('responses', 'Conflict') } : {};
  const id = idParameter(model);
  const tags = [type];
  const collection = names.urlPath;
  const record = `${names.urlPath}/{id}`;
  return [
    { action: 'list', method: 'get', path: collection, operation: {
      operationId: `list${model.names.camelPlural.charAt(0).toUpperCase()}${model.names.camelPlural.slice(1)}`,
      summary: `List ${names.label.toLowerCase()} records: filter, sort, search, ${cursor ? 'cursor' : 'offset'} pages`,
      tags,
      parameters: [...listParameters(listing, cursor), ...includes.parameters],
      responses: { 200: jsonResponse('One page', ref('schemas', `${type}Page`)), 400: ref('responses', 'BadRequest'), ...includes.responses },
    } },
    { action: 'create', method: 'post', path: collection, operation: {
      operationId: `create${type}`,
      summary: `Create ${withArticle(names.label.toLowerCase())}`,
      tags,
      requestBody: body(`Create${type}`, 1),
      responses: { 201: { ...one, description: 'Created' }, 400: ref('responses', 'BadRequest'), ...conflict },
    } },
    { action: 'get', method: 'get', path: record, operation: {
      operationId: `get${type}`,
      summary: `One ${names.label.toLowerCase()}`,
      tags,
      parameters: [id, ...includes.parameters],
      responses: {
        200: jsonResponse(`The ${names.label.toLowerCase()}`, dataOf(read)),
        ...(includes.parameters.length > 0 ? { 400: ref('responses', 'BadRequest') } : {}),
        404: ref('responses', 'NotFound'),
        ...includes.responses,
      },
    } },
    { action: 'update', method: 'patch', path: record, operation: {
      operationId: `update${type}`,
      summary: `Change some fields of ${withArticle(names.label.toLowerCase())}`,
      tags,
      parameters: [id],
      requestBody: body(`Update${type}`, 2),
      responses: { 200: one, 400: ref('responses', 'BadRequest'), 404: ref('responses', 'NotFound'), ...conflict },
    } },
    { action: 'delete', method: 'delete', path: record, operation: {
      operationId: `delete${type}`,
      summary: `Delete ${withArticle(names.label.toLowerCase())}`,
      tags,
      parameters: [id],
      responses: { 204: { description: 'Deleted' }, 404: ref('responses', 'NotFound'), ...stillReferenced },
    } },
  ];
}

/**
 * Whether the database may refuse to delete a model's row: another model points to it with `onDelete: restrict`,
 * or a model whose rows the delete cascades to is itself pointed to that way.
 */
function deleteMayBeRefused(model: ModelView, models: readonly ModelView[], visited = new Set<string>([model.name])): boolean {
  return models.some((other) =>
    other.relations.some((relation) => {
      if (relation.kind !== 'belongsTo' || relation.target !== model.name) return false;
      if (relation.onDelete === 'restrict') return true;
      if (relation.onDelete !== 'cascade' || visited.has(other.name)) return false;
      visited.add(other.name);
      return deleteMayBeRefused(other, models, visited);
    }),
  );
}

/**
 * A route a feature adds to a resource (`resource.routes` plan's `routes`, e.g. cqrs commands as `POST /:id/<name>`):
 * documented with its path, id parameter and error responses, guarded like the action it stands in for. Its body
 * and response are the feature's own; it describes them precisely through `openapi.document`.
 */
function documentExtraRoute(model: ModelView, route: ExtraRoute): Documented {
  const names = resourceNames(model);
  const path = `${names.urlPath}${openApiPath(route.path)}`;
  const words = route.path.split('/').filter((part) => part !== '' && !part.startsWith(':'));
  const operation: Operation = {
    operationId: `${route.method}${names.type}${words.map((word) => word.charAt(0).toUpperCase() + word.slice(1).replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())).join('')}`,
    summary: `${route.method.toUpperCase()} ${path} (acts as ${route.as})`,
    tags: [names.type],
    ...(route.path.includes(':id') ? { parameters: [idParameter(model)] } : {}),
    ...(route.method === 'get' || route.method === 'delete' ? {} : { requestBody: { required: true, content: { 'application/json': { schema: { type: 'object' } } } } }),
    responses: { 200: jsonResponse('Done', {}), 400: ref('responses', 'BadRequest'), 404: ref('responses', 'NotFound') },
  };
  return { action: route.as, method: route.method, path, operation };
}

function listParameters(listing: ReturnType<typeof listingOf>, cursor: boolean): JsonSchema[] {
  const sortable = listing.fields.filter((field) => field.sortable).map((field) => field.column.field);
  const alternatives = sortable.join('|');
  return [
    ...pageParameters(listing.maxPageSize, cursor),
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
  Conflict: jsonResponse(
    'The request conflicts with what is stored: a unique field already has this value, other records still refer to this one, or another request changed it first',
    ref('schemas', 'Error'),
  ),
};

/** Components sorted by name, so the document is byte-identical however it was assembled. */
function sorted(document: OpenApiDocument): OpenApiDocument {
  const byKey = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const { schemas, responses, securitySchemes } = document.components;
  return { ...document, components: { schemas: byKey(schemas), responses: byKey(responses), ...(securitySchemes ? { securitySchemes: byKey(securitySchemes) } : {}) } };
}
