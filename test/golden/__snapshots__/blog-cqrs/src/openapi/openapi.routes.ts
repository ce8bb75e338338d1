import { Hono } from 'hono';
import type { AppDependencies } from '../app.js';
import { renderDocsPage } from './docs-page.js';
import { openApiDocument } from './openapi-document.js';

/** The API description, mounted at the root. Route factories take the app's dependencies; this one needs none. */
export function createOpenApiRoutes(_deps: AppDependencies) {
  // Rendered once: the document is fixed for the life of the process.
  const docsPage = renderDocsPage(openApiDocument);
  return new Hono()
    .get('/openapi.json', (c) => c.json(openApiDocument))
    .get('/docs', (c) => c.html(docsPage));
}
