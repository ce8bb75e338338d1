import type { OpenApiDocument, OpenApiOperation, OpenApiParameter } from './openapi-document.js';

const style = [
  'body { font: 15px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem 2rem; color: #1d1d1f; }',
  'h2 { border-top: 1px solid #ddd; padding-top: 1rem; }',
  '.method { display: inline-block; min-width: 4.5rem; font-weight: 600; text-transform: uppercase; }',
  'pre { background: #f5f5f7; padding: 0.75rem; overflow-x: auto; font-size: 13px; }',
  'table { border-collapse: collapse; }',
  'td, th { text-align: left; padding: 0.2rem 0.8rem 0.2rem 0; vertical-align: top; }',
  'summary { cursor: pointer; }',
].join('\n');

/** Every operation with its parameters, request body and responses, then every schema: readable offline, as plain HTML. */
export function renderDocsPage(document: OpenApiDocument): string {
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
  );
  const index = operations
    .map(
      ({ path, method, operation }) =>
        `<li><a href="#${escape(operation.operationId)}"><span class="method">${escape(method)}</span> ${escape(path)}</a> ${escape(operation.summary)}</li>`,
    )
    .join('');
  const schemas = Object.entries(document.components.schemas ?? {})
    .map(
      ([name, schema]) =>
        `<details id="schema-${escape(name)}"><summary>${escape(name)}</summary>${json(schema)}</details>`,
    )
    .join('');
  return [
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escape(document.info.title)} API</title><style>${style}</style></head><body>`,
    `<h1>${escape(document.info.title)} API <small>${escape(document.info.version)}</small></h1>`,
    `<p>${escape(document.info.description ?? '')} Machine-readable: <a href="openapi.json">openapi.json</a> (OpenAPI ${escape(document.openapi)}).</p>`,
    `<ul>${index}</ul>`,
    ...operations.map(({ path, method, operation }) => section(path, method, operation)),
    `<h2>Schemas</h2>${schemas}</body></html>`,
  ].join('\n');
}

function section(path: string, method: string, operation: OpenApiOperation): string {
  const parameters = operation.parameters ?? [];
  const body = operation.requestBody?.content['application/json'];
  const responses = Object.entries(operation.responses)
    .map(
      ([status, response]) =>
        `<tr><td>${escape(status)}</td><td>${'$ref' in response ? link(response.$ref) : escape(response.description)}</td></tr>`,
    )
    .join('');
  const guarded = operation.security
    ? ' — needs <code>Authorization: Bearer &lt;access token&gt;</code>'
    : '';
  return [
    `<h2 id="${escape(operation.operationId)}"><span class="method">${escape(method)}</span> <code>${escape(path)}</code></h2>`,
    `<p>${escape(operation.summary)}${guarded}</p>`,
    parameters.length > 0 ? `<h3>Parameters</h3><table>${parameters.map(parameterRow).join('')}</table>` : '',
    body ? `<h3>Request body</h3>${json(body.schema)}` : '',
    body?.example === undefined ? '' : `<p>Example</p>${json(body.example)}`,
    `<h3>Responses</h3><table>${responses}</table>`,
  ].join('\n');
}

function parameterRow(parameter: OpenApiParameter): string {
  return `<tr><td><code>${escape(parameter.name)}</code></td><td>${escape(parameter.in)}${parameter.required ? ', required' : ''}</td><td>${escape(parameter.description ?? '')}</td><td><code>${escape(JSON.stringify(parameter.schema))}</code></td></tr>`;
}

function link(ref: string): string {
  const name = ref.split('/').at(-1) ?? ref;
  return `<a href="#schema-${escape(name)}">${escape(name)}</a>`;
}

function json(value: unknown): string {
  return `<pre>${escape(JSON.stringify(value, null, 2))}</pre>`;
}

/** Text from the document (descriptions come from kiln.json) is escaped wherever it lands in the HTML. */
function escape(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
