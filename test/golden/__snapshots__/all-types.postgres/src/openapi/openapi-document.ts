export interface OpenApiParameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema: unknown;
}

export interface OpenApiOperation {
  operationId: string;
  summary: string;
  tags: string[];
  parameters?: OpenApiParameter[];
  requestBody?: { required: boolean; content: Record<string, { schema: unknown; example?: unknown }> };
  responses: Record<
    string,
    { $ref: string } | { description: string; content?: Record<string, { schema: unknown }> }
  >;
  security?: Record<string, string[]>[];
}

export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: Record<string, Record<string, unknown>>;
}

/** The OpenAPI 3.1 document of this API, generated from kiln.json (the same text as openapi.json). */
export const openApiDocument: OpenApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'all-types',
    version: '0.1.0',
    description: 'The HTTP API of all-types, generated from kiln.json.',
  },
  paths: {
    '/health': {
      get: {
        operationId: 'health',
        summary: 'Whether the server is up',
        tags: ['Service'],
        responses: {
          '200': {
            description: 'Up',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    status: {
                      const: 'ok',
                    },
                  },
                  required: ['status'],
                },
              },
            },
          },
        },
      },
    },
    '/openapi.json': {
      get: {
        operationId: 'openApiDocument',
        summary: 'This document',
        tags: ['Service'],
        responses: {
          '200': {
            description: 'The OpenAPI document',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                },
              },
            },
          },
        },
      },
    },
    '/docs': {
      get: {
        operationId: 'apiDocs',
        summary: 'This document as a web page (self-contained, works offline)',
        tags: ['Service'],
        responses: {
          '200': {
            description: 'An HTML page',
            content: {
              'text/html': {
                schema: {
                  type: 'string',
                },
              },
            },
          },
        },
      },
    },
    '/samples': {
      get: {
        operationId: 'listSamples',
        summary: 'List sample records: filter, sort, search, cursor pages',
        tags: ['Sample'],
        parameters: [
          {
            name: 'limit',
            in: 'query',
            description: 'Page size',
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 50,
              default: 20,
            },
          },
          {
            name: 'after',
            in: 'query',
            description: 'The `meta.nextCursor` of the previous page (same sort)',
            schema: {
              type: 'string',
              minLength: 1,
            },
          },
          {
            name: 'sort',
            in: 'query',
            description:
              'Comma-separated fields, a minus for descending; `id` always breaks ties. Sortable: id, label, quantity, price, active, kind, createdAt, updatedAt',
            schema: {
              type: 'string',
              pattern:
                '^-?(id|label|quantity|price|active|kind|createdAt|updatedAt)(,-?(id|label|quantity|price|active|kind|createdAt|updatedAt))*$',
            },
          },
          {
            name: 'q',
            in: 'query',
            description: 'Case-insensitive text in label or notes',
            schema: {
              type: 'string',
              maxLength: 200,
            },
          },
          {
            name: 'filter[id][eq]',
            in: 'query',
            description: 'id equals',
            schema: {
              type: 'string',
              format: 'uuid',
            },
          },
          {
            name: 'filter[id][ne]',
            in: 'query',
            description: 'id differs from',
            schema: {
              type: 'string',
              format: 'uuid',
            },
          },
          {
            name: 'filter[id][in]',
            in: 'query',
            description: 'id is one of (comma-separated, up to 100)',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'filter[label][eq]',
            in: 'query',
            description: 'label equals',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'filter[label][ne]',
            in: 'query',
            description: 'label differs from',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'filter[label][in]',
            in: 'query',
            description: 'label is one of (comma-separated, up to 100)',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'filter[label][contains]',
            in: 'query',
            description: 'label contains (case-insensitive)',
            schema: {
              type: 'string',
              minLength: 1,
              maxLength: 200,
            },
          },
          {
            name: 'filter[label][startsWith]',
            in: 'query',
            description: 'label starts with (case-insensitive)',
            schema: {
              type: 'string',
              minLength: 1,
              maxLength: 200,
            },
          },
          {
            name: 'filter[quantity][eq]',
            in: 'query',
            description: 'quantity equals',
            schema: {
              type: 'integer',
            },
          },
          {
            name: 'filter[quantity][ne]',
            in: 'query',
            description: 'quantity differs from',
            schema: {
              type: 'integer',
            },
          },
          {
            name: 'filter[quantity][gt]',
            in: 'query',
            description: 'quantity is greater than',
            schema: {
              type: 'integer',
            },
          },
          {
            name: 'filter[quantity][gte]',
            in: 'query',
            description: 'quantity is at least',
            schema: {
              type: 'integer',
            },
          },
          {
            name: 'filter[quantity][lt]',
            in: 'query',
            description: 'quantity is less than',
            schema: {
              type: 'integer',
            },
          },
          {
            name: 'filter[quantity][lte]',
            in: 'query',
            description: 'quantity is at most',
            schema: {
              type: 'integer',
            },
          },
          {
            name: 'filter[quantity][in]',
            in: 'query',
            description: 'quantity is one of (comma-separated, up to 100)',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'filter[ratio][eq]',
            in: 'query',
            description: 'ratio equals',
            schema: {
              type: 'number',
            },
          },
          {
            name: 'filter[ratio][ne]',
            in: 'query',
            description: 'ratio differs from',
            schema: {
              type: 'number',
            },
          },
          {
            name: 'filter[ratio][gt]',
            in: 'query',
            description: 'ratio is greater than',
            schema: {
              type: 'number',
            },
          },
          {
            name: 'filter[ratio][gte]',
            in: 'query',
            description: 'ratio is at least',
            schema: {
              type: 'number',
            },
          },
          {
            name: 'filter[ratio][lt]',
            in: 'query',
            description: 'ratio is less than',
            schema: {
              type: 'number',
            },
          },
          {
            name: 'filter[ratio][lte]',
            in: 'query',
            description: 'ratio is at most',
            schema: {
              type: 'number',
            },
          },
          {
            name: 'filter[ratio][in]',
            in: 'query',
            description: 'ratio is one of (comma-separated, up to 100)',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'filter[ratio][isNull]',
            in: 'query',
            description: 'ratio is null (true) or not (false)',
            schema: {
              type: 'boolean',
            },
          },
          {
            name: 'filter[price][eq]',
            in: 'query',
            description: 'price equals',
            schema: {
              type: 'string',
              pattern: '^-?\\d+(\\.\\d+)?$',
            },
          },
          {
            name: 'filter[price][ne]',
            in: 'query',
            description: 'price differs from',
            schema: {
              type: 'string',
              pattern: '^-?\\d+(\\.\\d+)?$',
            },
          },
          {
            name: 'filter[price][gt]',
            in: 'query',
            description: 'price is greater than',
            schema: {
              type: 'string',
              pattern: '^-?\\d+(\\.\\d+)?$',
            },
          },
          {
            name: 'filter[price][gte]',
            in: 'query',
            description: 'price is at least',
            schema: {
              type: 'string',
              pattern: '^-?\\d+(\\.\\d+)?$',
            },
          },
          {
            name: 'filter[price][lt]',
            in: 'query',
            description: 'price is less than',
            schema: {
              type: 'string',
              pattern: '^-?\\d+(\\.\\d+)?$',
            },
          },
          {
            name: 'filter[price][lte]',
            in: 'query',
            description: 'price is at most',
            schema: {
              type: 'string',
              pattern: '^-?\\d+(\\.\\d+)?$',
            },
          },
          {
            name: 'filter[price][in]',
            in: 'query',
            description: 'price is one of (comma-separated, up to 100)',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'filter[active][eq]',
            in: 'query',
            description: 'active equals',
            schema: {
              type: 'boolean',
            },
          },
          {
            name: 'filter[active][ne]',
            in: 'query',
            description: 'active differs from',
            schema: {
              type: 'boolean',
            },
          },
          {
            name: 'filter[releasedOn][eq]',
            in: 'query',
            description: 'releasedOn equals',
            schema: {
              type: 'string',
              format: 'date',
            },
          },
          {
            name: 'filter[releasedOn][ne]',
            in: 'query',
            description: 'releasedOn differs from',
            schema: {
              type: 'string',
              format: 'date',
            },
          },
          {
            name: 'filter[releasedOn][gt]',
            in: 'query',
            description: 'releasedOn is greater than',
            schema: {
              type: 'string',
              format: 'date',
            },
          },
          {
            name: 'filter[releasedOn][gte]',
            in: 'query',
            description: 'releasedOn is at least',
            schema: {
              type: 'string',
              format: 'date',
            },
          },
          {
            name: 'filter[releasedOn][lt]',
            in: 'query',
            description: 'releasedOn is less than',
            schema: {
              type: 'string',
              format: 'date',
            },
          },
          {
            name: 'filter[releasedOn][lte]',
            in: 'query',
            description: 'releasedOn is at most',
            schema: {
              type: 'string',
              format: 'date',
            },
          },
          {
            name: 'filter[releasedOn][in]',
            in: 'query',
            description: 'releasedOn is one of (comma-separated, up to 100)',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'filter[releasedOn][isNull]',
            in: 'query',
            description: 'releasedOn is null (true) or not (false)',
            schema: {
              type: 'boolean',
            },
          },
          {
            name: 'filter[publishedAt][eq]',
            in: 'query',
            description: 'publishedAt equals',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'filter[publishedAt][ne]',
            in: 'query',
            description: 'publishedAt differs from',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'filter[publishedAt][gt]',
            in: 'query',
            description: 'publishedAt is greater than',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'filter[publishedAt][gte]',
            in: 'query',
            description: 'publishedAt is at least',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'filter[publishedAt][lt]',
            in: 'query',
            description: 'publishedAt is less than',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'filter[publishedAt][lte]',
            in: 'query',
            description: 'publishedAt is at most',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'filter[publishedAt][in]',
            in: 'query',
            description: 'publishedAt is one of (comma-separated, up to 100)',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'filter[publishedAt][isNull]',
            in: 'query',
            description: 'publishedAt is null (true) or not (false)',
            schema: {
              type: 'boolean',
            },
          },
          {
            name: 'filter[externalId][eq]',
            in: 'query',
            description: 'externalId equals',
            schema: {
              type: 'string',
              format: 'uuid',
            },
          },
          {
            name: 'filter[externalId][ne]',
            in: 'query',
            description: 'externalId differs from',
            schema: {
              type: 'string',
              format: 'uuid',
            },
          },
          {
            name: 'filter[externalId][in]',
            in: 'query',
            description: 'externalId is one of (comma-separated, up to 100)',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'filter[externalId][isNull]',
            in: 'query',
            description: 'externalId is null (true) or not (false)',
            schema: {
              type: 'boolean',
            },
          },
          {
            name: 'filter[kind][eq]',
            in: 'query',
            description: 'kind equals',
            schema: {
              type: 'string',
              enum: ['basic', 'premium', 'legacy'],
            },
          },
          {
            name: 'filter[kind][ne]',
            in: 'query',
            description: 'kind differs from',
            schema: {
              type: 'string',
              enum: ['basic', 'premium', 'legacy'],
            },
          },
          {
            name: 'filter[kind][in]',
            in: 'query',
            description: 'kind is one of (comma-separated, up to 100)',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'filter[createdAt][eq]',
            in: 'query',
            description: 'createdAt equals',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'filter[createdAt][ne]',
            in: 'query',
            description: 'createdAt differs from',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'filter[createdAt][gt]',
            in: 'query',
            description: 'createdAt is greater than',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'filter[createdAt][gte]',
            in: 'query',
            description: 'createdAt is at least',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'filter[createdAt][lt]',
            in: 'query',
            description: 'createdAt is less than',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'filter[createdAt][lte]',
            in: 'query',
            description: 'createdAt is at most',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'filter[createdAt][in]',
            in: 'query',
            description: 'createdAt is one of (comma-separated, up to 100)',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'filter[updatedAt][eq]',
            in: 'query',
            description: 'updatedAt equals',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'filter[updatedAt][ne]',
            in: 'query',
            description: 'updatedAt differs from',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'filter[updatedAt][gt]',
            in: 'query',
            description: 'updatedAt is greater than',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'filter[updatedAt][gte]',
            in: 'query',
            description: 'updatedAt is at least',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'filter[updatedAt][lt]',
            in: 'query',
            description: 'updatedAt is less than',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'filter[updatedAt][lte]',
            in: 'query',
            description: 'updatedAt is at most',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'filter[updatedAt][in]',
            in: 'query',
            description: 'updatedAt is one of (comma-separated, up to 100)',
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: 'One page',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/SamplePage',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
        },
      },
      post: {
        operationId: 'createSample',
        summary: 'Create a sample',
        tags: ['Sample'],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/CreateSample',
              },
              example: {
                label: 'label 1',
                notes: 'notes 1',
                quantity: 7,
                ratio: 1,
                price: '12.50',
                active: true,
                flagged: true,
                releasedOn: '2024-01-31',
                publishedAt: '2024-01-31T12:00:00.000Z',
                externalId: '0190a6c4-5b8e-7000-8000-000000000001',
                metadata: {
                  label: 'first',
                  tags: ['a', 'b'],
                },
                settings: {
                  label: 'first',
                  tags: ['a', 'b'],
                },
                kind: 'basic',
                order: 7,
                select: 'select 1',
                from: 'from 1',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'Created',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    data: {
                      $ref: '#/components/schemas/Sample',
                    },
                  },
                  required: ['data'],
                  additionalProperties: false,
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
        },
      },
    },
    '/samples/{id}': {
      get: {
        operationId: 'getSample',
        summary: 'One sample',
        tags: ['Sample'],
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              format: 'uuid',
              pattern:
                '^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The sample',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    data: {
                      $ref: '#/components/schemas/Sample',
                    },
                  },
                  required: ['data'],
                  additionalProperties: false,
                },
              },
            },
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
      patch: {
        operationId: 'updateSample',
        summary: 'Change some fields of a sample',
        tags: ['Sample'],
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              format: 'uuid',
              pattern:
                '^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$',
            },
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/UpdateSample',
              },
              example: {
                label: 'label 2',
                notes: 'notes 2',
                quantity: 8,
                ratio: 1,
                price: '13.50',
                active: false,
                flagged: false,
                releasedOn: '2024-02-29',
                publishedAt: '2024-02-29T08:30:00.000Z',
                externalId: '0190a6c4-5b8e-7000-8000-000000000002',
                metadata: {
                  label: 'second',
                  count: 2,
                },
                settings: {
                  label: 'second',
                  count: 2,
                },
                kind: 'premium',
                order: 8,
                select: 'select 2',
                from: 'from 2',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The sample',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    data: {
                      $ref: '#/components/schemas/Sample',
                    },
                  },
                  required: ['data'],
                  additionalProperties: false,
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
        },
      },
      delete: {
        operationId: 'deleteSample',
        summary: 'Delete a sample',
        tags: ['Sample'],
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              format: 'uuid',
              pattern:
                '^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$',
            },
          },
        ],
        responses: {
          '204': {
            description: 'Deleted',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/groups': {
      get: {
        operationId: 'listGroups',
        summary: 'List group records: filter, sort, search, offset pages',
        tags: ['Group'],
        parameters: [
          {
            name: 'limit',
            in: 'query',
            description: 'Page size',
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 100,
              default: 20,
            },
          },
          {
            name: 'offset',
            in: 'query',
            description: 'Rows to skip',
            schema: {
              type: 'integer',
              minimum: 0,
              default: 0,
            },
          },
          {
            name: 'sort',
            in: 'query',
            description:
              'Comma-separated fields, a minus for descending; `id` always breaks ties. Sortable: id, name, createdAt, updatedAt',
            schema: {
              type: 'string',
              pattern: '^-?(id|name|createdAt|updatedAt)(,-?(id|name|createdAt|updatedAt))*$',
            },
          },
          {
            name: 'filter[id][eq]',
            in: 'query',
            description: 'id equals',
            schema: {
              type: 'integer',
            },
          },
          {
            name: 'filter[id][ne]',
            in: 'query',
            description: 'id differs from',
            schema: {
              type: 'integer',
            },
          },
          {
            name: 'filter[id][gt]',
            in: 'query',
            description: 'id is greater than',
            schema: {
              type: 'integer',
            },
          },
          {
            name: 'filter[id][gte]',
            in: 'query',
            description: 'id is at least',
            schema: {
              type: 'integer',
            },
          },
          {
            name: 'filter[id][lt]',
            in: 'query',
            description: 'id is less than',
            schema: {
              type: 'integer',
            },
          },
          {
            name: 'filter[id][lte]',
            in: 'query',
            description: 'id is at most',
            schema: {
              type: 'integer',
            },
          },
          {
            name: 'filter[id][in]',
            in: 'query',
            description: 'id is one of (comma-separated, up to 100)',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'filter[name][eq]',
            in: 'query',
            description: 'name equals',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'filter[name][ne]',
            in: 'query',
            description: 'name differs from',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'filter[name][in]',
            in: 'query',
            description: 'name is one of (comma-separated, up to 100)',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'filter[name][contains]',
            in: 'query',
            description: 'name contains (case-insensitive)',
            schema: {
              type: 'string',
              minLength: 1,
              maxLength: 200,
            },
          },
          {
            name: 'filter[name][startsWith]',
            in: 'query',
            description: 'name starts with (case-insensitive)',
            schema: {
              type: 'string',
              minLength: 1,
              maxLength: 200,
            },
          },
          {
            name: 'filter[createdAt][eq]',
            in: 'query',
            description: 'createdAt equals',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'filter[createdAt][ne]',
            in: 'query',
            description: 'createdAt differs from',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'filter[createdAt][gt]',
            in: 'query',
            description: 'createdAt is greater than',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'filter[createdAt][gte]',
            in: 'query',
            description: 'createdAt is at least',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'filter[createdAt][lt]',
            in: 'query',
            description: 'createdAt is less than',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'filter[createdAt][lte]',
            in: 'query',
            description: 'createdAt is at most',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'filter[createdAt][in]',
            in: 'query',
            description: 'createdAt is one of (comma-separated, up to 100)',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'filter[updatedAt][eq]',
            in: 'query',
            description: 'updatedAt equals',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'filter[updatedAt][ne]',
            in: 'query',
            description: 'updatedAt differs from',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'filter[updatedAt][gt]',
            in: 'query',
            description: 'updatedAt is greater than',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'filter[updatedAt][gte]',
            in: 'query',
            description: 'updatedAt is at least',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'filter[updatedAt][lt]',
            in: 'query',
            description: 'updatedAt is less than',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'filter[updatedAt][lte]',
            in: 'query',
            description: 'updatedAt is at most',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'filter[updatedAt][in]',
            in: 'query',
            description: 'updatedAt is one of (comma-separated, up to 100)',
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: 'One page',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/GroupPage',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
        },
      },
      post: {
        operationId: 'createGroup',
        summary: 'Create a group',
        tags: ['Group'],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/CreateGroup',
              },
              example: {
                name: 'name 1',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'Created',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    data: {
                      $ref: '#/components/schemas/Group',
                    },
                  },
                  required: ['data'],
                  additionalProperties: false,
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
        },
      },
    },
    '/groups/{id}': {
      get: {
        operationId: 'getGroup',
        summary: 'One group',
        tags: ['Group'],
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: {
              type: 'integer',
              exclusiveMinimum: 0,
              maximum: 2147483647,
            },
          },
        ],
        responses: {
          '200': {
            description: 'The group',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    data: {
                      $ref: '#/components/schemas/Group',
                    },
                  },
                  required: ['data'],
                  additionalProperties: false,
                },
              },
            },
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
      patch: {
        operationId: 'updateGroup',
        summary: 'Change some fields of a group',
        tags: ['Group'],
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: {
              type: 'integer',
              exclusiveMinimum: 0,
              maximum: 2147483647,
            },
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/UpdateGroup',
              },
              example: {
                name: 'name 2',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The group',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    data: {
                      $ref: '#/components/schemas/Group',
                    },
                  },
                  required: ['data'],
                  additionalProperties: false,
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
        },
      },
      delete: {
        operationId: 'deleteGroup',
        summary: 'Delete a group',
        tags: ['Group'],
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: {
              type: 'integer',
              exclusiveMinimum: 0,
              maximum: 2147483647,
            },
          },
        ],
        responses: {
          '204': {
            description: 'Deleted',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/users': {
      get: {
        operationId: 'listUsers',
        summary: 'List user records: filter, sort, search, offset pages',
        tags: ['User'],
        parameters: [
          {
            name: 'limit',
            in: 'query',
            description: 'Page size',
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 100,
              default: 20,
            },
          },
          {
            name: 'offset',
            in: 'query',
            description: 'Rows to skip',
            schema: {
              type: 'integer',
              minimum: 0,
              default: 0,
            },
          },
          {
            name: 'sort',
            in: 'query',
            description:
              'Comma-separated fields, a minus for descending; `id` always breaks ties. Sortable: id, handle',
            schema: {
              type: 'string',
              pattern: '^-?(id|handle)(,-?(id|handle))*$',
            },
          },
          {
            name: 'filter[id][eq]',
            in: 'query',
            description: 'id equals',
            schema: {
              type: 'string',
              format: 'uuid',
            },
          },
          {
            name: 'filter[id][ne]',
            in: 'query',
            description: 'id differs from',
            schema: {
              type: 'string',
              format: 'uuid',
            },
          },
          {
            name: 'filter[id][in]',
            in: 'query',
            description: 'id is one of (comma-separated, up to 100)',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'filter[handle][eq]',
            in: 'query',
            description: 'handle equals',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'filter[handle][ne]',
            in: 'query',
            description: 'handle differs from',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'filter[handle][in]',
            in: 'query',
            description: 'handle is one of (comma-separated, up to 100)',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'filter[handle][contains]',
            in: 'query',
            description: 'handle contains (case-insensitive)',
            schema: {
              type: 'string',
              minLength: 1,
              maxLength: 200,
            },
          },
          {
            name: 'filter[handle][startsWith]',
            in: 'query',
            description: 'handle starts with (case-insensitive)',
            schema: {
              type: 'string',
              minLength: 1,
              maxLength: 200,
            },
          },
        ],
        responses: {
          '200': {
            description: 'One page',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/UserPage',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
        },
      },
      post: {
        operationId: 'createUser',
        summary: 'Create a user',
        tags: ['User'],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/CreateUser',
              },
              example: {
                handle: 'handle 1',
                group: 7,
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'Created',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    data: {
                      $ref: '#/components/schemas/User',
                    },
                  },
                  required: ['data'],
                  additionalProperties: false,
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
        },
      },
    },
    '/users/{id}': {
      get: {
        operationId: 'getUser',
        summary: 'One user',
        tags: ['User'],
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              format: 'uuid',
              pattern:
                '^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The user',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    data: {
                      $ref: '#/components/schemas/User',
                    },
                  },
                  required: ['data'],
                  additionalProperties: false,
                },
              },
            },
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
      patch: {
        operationId: 'updateUser',
        summary: 'Change some fields of a user',
        tags: ['User'],
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              format: 'uuid',
              pattern:
                '^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$',
            },
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/UpdateUser',
              },
              example: {
                handle: 'handle 2',
                group: 8,
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The user',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    data: {
                      $ref: '#/components/schemas/User',
                    },
                  },
                  required: ['data'],
                  additionalProperties: false,
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
        },
      },
      delete: {
        operationId: 'deleteUser',
        summary: 'Delete a user',
        tags: ['User'],
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              format: 'uuid',
              pattern:
                '^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$',
            },
          },
        ],
        responses: {
          '204': {
            description: 'Deleted',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/profiles': {
      get: {
        operationId: 'listProfiles',
        summary: 'List profile records: filter, sort, search, offset pages',
        tags: ['Profile'],
        parameters: [
          {
            name: 'limit',
            in: 'query',
            description: 'Page size',
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 100,
              default: 20,
            },
          },
          {
            name: 'offset',
            in: 'query',
            description: 'Rows to skip',
            schema: {
              type: 'integer',
              minimum: 0,
              default: 0,
            },
          },
          {
            name: 'sort',
            in: 'query',
            description:
              'Comma-separated fields, a minus for descending; `id` always breaks ties. Sortable: id, userId, createdAt, updatedAt',
            schema: {
              type: 'string',
              pattern: '^-?(id|userId|createdAt|updatedAt)(,-?(id|userId|createdAt|updatedAt))*$',
            },
          },
          {
            name: 'filter[id][eq]',
            in: 'query',
            description: 'id equals',
            schema: {
              type: 'string',
              format: 'uuid',
            },
          },
          {
            name: 'filter[id][ne]',
            in: 'query',
            description: 'id differs from',
            schema: {
              type: 'string',
              format: 'uuid',
            },
          },
          {
            name: 'filter[id][in]',
            in: 'query',
            description: 'id is one of (comma-separated, up to 100)',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'filter[userId][eq]',
            in: 'query',
            description: 'userId equals',
            schema: {
              type: 'string',
              format: 'uuid',
            },
          },
          {
            name: 'filter[userId][ne]',
            in: 'query',
            description: 'userId differs from',
            schema: {
              type: 'string',
              format: 'uuid',
            },
          },
          {
            name: 'filter[userId][in]',
            in: 'query',
            description: 'userId is one of (comma-separated, up to 100)',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'filter[createdAt][eq]',
            in: 'query',
            description: 'createdAt equals',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'filter[createdAt][ne]',
            in: 'query',
            description: 'createdAt differs from',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'filter[createdAt][gt]',
            in: 'query',
            description: 'createdAt is greater than',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'filter[createdAt][gte]',
            in: 'query',
            description: 'createdAt is at least',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'filter[createdAt][lt]',
            in: 'query',
            description: 'createdAt is less than',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'filter[createdAt][lte]',
            in: 'query',
            description: 'createdAt is at most',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'filter[createdAt][in]',
            in: 'query',
            description: 'createdAt is one of (comma-separated, up to 100)',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'filter[updatedAt][eq]',
            in: 'query',
            description: 'updatedAt equals',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'filter[updatedAt][ne]',
            in: 'query',
            description: 'updatedAt differs from',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'filter[updatedAt][gt]',
            in: 'query',
            description: 'updatedAt is greater than',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'filter[updatedAt][gte]',
            in: 'query',
            description: 'updatedAt is at least',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'filter[updatedAt][lt]',
            in: 'query',
            description: 'updatedAt is less than',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'filter[updatedAt][lte]',
            in: 'query',
            description: 'updatedAt is at most',
            schema: {
              type: 'string',
              format: 'date-time',
            },
          },
          {
            name: 'filter[updatedAt][in]',
            in: 'query',
            description: 'updatedAt is one of (comma-separated, up to 100)',
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: 'One page',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ProfilePage',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
        },
      },
      post: {
        operationId: 'createProfile',
        summary: 'Create a profile',
        tags: ['Profile'],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/CreateProfile',
              },
              example: {
                bio: 'bio 1',
                userId: '0190a6c4-5b8e-7000-8000-000000000001',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'Created',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    data: {
                      $ref: '#/components/schemas/Profile',
                    },
                  },
                  required: ['data'],
                  additionalProperties: false,
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
        },
      },
    },
    '/profiles/{id}': {
      get: {
        operationId: 'getProfile',
        summary: 'One profile',
        tags: ['Profile'],
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              format: 'uuid',
              pattern:
                '^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The profile',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    data: {
                      $ref: '#/components/schemas/Profile',
                    },
                  },
                  required: ['data'],
                  additionalProperties: false,
                },
              },
            },
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
      patch: {
        operationId: 'updateProfile',
        summary: 'Change some fields of a profile',
        tags: ['Profile'],
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              format: 'uuid',
              pattern:
                '^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$',
            },
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/UpdateProfile',
              },
              example: {
                bio: 'bio 2',
                userId: '0190a6c4-5b8e-7000-8000-000000000002',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The profile',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    data: {
                      $ref: '#/components/schemas/Profile',
                    },
                  },
                  required: ['data'],
                  additionalProperties: false,
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
        },
      },
      delete: {
        operationId: 'deleteProfile',
        summary: 'Delete a profile',
        tags: ['Profile'],
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              format: 'uuid',
              pattern:
                '^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$',
            },
          },
        ],
        responses: {
          '204': {
            description: 'Deleted',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
  },
  components: {
    schemas: {
      CreateGroup: {
        type: 'object',
        properties: {
          name: {
            type: 'string',
            maxLength: 255,
          },
        },
        required: ['name'],
        additionalProperties: false,
      },
      CreateProfile: {
        type: 'object',
        properties: {
          bio: {
            type: 'string',
            maxLength: 500,
          },
          userId: {
            type: 'string',
            format: 'uuid',
            pattern:
              '^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$',
          },
        },
        required: ['bio', 'userId'],
        additionalProperties: false,
      },
      CreateSample: {
        type: 'object',
        properties: {
          label: {
            type: 'string',
            minLength: 2,
            maxLength: 40,
          },
          notes: {
            default: null,
            anyOf: [
              {
                type: 'string',
                maxLength: 2000,
              },
              {
                type: 'null',
              },
            ],
          },
          quantity: {
            default: 1,
            type: 'integer',
            minimum: 0,
            maximum: 1000,
          },
          ratio: {
            default: null,
            anyOf: [
              {
                type: 'number',
                minimum: 0,
                maximum: 1,
              },
              {
                type: 'null',
              },
            ],
          },
          price: {
            type: 'string',
            pattern: '^-?\\d{1,8}(\\.\\d{1,2})?$',
          },
          active: {
            default: true,
            type: 'boolean',
          },
          flagged: {
            default: null,
            type: ['boolean', 'null'],
          },
          releasedOn: {
            default: null,
            anyOf: [
              {
                type: 'string',
                format: 'date',
                pattern:
                  '^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$',
              },
              {
                type: 'null',
              },
            ],
          },
          publishedAt: {
            default: null,
            anyOf: [
              {
                type: 'string',
                format: 'date-time',
                pattern:
                  '^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$',
              },
              {
                type: 'null',
              },
            ],
          },
          externalId: {
            default: null,
            anyOf: [
              {
                type: 'string',
                format: 'uuid',
                pattern:
                  '^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$',
              },
              {
                type: 'null',
              },
            ],
          },
          metadata: {
            default: {
              tags: [],
            },
            $ref: '#/components/schemas/JsonValue',
          },
          settings: {
            default: null,
            anyOf: [
              {
                $ref: '#/components/schemas/JsonValue',
              },
              {
                type: 'null',
              },
            ],
          },
          kind: {
            default: 'basic',
            type: 'string',
            enum: ['basic', 'premium', 'legacy'],
          },
          order: {
            default: null,
            anyOf: [
              {
                type: 'integer',
                minimum: -2147483648,
                maximum: 2147483647,
              },
              {
                type: 'null',
              },
            ],
          },
          select: {
            default: null,
            anyOf: [
              {
                type: 'string',
                maxLength: 255,
              },
              {
                type: 'null',
              },
            ],
          },
          from: {
            default: null,
            anyOf: [
              {
                type: 'string',
                maxLength: 255,
              },
              {
                type: 'null',
              },
            ],
          },
        },
        required: ['label', 'price'],
        additionalProperties: false,
      },
      CreateUser: {
        type: 'object',
        properties: {
          handle: {
            type: 'string',
            maxLength: 30,
          },
          group: {
            default: null,
            anyOf: [
              {
                type: 'integer',
                minimum: -2147483648,
                maximum: 2147483647,
              },
              {
                type: 'null',
              },
            ],
          },
        },
        required: ['handle'],
        additionalProperties: false,
      },
      Error: {
        type: 'object',
        properties: {
          error: {
            type: 'object',
            properties: {
              code: {
                type: 'string',
              },
              message: {
                type: 'string',
              },
              details: {
                description:
                  'For validation errors: `[{ field, message }]`, one per failing field or query parameter',
              },
              requestId: {
                type: 'string',
              },
            },
            required: ['code', 'message'],
          },
        },
        required: ['error'],
      },
      Group: {
        type: 'object',
        properties: {
          id: {
            type: 'integer',
            exclusiveMinimum: 0,
            maximum: 9007199254740991,
          },
          name: {
            type: 'string',
          },
          createdAt: {
            type: 'string',
            format: 'date-time',
            pattern:
              '^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$',
          },
          updatedAt: {
            type: 'string',
            format: 'date-time',
            pattern:
              '^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$',
          },
        },
        required: ['id', 'name', 'createdAt', 'updatedAt'],
        additionalProperties: false,
      },
      GroupPage: {
        type: 'object',
        properties: {
          data: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Group',
            },
          },
          meta: {
            type: 'object',
            properties: {
              total: {
                type: 'integer',
              },
              limit: {
                type: 'integer',
              },
              offset: {
                type: 'integer',
              },
            },
            required: ['total', 'limit', 'offset'],
            additionalProperties: false,
          },
        },
        required: ['data', 'meta'],
        additionalProperties: false,
      },
      JsonValue: {
        anyOf: [
          {
            type: 'string',
          },
          {
            type: 'number',
          },
          {
            type: 'boolean',
          },
          {
            type: 'null',
          },
          {
            type: 'array',
            items: {
              $ref: '#/components/schemas/JsonValue',
            },
          },
          {
            type: 'object',
            propertyNames: {
              type: 'string',
            },
            additionalProperties: {
              $ref: '#/components/schemas/JsonValue',
            },
          },
        ],
      },
      Profile: {
        type: 'object',
        properties: {
          id: {
            type: 'string',
            format: 'uuid',
            pattern:
              '^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$',
          },
          bio: {
            type: 'string',
          },
          userId: {
            type: 'string',
            format: 'uuid',
            pattern:
              '^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$',
          },
          createdAt: {
            type: 'string',
            format: 'date-time',
            pattern:
              '^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$',
          },
          updatedAt: {
            type: 'string',
            format: 'date-time',
            pattern:
              '^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$',
          },
        },
        required: ['id', 'bio', 'userId', 'createdAt', 'updatedAt'],
        additionalProperties: false,
      },
      ProfilePage: {
        type: 'object',
        properties: {
          data: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Profile',
            },
          },
          meta: {
            type: 'object',
            properties: {
              total: {
                type: 'integer',
              },
              limit: {
                type: 'integer',
              },
              offset: {
                type: 'integer',
              },
            },
            required: ['total', 'limit', 'offset'],
            additionalProperties: false,
          },
        },
        required: ['data', 'meta'],
        additionalProperties: false,
      },
      Sample: {
        type: 'object',
        properties: {
          id: {
            type: 'string',
            format: 'uuid',
            pattern:
              '^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$',
          },
          label: {
            type: 'string',
          },
          notes: {
            type: ['string', 'null'],
          },
          quantity: {
            type: 'integer',
            minimum: -9007199254740991,
            maximum: 9007199254740991,
          },
          ratio: {
            type: ['number', 'null'],
          },
          price: {
            type: 'string',
          },
          active: {
            type: 'boolean',
          },
          flagged: {
            type: ['boolean', 'null'],
          },
          releasedOn: {
            anyOf: [
              {
                type: 'string',
                format: 'date',
                pattern:
                  '^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$',
              },
              {
                type: 'null',
              },
            ],
          },
          publishedAt: {
            anyOf: [
              {
                type: 'string',
                format: 'date-time',
                pattern:
                  '^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$',
              },
              {
                type: 'null',
              },
            ],
          },
          externalId: {
            anyOf: [
              {
                type: 'string',
                format: 'uuid',
                pattern:
                  '^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$',
              },
              {
                type: 'null',
              },
            ],
          },
          metadata: {
            $ref: '#/components/schemas/JsonValue',
          },
          settings: {
            anyOf: [
              {
                $ref: '#/components/schemas/JsonValue',
              },
              {
                type: 'null',
              },
            ],
          },
          kind: {
            type: 'string',
            enum: ['basic', 'premium', 'legacy'],
          },
          order: {
            anyOf: [
              {
                type: 'integer',
                minimum: -9007199254740991,
                maximum: 9007199254740991,
              },
              {
                type: 'null',
              },
            ],
          },
          select: {
            type: ['string', 'null'],
          },
          from: {
            type: ['string', 'null'],
          },
          createdAt: {
            type: 'string',
            format: 'date-time',
            pattern:
              '^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$',
          },
          updatedAt: {
            type: 'string',
            format: 'date-time',
            pattern:
              '^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$',
          },
        },
        required: [
          'id',
          'label',
          'notes',
          'quantity',
          'ratio',
          'price',
          'active',
          'flagged',
          'releasedOn',
          'publishedAt',
          'externalId',
          'metadata',
          'settings',
          'kind',
          'order',
          'select',
          'from',
          'createdAt',
          'updatedAt',
        ],
        additionalProperties: false,
      },
      SamplePage: {
        type: 'object',
        properties: {
          data: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Sample',
            },
          },
          meta: {
            type: 'object',
            properties: {
              limit: {
                type: 'integer',
              },
              nextCursor: {
                type: ['string', 'null'],
              },
            },
            required: ['limit', 'nextCursor'],
            additionalProperties: false,
          },
        },
        required: ['data', 'meta'],
        additionalProperties: false,
      },
      UpdateGroup: {
        type: 'object',
        properties: {
          name: {
            type: 'string',
            maxLength: 255,
          },
        },
        additionalProperties: false,
      },
      UpdateProfile: {
        type: 'object',
        properties: {
          bio: {
            type: 'string',
            maxLength: 500,
          },
          userId: {
            type: 'string',
            format: 'uuid',
            pattern:
              '^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$',
          },
        },
        additionalProperties: false,
      },
      UpdateSample: {
        type: 'object',
        properties: {
          label: {
            type: 'string',
            minLength: 2,
            maxLength: 40,
          },
          notes: {
            anyOf: [
              {
                type: 'string',
                maxLength: 2000,
              },
              {
                type: 'null',
              },
            ],
          },
          quantity: {
            type: 'integer',
            minimum: 0,
            maximum: 1000,
          },
          ratio: {
            anyOf: [
              {
                type: 'number',
                minimum: 0,
                maximum: 1,
              },
              {
                type: 'null',
              },
            ],
          },
          price: {
            type: 'string',
            pattern: '^-?\\d{1,8}(\\.\\d{1,2})?$',
          },
          active: {
            type: 'boolean',
          },
          flagged: {
            type: ['boolean', 'null'],
          },
          releasedOn: {
            anyOf: [
              {
                type: 'string',
                format: 'date',
                pattern:
                  '^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$',
              },
              {
                type: 'null',
              },
            ],
          },
          publishedAt: {
            anyOf: [
              {
                type: 'string',
                format: 'date-time',
                pattern:
                  '^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$',
              },
              {
                type: 'null',
              },
            ],
          },
          externalId: {
            anyOf: [
              {
                type: 'string',
                format: 'uuid',
                pattern:
                  '^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$',
              },
              {
                type: 'null',
              },
            ],
          },
          metadata: {
            $ref: '#/components/schemas/JsonValue',
          },
          settings: {
            anyOf: [
              {
                $ref: '#/components/schemas/JsonValue',
              },
              {
                type: 'null',
              },
            ],
          },
          kind: {
            type: 'string',
            enum: ['basic', 'premium', 'legacy'],
          },
          order: {
            anyOf: [
              {
                type: 'integer',
                minimum: -2147483648,
                maximum: 2147483647,
              },
              {
                type: 'null',
              },
            ],
          },
          select: {
            anyOf: [
              {
                type: 'string',
                maxLength: 255,
              },
              {
                type: 'null',
              },
            ],
          },
          from: {
            anyOf: [
              {
                type: 'string',
                maxLength: 255,
              },
              {
                type: 'null',
              },
            ],
          },
        },
        additionalProperties: false,
      },
      UpdateUser: {
        type: 'object',
        properties: {
          handle: {
            type: 'string',
            maxLength: 30,
          },
          group: {
            anyOf: [
              {
                type: 'integer',
                minimum: -2147483648,
                maximum: 2147483647,
              },
              {
                type: 'null',
              },
            ],
          },
        },
        additionalProperties: false,
      },
      User: {
        type: 'object',
        properties: {
          id: {
            type: 'string',
            format: 'uuid',
            pattern:
              '^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$',
          },
          handle: {
            type: 'string',
          },
          group: {
            anyOf: [
              {
                type: 'integer',
                minimum: -9007199254740991,
                maximum: 9007199254740991,
              },
              {
                type: 'null',
              },
            ],
          },
        },
        required: ['id', 'handle', 'group'],
        additionalProperties: false,
      },
      UserPage: {
        type: 'object',
        properties: {
          data: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/User',
            },
          },
          meta: {
            type: 'object',
            properties: {
              total: {
                type: 'integer',
              },
              limit: {
                type: 'integer',
              },
              offset: {
                type: 'integer',
              },
            },
            required: ['total', 'limit', 'offset'],
            additionalProperties: false,
          },
        },
        required: ['data', 'meta'],
        additionalProperties: false,
      },
    },
    responses: {
      BadRequest: {
        description: 'Invalid request: `error.details` names each failing field or query parameter',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      Conflict: {
        description: 'A unique field already has this value',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      Forbidden: {
        description: 'The access token lacks the role this needs',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      NotFound: {
        description: 'No such record (or not yours to see)',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      TooManyRequests: {
        description: 'Too many attempts: see Retry-After',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
      Unauthorized: {
        description: 'No valid access token',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
    },
  },
};
