import { printSourceFile } from '../../../src/ast/project.js';
import { func, importsOf, param } from '../../../src/ast/structures.js';

/** src/openapi/openapi.routes.ts: `GET /openapi.json` and `GET /docs`. */
export function routesFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({
        hono: { names: ['Hono'] },
        '../app.js': { types: ['AppDependencies'] },
        './docs-page.js': { names: ['renderDocsPage'] },
        './openapi-document.js': { names: ['openApiDocument'] },
      }),
      func('createOpenApiRoutes', [param('_deps', 'AppDependencies')], undefined, [
        '// Rendered once: the document is fixed for the life of the process.',
        'const docsPage = renderDocsPage(openApiDocument);',
        "return new Hono().get('/openapi.json', (c) => c.json(openApiDocument)).get('/docs', (c) => c.html(docsPage));",
      ], {
        exported: true,
        docs: ['The API description, mounted at the root. Route factories take the app\'s dependencies; this one needs none.'],
      }),
    ],
  });
}
