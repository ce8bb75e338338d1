import { z } from 'zod';
import { editSourceFile } from '../../src/ast/project.js';
import { registerRoutes } from '../../src/ast/register-route.js';
import { defineGenerator } from '../../src/generator/define.js';
import { openApiDocument } from './document.js';
import { docsPageFile } from './files/docs-page-file.js';
import { documentFile } from './files/document-file.js';
import { routesFile } from './files/routes-file.js';
import { testFile } from './files/test-file.js';

const paths = {
  json: 'openapi.json',
  document: 'src/openapi/openapi-document.ts',
  docsPage: 'src/openapi/docs-page.ts',
  routes: 'src/openapi/openapi.routes.ts',
  test: 'src/openapi/openapi.test.ts',
};

export default defineGenerator({
  name: 'openapi',
  summary: 'openapi.json (OpenAPI 3.1, from the same zod schemas the routes validate with), served at /openapi.json, and a self-contained /docs page.',
  kind: 'core',
  options: z.strictObject({}),
  requires: ['resource'],
  generate(tree, _options, { spec, extensions }) {
    const { document, documentedSchemas } = openApiDocument(spec, extensions);
    tree.write(paths.json, `${JSON.stringify(document, null, 2)}\n`);
    tree.write(paths.document, documentFile());
    tree.write(paths.docsPage, docsPageFile());
    tree.write(paths.routes, routesFile());
    tree.write(paths.test, testFile(documentedSchemas));
    const registration = { path: '/', factory: 'createOpenApiRoutes', from: './openapi/openapi.routes.js' };
    tree.update('src/app.ts', (text) => editSourceFile(text, (file) => registerRoutes(file, [registration]), 'src/app.ts'));
  },
});
