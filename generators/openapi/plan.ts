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
  /** The operation of each model action (also reachable through `document.paths`). */
  readonly resourceOperations: { model: ModelView; action: Action; operation: Operation }[];
}

export const openApiPoint = 'openapi.document';

/** A reference to a component. */
export const ref = (kind: 'schemas' | 'responses', name: string): JsonSchema => ({ $ref: `#/components/${kind}/${name}` });

/** A JSON response whose body has the given schema. */
export const jsonResponse = (description: string, schema: JsonSchema): JsonSchema => ({ description, content: { 'application/json': { schema } } });
