import { printSourceFile } from '../../../src/ast/project.js';
import { func, importsOf, interfaceOf, param, property, typeAlias, classOf } from '../../../src/ast/structures.js';
import type { ModelView } from '../../../src/spec/columns.js';
import { filterOperators, listingOf } from '../../../src/spec/listing.js';
import { literal } from '../../../src/dialect/literal.js';
import { resourceNames, resourcePaths } from '../../resource/model.js';

/**
 * src/client/index.ts: a typed fetch client of the API, without dependencies (its only imports are types: the
 * server's zod schemas and page shapes), so `tsc` checks it against the server on every typecheck.
 */
export function clientFile(models: ModelView[]): string {
  const schemaImports = Object.fromEntries(
    models.map((model) => {
      const names = resourceNames(model);
      return [`../${resourcePaths(model).schema.replace(/^src\//, '').replace(/\.ts$/, '.js')}`, { types: [names.type, `${names.type}Id`, names.createSchema, names.updateSchema] }];
    }),
  );
  return printSourceFile({
    statements: [
      ...importsOf({ zod: { types: ['z'] }, '../lib/pagination.js': { types: ['CursorPage', 'Page'] }, ...schemaImports }),
      typeAlias('FilterOperator', filterOperators.map(literal).join(' | ')),
      typeAlias('FilterValue', 'string | number | boolean | readonly (string | number)[]', { docs: ['One filter value; an array for `in`.'] }),
      interfaceOf('ListOptions', [
        property('filter', 'Partial<Record<Field, Partial<Record<FilterOperator, FilterValue>>>>', { optional: true, docs: ['`{ status: { eq: "draft" } }` → `filter[status][eq]=draft`.'] }),
        property('sort', 'readonly (Field | `-${Field}`)[]', { optional: true, docs: ['Sort keys, a minus for descending.'] }),
        property('q', 'string', { optional: true }),
        property('limit', 'number', { optional: true }),
        property('offset', 'number', { optional: true }),
        property('after', 'string', { optional: true, docs: ['`meta.nextCursor` of the previous page (cursor-paged lists).'] }),
      ], { typeParameters: ['Field extends string'], docs: ['A list query; which fields filter and sort is typed per resource.'] }),
      interfaceOf('ClientOptions', [
        property('baseUrl', 'string', { docs: ['Where the API is, e.g. `https://api.example.com`.'] }),
        property('fetch', 'typeof fetch', { optional: true, docs: ['A fetch to use instead of the global one (tests, retries, logging).'] }),
        property('token', 'string | (() => string | undefined)', { optional: true, docs: ['An access token sent as `Authorization: Bearer …`, or a function that returns the current one.'] }),
      ]),
      classOf('ApiError', {
        extends: 'Error',
        docs: ['An error response of the API: its status and `{ error: { code, message, details } }`.'],
        ctor: {
          parameters: [
            { name: 'status', type: 'number', isReadonly: true },
            { name: 'code', type: 'string', isReadonly: true },
            param('message', 'string'),
            { name: 'details', type: 'unknown', isReadonly: true, hasQuestionToken: true },
          ],
          statements: ['super(message);', "this.name = 'ApiError';"],
        },
      }),
      func('createClient', [param('options', 'ClientOptions')], undefined, [
        'const request = requester(options);',
        `return {
          ${models.map((model) => `${resourceNames(model).collection}: ${resourceClient(model)},`).join('\n')}
        };`,
      ], { exported: true, docs: ['A client of every resource: `client.posts.list({ filter, sort, limit })`, `get`, `create`, `update`, `delete`.'] }),
      typeAlias('Client', 'ReturnType<typeof createClient>'),
      typeAlias('Request', '<T>(method: string, path: string, body?: unknown) => Promise<T>', { exported: false }),
      func('resource', [param('request', 'Request'), param('path', 'string')], undefined, [
        'const one = (id: string | number) => `${path}/${encodeURIComponent(String(id))}`;',
        `return {
          list: (options: ListOptions<Field> = {}) => request<ListPage>('GET', path + queryString(options)),
          get: async (id: Id) => (await request<{ data: T }>('GET', one(id))).data,
          create: async (input: Create) => (await request<{ data: T }>('POST', path, input)).data,
          update: async (id: Id, input: Update) => (await request<{ data: T }>('PATCH', one(id), input)).data,
          delete: (id: Id) => request<void>('DELETE', one(id)),
        };`,
      ], { typeParameters: ['T', 'Id extends string | number', 'Create', 'Update', 'Field extends string', 'ListPage'] }),
      func('requester', [param('options', 'ClientOptions')], 'Request', [
        'const send = options.fetch ?? fetch;',
        "const base = options.baseUrl.replace(/\\/$/, '');",
        'return async <T>(method: string, path: string, body?: unknown): Promise<T> => {',
        "  const token = typeof options.token === 'function' ? options.token() : options.token;",
        '  const headers: Record<string, string> = {',
        "    ...(body === undefined ? {} : { 'content-type': 'application/json' }),",
        '    ...(token ? { authorization: `Bearer ${token}` } : {}),',
        '  };',
        '  const response = await send(`${base}${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });',
        '  if (!response.ok) throw await apiError(response);',
        '  // 204 No Content: the callers that get it (delete) return nothing.',
        '  return (response.status === 204 ? undefined : await response.json()) as T;',
        '};',
      ]),
      func('apiError', [param('response', 'Response')], 'Promise<ApiError>', [
        'const body = (await response.json().catch(() => undefined)) as { error?: { code?: string; message?: string; details?: unknown } } | undefined;',
        'const { code = `http_${response.status}`, message = response.statusText, details } = body?.error ?? {};',
        'return new ApiError(response.status, code, message, details);',
      ], { async: true }),
      func('queryString', [param('options', 'ListOptions<string>')], 'string', [
        'const query = new URLSearchParams();',
        'for (const [field, operators] of Object.entries(options.filter ?? {})) {',
        '  for (const [operator, value] of Object.entries(operators ?? {})) {',
        "    query.append(`filter[${field}][${operator}]`, Array.isArray(value) ? value.join(',') : String(value));",
        '  }',
        '}',
        "if (options.sort?.length) query.set('sort', options.sort.join(','));",
        'for (const key of [\'q\', \'limit\', \'offset\', \'after\'] as const) {',
        '  if (options[key] !== undefined) query.set(key, String(options[key]));',
        '}',
        'const text = query.toString();',
        "return text ? `?${text}` : '';",
      ], { docs: ['`filter[field][op]=value…&sort=…&q&limit&offset&after`, as the list routes read it.'] }),
    ],
  });
}

function resourceClient(model: ModelView): string {
  const names = resourceNames(model);
  const listing = listingOf(model);
  const fields = [...new Set(listing.fields.filter((field) => field.operators.length > 0 || field.sortable).map((field) => literal(field.column.field)))];
  const page = listing.pagination === 'cursor' ? `CursorPage<${names.type}>` : `Page<${names.type}>`;
  const types = [names.type, `${names.type}Id`, `z.input<typeof ${names.createSchema}>`, `z.input<typeof ${names.updateSchema}>`, fields.join(' | ') || 'never', page];
  return `resource<${types.join(', ')}>(request, '${names.urlPath}')`;
}
