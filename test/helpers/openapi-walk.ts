import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** The parts of an OpenAPI document a conformance walk reads. */
export interface Document {
  paths: Record<string, Record<string, DocumentedOperation>>;
  components: Record<string, Record<string, unknown>>;
}

export interface DocumentedOperation {
  operationId: string;
  security?: unknown[];
  parameters?: { name: string; in: string; example?: unknown }[];
  requestBody?: { content: Record<string, { schema: unknown; example?: unknown }> };
  responses: Record<string, { $ref?: string; content?: Record<string, { schema: unknown }> }>;
}

export interface Call {
  method: string;
  path: string;
  operation: DocumentedOperation;
}

/** Every operation of a document, in document order. */
export const callsOf = (document: Document): Call[] =>
  Object.entries(document.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ method, path, operation })));

/**
 * Checks a response against what the document says of its operation: a documented status, a documented content
 * type, and a body that validates against the documented JSON Schema (2020-12, formats checked, `$ref`s resolved
 * in the document). Returns the problems found, none when it conforms.
 */
export function responseChecker(document: Document): (call: Call, status: number, contentType: string | null, body: unknown) => string[] {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema({ $id: 'openapi', components: document.components });
  const resolve = (value: unknown): unknown => JSON.parse(JSON.stringify(value).replaceAll('"#/components/', '"openapi#/components/'));
  const responseOf = (call: Call, status: number) => {
    const documented = call.operation.responses[String(status)];
    if (documented?.$ref) return document.components.responses?.[documented.$ref.split('/').at(-1) ?? ''] as DocumentedOperation['responses'][string] | undefined;
    return documented;
  };
  return (call, status, contentType, body) => {
    const documented = responseOf(call, status);
    const where = `${call.method.toUpperCase()} ${call.path} (${call.operation.operationId}) → ${status}`;
    if (!documented) return [`${where}: status not documented (${JSON.stringify(body)})`];
    const media = Object.entries(documented.content ?? {});
    if (media.length === 0) return body === undefined ? [] : [`${where}: a body where none is documented`];
    const match = media.find(([type]) => contentType?.startsWith(type));
    if (!match) return [`${where}: content type ${contentType} not documented`];
    const validate = ajv.compile(resolve(match[1].schema) as object);
    return validate(body) ? [] : [`${where}: ${ajv.errorsText(validate.errors)} in ${JSON.stringify(body).slice(0, 500)}`];
  };
}
