import type { ModelView } from '../../src/spec/columns.js';
import type { Spec } from '../../src/spec/schema.js';
import type { Action } from '../resource/routes-plan.js';
import type { JsonSchema } from './json-schema.js';

/** An OpenAPI 3.1 operation, as plain JSON. */
export interface Operation {
  operationId: string;
  summary: string;
  tags: string[];
  parameters?: JsonSchema[];
  requestBody?: JsonSchema;
  responses: Record<string, JsonSchema>;
  security?: Record<string, string[]>[];
}

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, JsonSchema>; responses: Record<string, JsonSchema>; securitySchemes?: Record<string, JsonSchema> };
}

/**
 * The OpenAPI document before it is written: the `openapi.document` extension point. A feature that adds routes or
 * guards them documents that here — jwt-auth adds its `/auth` operations, the bearer scheme and each guarded
 * operation's `security` — so the document describes the app exactly as the enabled features shape it.
 */
export interface OpenApiPlan {
  readonly spec: Spec;
  document: OpenApiDocument;
  /**
   * Every operation of a model's routes module — its CRUD actions, the routes its relations add, the routes features
   * add (`resource.routes`) — with the action it is guarded like (also reachable through `document.paths`).
   */
  readonly resourceOperations: ResourceOperation[];
  /**
   * Components that are the JSON Schema of a zod schema the project exports: the generated `openapi.test.ts` checks
   * each equals what zod makes of that schema at run time. A feature documenting a body of its own adds it here.
   */
  readonly documentedSchemas: DocumentedSchema[];
}

/** One operation of a model's routes. */
export interface ResourceOperation {
  model: ModelView;
  /** The action whose access rule guards it (a nested list reads like `get`, a link writes like `update`). */
  action: Action;
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** As the document writes it: `/posts/{id}/comments`. */
  path: string;
  operation: Operation;
}

/** A component of the document and the zod schema (module seen from src/openapi/, export, io) it must equal. */
export interface DocumentedSchema {
  component: string;
  module: string;
  schema: string;
  io: 'input' | 'output';
}

export const openApiPoint = 'openapi.document';

/** A reference to a component. */
export const ref = (kind: 'schemas' | 'responses', name: string): JsonSchema => ({ $ref: `#/components/${kind}/${name}` });

/** A JSON response whose body has the given schema. */
export const jsonResponse = (description: string, schema: JsonSchema): JsonSchema => ({ description, content: { 'application/json': { schema } } });
