import { printSourceFile } from '../../../src/ast/project.js';
import { constant, interfaceOf, property } from '../../../src/ast/structures.js';
import type { OpenApiDocument } from '../plan.js';

/**
 * src/openapi/openapi-document.ts: the document `openapi.json` holds, as a module the app serves (a JSON import
 * would sit outside `src/`, which the build compiles), with the few types the docs page reads.
 */
export function documentFile(document: OpenApiDocument): string {
  return printSourceFile({
    statements: [
      interfaceOf('OpenApiParameter', [
        property('name', 'string'),
        property('in', 'string'),
        property('required', 'boolean', { optional: true }),
        property('description', 'string', { optional: true }),
        property('schema', 'unknown'),
        property('example', 'unknown', { optional: true }),
      ]),
      interfaceOf('OpenApiOperation', [
        property('operationId', 'string'),
        property('summary', 'string'),
        property('tags', 'string[]'),
        property('parameters', 'OpenApiParameter[]', { optional: true }),
        property('requestBody', '{ required: boolean; content: Record<string, { schema: unknown; example?: unknown }> }', { optional: true }),
        property('responses', 'Record<string, { $ref: string } | { description: string; content?: Record<string, { schema: unknown }> }>'),
        property('security', 'Record<string, string[]>[]', { optional: true }),
      ]),
      interfaceOf('OpenApiDocument', [
        property('openapi', 'string'),
        property('info', '{ title: string; version: string; description?: string }'),
        property('paths', 'Record<string, Record<string, OpenApiOperation>>'),
        property('components', 'Record<string, Record<string, unknown>>'),
      ]),
      constant('openApiDocument', JSON.stringify(document, null, 2), {
        exported: true,
        type: 'OpenApiDocument',
        docs: ['The OpenAPI 3.1 document of this API, generated from kiln.json (the same text as openapi.json).'],
      }),
    ],
  });
}
