import { printSourceFile } from '../../../src/ast/project.js';
import { constant, importsOf, interfaceOf, property } from '../../../src/ast/structures.js';

/**
 * src/openapi/openapi-document.ts: `openapi.json`, the one copy of the document, imported as JSON, with the few types
 * the docs page reads. Not a second copy as code: every change of the API would show twice in review, and the two
 * could drift. A JSON import rather than a read at start-up: the production bundle carries the document inside
 * dist/main.js, so nothing beside dist/ has to be deployed, and tsx and vitest import it the same way.
 */
export function documentFile(): string {
  return printSourceFile({
    statements: [
      "import document from '../../openapi.json' with { type: 'json' };",
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
      constant('openApiDocument', 'document', {
        exported: true,
        type: 'OpenApiDocument',
        docs: ['The OpenAPI 3.1 document of this API: openapi.json at the project root, generated from kiln.json.'],
      }),
    ],
  });
}
