import { printSourceFile } from '../../../src/ast/project.js';
import { constant, importsOf, interfaceOf, property } from '../../../src/ast/structures.js';

/**
 * src/openapi/openapi-document.ts: `openapi.json`, the one copy of the document, read once at start-up, with the few
 * types the docs page reads. Not a second copy as code: every change of the API would show twice in review, and the
 * two could drift. Not a JSON import: the file sits outside `src/`, the build's root. The path is relative to the
 * module, and `src/openapi/` and `dist/openapi/` are equally deep, so the same line serves tsx, vitest and the build.
 */
export function documentFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({ 'node:fs': { names: ['readFileSync'] } }),
      interfaceOf('OpenApiParameter', [
        property('name', 'string'),
        property('in', 'string'),
        property('required', 'boolean', { optional: true }),
        property('description', 'string', { optional: true }),
        property('schema', 'unknown'),
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
      constant('openApiDocument', "JSON.parse(readFileSync(new URL('../../openapi.json', import.meta.url), 'utf8')) as OpenApiDocument", {
        exported: true,
        docs: [
          'The OpenAPI 3.1 document of this API: openapi.json at the project root (generated from kiln.json), read once at\n' +
            'start-up. The path is the same from src/openapi/ and dist/openapi/: deploy openapi.json beside dist/.',
        ],
      }),
    ],
  });
}
