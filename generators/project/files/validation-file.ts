import { printSourceFile } from '../../../src/ast/project.js';
import { func, importsOf, param } from '../../../src/ast/structures.js';

/** src/lib/validation.ts: request parsing at the edge; every failure is a 400 that names the field. */
export function validationFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({ hono: { types: ['Context'] }, zod: { types: ['z'] }, './errors.js': { names: ['HttpError'] } }),
      func('readJson', [param('c', 'Context')], 'Promise<unknown>', [
        'try {',
        '  return await c.req.json();',
        '} catch {',
        "  throw new HttpError(400, 'invalid_json', 'Request body must be valid JSON');",
        '}',
      ], { exported: true, async: true, docs: ['Reads the JSON body; malformed JSON is a client mistake, not a 500.'] }),
      func('parseWith', [param('schema', 'Schema'), param('value', 'unknown')], 'z.output<Schema>', [
        'const result = schema.safeParse(value);',
        'if (result.success) return result.data;',
        'const details = result.error.issues.map((issue) => ({',
        "  field: issue.path.join('.'),",
        '  message: issue.message,',
        '}));',
        "throw new HttpError(400, 'validation_failed', 'Request validation failed', details);",
      ], { exported: true, typeParameters: ['Schema extends z.ZodType'], docs: ['Validates a value against a schema, answering 400 with one entry per failing field.'] }),
    ],
  });
}
