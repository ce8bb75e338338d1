import { readFileSync } from 'node:fs';

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

/**
 * The OpenAPI 3.1 document of this API: openapi.json at the project root (generated from kiln.json), read once at
 * start-up. The path is the same from src/openapi/ and dist/openapi/: deploy openapi.json beside dist/.
 */
export const openApiDocument = JSON.parse(
  readFileSync(new URL('../../openapi.json', import.meta.url), 'utf8'),
) as OpenApiDocument;
