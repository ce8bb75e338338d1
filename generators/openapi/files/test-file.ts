import { printSourceFile } from '../../../src/ast/project.js';
import { func, importsOf, param } from '../../../src/ast/structures.js';
import { jsonValueRef } from '../json-schema.js';
import type { DocumentedSchema } from '../plan.js';

/**
 * src/openapi/openapi.test.ts: the document is served as generated, the docs page names every operation and loads
 * nothing from elsewhere, and every documented body schema is exactly what zod makes of the schema the routes use.
 */
export function testFile(schemas: DocumentedSchema[]): string {
  const imports = Object.fromEntries(
    [...new Set(schemas.map((entry) => entry.module))].map((module) => [module, { names: schemas.filter((entry) => entry.module === module).map((entry) => entry.schema) }]),
  );
  return printSourceFile({
    statements: [
      ...importsOf({ vitest: { names: ['afterEach', 'beforeEach', 'describe', 'expect', 'it'] }, zod: { names: ['z'] }, '../testing/test-app.js': { names: ['createTestApp'], types: ['TestApp'] }, './openapi-document.js': { names: ['openApiDocument'] }, ...imports }),
      func('asComponent', [param('schema', 'z.ZodType'), param('io', "'input' | 'output'")], 'unknown', [
        'const { $schema: _dialect, $defs: _definitions, ...rest } = z.toJSONSchema(schema, { io });',
        `// Each z.json() is a $defs entry in zod's output, and one shared component in the document.`,
        `return JSON.parse(JSON.stringify(rest), (key, value: unknown) =>`,
        `  key === '$ref' && typeof value === 'string' && value.startsWith('#/$defs/') ? '${jsonValueRef}' : value,`,
        `);`,
      ], { docs: ['A schema as the document holds it: zod\'s JSON Schema as a component.'] }),
      `describe('OpenAPI document', () => {
        let testApp: TestApp;
        beforeEach(async () => {
          testApp = await createTestApp();
        });
        afterEach(async () => {
          await testApp.close();
        });

        it('documents every body with the JSON Schema of the zod schema its route validates with', () => {
          const schemas = [
            ${schemas.map((entry) => `['${entry.component}', ${entry.schema}, '${entry.io}'],`).join('\n')}
          ] as const;
          for (const [component, schema, io] of schemas) {
            expect(openApiDocument.components.schemas?.[component], component).toEqual(asComponent(schema, io));
          }
        });

        it('serves the document at /openapi.json', async () => {
          const response = await testApp.app.request('/openapi.json');
          expect(response.status).toBe(200);
          expect(await response.json()).toEqual(openApiDocument);
        });

        it('serves a page at /docs naming every operation, with nothing to load from elsewhere', async () => {
          const response = await testApp.app.request('/docs');
          expect(response.status).toBe(200);
          expect(response.headers.get('content-type')).toMatch(/^text\\/html/);
          const html = await response.text();
          for (const methods of Object.values(openApiDocument.paths)) {
            for (const operation of Object.values(methods)) expect(html).toContain(\`id="\${operation.operationId}"\`);
          }
          expect(html).not.toMatch(/<script|<link|<img|src=|url\\(|@import/i);
        });
      });`,
    ],
  });
}
