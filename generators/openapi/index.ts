import { z } from 'zod';
import { editSourceFile } from '../../src/ast/project.js';
import { registerRoutes } from '../../src/ast/register-route.js';
import { defineGenerator } from '../../src/generator/define.js';
import { modelViews } from '../../src/spec/columns.js';
import { resourceNames, resourcePaths } from '../resource/model.js';
import { openApiDocument } from './document.js';
import { docsPageFile } from './files/docs-page-file.js';
import { documentFile } from './files/document-file.js';
import { routesFile } from './files/routes-file.js';
import { testFile, type DocumentedSchema } from './files/test-file.js';

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
    const document = openApiDocument(spec, extensions);
    tree.write(paths.json, `${JSON.stringify(document, null, 2)}\n`);
    tree.write(paths.document, documentFile(document));
    tree.write(paths.docsPage, docsPageFile());
    tree.write(paths.routes, routesFile());
    tree.write(paths.test, testFile(documentedSchemas(spec)));
    const registration = { path: '/', factory: 'createOpenApiRoutes', from: './openapi/openapi.routes.js' };
    tree.update('src/app.ts', (text) => editSourceFile(text, (file) => registerRoutes(file, [registration]), 'src/app.ts'));
  },
});

/** The body schemas of every model, each with the zod schema it comes from. */
function documentedSchemas(spec: Parameters<typeof modelViews>[0]): DocumentedSchema[] {
  return modelViews(spec).flatMap((model) => {
    const names = resourceNames(model);
    const module = `../${resourcePaths(model).schema.replace(/^src\//, '').replace(/\.ts$/, '.js')}`;
    return [
      { component: names.type, module, schema: names.schema, io: 'output' as const },
      { component: `Create${names.type}`, module, schema: names.createSchema, io: 'input' as const },
      { component: `Update${names.type}`, module, schema: names.updateSchema, io: 'input' as const },
    ];
  });
}
