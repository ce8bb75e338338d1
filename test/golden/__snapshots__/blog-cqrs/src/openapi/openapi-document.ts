export interface OpenApiParameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema: unknown;
  example?: unknown;
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
    title: 'blog-cqrs',
    version: '0.1.0',
    description: 'The HTTP API of blog-cqrs, generated from kiln.json.',
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
    '/authors': {
      get: {
        operationId: 'listAuthors',
        summary: 'List author records: filter, sort, search, offset pages',
        tags: ['Author'],
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
              'Comma-separated fields, a minus for descending; `id` always breaks ties. Sortable: id, email, createdAt, updatedAt',
            schema: {
              type: 'string',
              pattern: '^-?(id|email|createdAt|updatedAt)(,-?(id|email|createdAt|updatedAt))*$',
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
            name: 'filter[email][eq]',
            in: 'query',
            description: 'email equals',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'filter[email][ne]',
            in: 'query',
            description: 'email differs from',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'filter[email][in]',
            in: 'query',
            description: 'email is one of (comma-separated, up to 100)',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'filter[email][contains]',
            in: 'query',
            description: 'email contains (case-insensitive)',
            schema: {
              type: 'string',
              minLength: 1,
              maxLength: 200,
            },
          },
          {
            name: 'filter[email][startsWith]',
            in: 'query',
            description: 'email starts with (case-insensitive)',
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
                  $ref: '#/components/schemas/AuthorPage',
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
        operationId: 'createAuthor',
        summary: 'Create a author',
        tags: ['Author'],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/CreateAuthor',
              },
              example: {
                name: 'name 1',
                email: 'email 1',
                bio: 'bio 1',
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
                      $ref: '#/components/schemas/Author',
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
    '/authors/{id}': {
      get: {
        operationId: 'getAuthor',
        summary: 'One author',
        tags: ['Author'],
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
            description: 'The author',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    data: {
                      $ref: '#/components/schemas/Author',
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
        operationId: 'updateAuthor',
        summary: 'Change some fields of a author',
        tags: ['Author'],
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
                $ref: '#/components/schemas/UpdateAuthor',
              },
              example: {
                name: 'name 2',
                email: 'email 2',
                bio: 'bio 2',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The author',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    data: {
                      $ref: '#/components/schemas/Author',
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
        operationId: 'deleteAuthor',
        summary: 'Delete a author',
        tags: ['Author'],
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
    '/posts': {
      get: {
        operationId: 'listPosts',
        summary: 'List post records: filter, sort, search, offset pages',
        tags: ['Post'],
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
              'Comma-separated fields, a minus for descending; `id` always breaks ties. Sortable: id, status, authorId, createdAt, updatedAt',
            schema: {
              type: 'string',
              pattern:
                '^-?(id|status|authorId|createdAt|updatedAt)(,-?(id|status|authorId|createdAt|updatedAt))*$',
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
            name: 'filter[status][eq]',
            in: 'query',
            description: 'status equals',
            schema: {
              type: 'string',
              enum: ['draft', 'published', 'archived'],
            },
          },
          {
            name: 'filter[status][ne]',
            in: 'query',
            description: 'status differs from',
            schema: {
              type: 'string',
              enum: ['draft', 'published', 'archived'],
            },
          },
          {
            name: 'filter[status][in]',
            in: 'query',
            description: 'status is one of (comma-separated, up to 100)',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'filter[authorId][eq]',
            in: 'query',
            description: 'authorId equals',
            schema: {
              type: 'string',
              format: 'uuid',
            },
          },
          {
            name: 'filter[authorId][ne]',
            in: 'query',
            description: 'authorId differs from',
            schema: {
              type: 'string',
              format: 'uuid',
            },
          },
          {
            name: 'filter[authorId][in]',
            in: 'query',
            description: 'authorId is one of (comma-separated, up to 100)',
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
                  $ref: '#/components/schemas/PostPage',
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
        operationId: 'createPost',
        summary: 'Create a post',
        tags: ['Post'],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/CreatePost',
              },
              example: {
                title: 'title 1',
                body: 'body 1',
                published: true,
                status: 'draft',
                authorId: '0190a6c4-5b8e-7000-8000-000000000001',
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
                      $ref: '#/components/schemas/Post',
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
        },
      },
    },
    '/posts/{id}': {
      get: {
        operationId: 'getPost',
        summary: 'One post',
        tags: ['Post'],
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
            description: 'The post',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    data: {
                      $ref: '#/components/schemas/Post',
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
        operationId: 'updatePost',
        summary: 'Change some fields of a post',
        tags: ['Post'],
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
                $ref: '#/components/schemas/UpdatePost',
              },
              example: {
                title: 'title 2',
                body: 'body 2',
                published: false,
                status: 'published',
                authorId: '0190a6c4-5b8e-7000-8000-000000000002',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The post',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    data: {
                      $ref: '#/components/schemas/Post',
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
        },
      },
      delete: {
        operationId: 'deletePost',
        summary: 'Delete a post',
        tags: ['Post'],
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
    '/posts/{id}/publish': {
      post: {
        operationId: 'postPostPublish',
        summary: 'POST /posts/{id}/publish (acts as update)',
        tags: ['Post'],
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
                type: 'object',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'Done',
            content: {
              'application/json': {
                schema: {},
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/posts/{id}/history': {
      get: {
        operationId: 'getPostHistory',
        summary: 'GET /posts/{id}/history (acts as get)',
        tags: ['Post'],
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
            description: 'Done',
            content: {
              'application/json': {
                schema: {},
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/comments': {
      get: {
        operationId: 'listComments',
        summary: 'List comment records: filter, sort, search, offset pages',
        tags: ['Comment'],
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
              'Comma-separated fields, a minus for descending; `id` always breaks ties. Sortable: id, postId, createdAt, updatedAt',
            schema: {
              type: 'string',
              pattern: '^-?(id|postId|createdAt|updatedAt)(,-?(id|postId|createdAt|updatedAt))*$',
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
            name: 'filter[postId][eq]',
            in: 'query',
            description: 'postId equals',
            schema: {
              type: 'string',
              format: 'uuid',
            },
          },
          {
            name: 'filter[postId][ne]',
            in: 'query',
            description: 'postId differs from',
            schema: {
              type: 'string',
              format: 'uuid',
            },
          },
          {
            name: 'filter[postId][in]',
            in: 'query',
            description: 'postId is one of (comma-separated, up to 100)',
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
                  $ref: '#/components/schemas/CommentPage',
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
        operationId: 'createComment',
        summary: 'Create a comment',
        tags: ['Comment'],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/CreateComment',
              },
              example: {
                postId: '0190a6c4-5b8e-7000-8000-000000000001',
                authorName: 'authorName 1',
                body: 'body 1',
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
                      $ref: '#/components/schemas/Comment',
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
        },
      },
    },
    '/comments/{id}': {
      get: {
        operationId: 'getComment',
        summary: 'One comment',
        tags: ['Comment'],
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
            description: 'The comment',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    data: {
                      $ref: '#/components/schemas/Comment',
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
        operationId: 'updateComment',
        summary: 'Change some fields of a comment',
        tags: ['Comment'],
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
                $ref: '#/components/schemas/UpdateComment',
              },
              example: {
                postId: '0190a6c4-5b8e-7000-8000-000000000002',
                authorName: 'authorName 2',
                body: 'body 2',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The comment',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    data: {
                      $ref: '#/components/schemas/Comment',
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
        },
      },
      delete: {
        operationId: 'deleteComment',
        summary: 'Delete a comment',
        tags: ['Comment'],
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
      Author: {
        type: 'object',
        properties: {
          id: {
            type: 'string',
            format: 'uuid',
            pattern:
              '^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$',
          },
          name: {
            type: 'string',
          },
          email: {
            type: 'string',
          },
          bio: {
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
        required: ['id', 'name', 'email', 'bio', 'createdAt', 'updatedAt'],
        additionalProperties: false,
      },
      AuthorPage: {
        type: 'object',
        properties: {
          data: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Author',
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
      Comment: {
        type: 'object',
        properties: {
          id: {
            type: 'string',
            format: 'uuid',
            pattern:
              '^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$',
          },
          postId: {
            type: 'string',
            format: 'uuid',
            pattern:
              '^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$',
          },
          authorName: {
            type: 'string',
          },
          body: {
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
        required: ['id', 'postId', 'authorName', 'body', 'createdAt', 'updatedAt'],
        additionalProperties: false,
      },
      CommentPage: {
        type: 'object',
        properties: {
          data: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Comment',
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
      CreateAuthor: {
        type: 'object',
        properties: {
          name: {
            type: 'string',
            maxLength: 100,
          },
          email: {
            type: 'string',
            maxLength: 254,
          },
          bio: {
            default: null,
            type: ['string', 'null'],
          },
        },
        required: ['name', 'email'],
        additionalProperties: false,
      },
      CreateComment: {
        type: 'object',
        properties: {
          postId: {
            type: 'string',
            format: 'uuid',
            pattern:
              '^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$',
          },
          authorName: {
            type: 'string',
            maxLength: 80,
          },
          body: {
            type: 'string',
            minLength: 1,
            maxLength: 5000,
          },
        },
        required: ['postId', 'authorName', 'body'],
        additionalProperties: false,
      },
      CreatePost: {
        type: 'object',
        properties: {
          title: {
            type: 'string',
            maxLength: 200,
          },
          body: {
            default: null,
            type: ['string', 'null'],
          },
          published: {
            default: false,
            type: 'boolean',
          },
          status: {
            default: 'draft',
            type: 'string',
            enum: ['draft', 'published', 'archived'],
          },
          authorId: {
            type: 'string',
            format: 'uuid',
            pattern:
              '^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$',
          },
        },
        required: ['title', 'authorId'],
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
      Post: {
        type: 'object',
        properties: {
          id: {
            type: 'string',
            format: 'uuid',
            pattern:
              '^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$',
          },
          title: {
            type: 'string',
          },
          body: {
            type: ['string', 'null'],
          },
          published: {
            type: 'boolean',
          },
          status: {
            type: 'string',
            enum: ['draft', 'published', 'archived'],
          },
          authorId: {
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
        required: ['id', 'title', 'body', 'published', 'status', 'authorId', 'createdAt', 'updatedAt'],
        additionalProperties: false,
      },
      PostPage: {
        type: 'object',
        properties: {
          data: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Post',
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
      UpdateAuthor: {
        type: 'object',
        properties: {
          name: {
            type: 'string',
            maxLength: 100,
          },
          email: {
            type: 'string',
            maxLength: 254,
          },
          bio: {
            type: ['string', 'null'],
          },
        },
        additionalProperties: false,
      },
      UpdateComment: {
        type: 'object',
        properties: {
          postId: {
            type: 'string',
            format: 'uuid',
            pattern:
              '^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$',
          },
          authorName: {
            type: 'string',
            maxLength: 80,
          },
          body: {
            type: 'string',
            minLength: 1,
            maxLength: 5000,
          },
        },
        additionalProperties: false,
      },
      UpdatePost: {
        type: 'object',
        properties: {
          title: {
            type: 'string',
            maxLength: 200,
          },
          body: {
            type: ['string', 'null'],
          },
          published: {
            type: 'boolean',
          },
          status: {
            type: 'string',
            enum: ['draft', 'published', 'archived'],
          },
          authorId: {
            type: 'string',
            format: 'uuid',
            pattern:
              '^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$',
          },
        },
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
    },
  },
};
