import { printSourceFile } from '../../src/ast/project.js';
import { constant, importsOf, interfaceOf, property } from '../../src/ast/structures.js';
import type { Column, ModelView } from '../../src/spec/columns.js';
import { isRequired } from '../../src/spec/columns.js';
import { fieldLabel, sampleInput, wrongValue, type ResourceNames } from './model.js';
import { listTests } from './list-tests.js';
import { mergeImports, type Action } from './routes-plan.js';
import type { ResourceTestsPlan } from './tests-plan.js';

/**
 * <name>.test.ts: every route through app.request() against a fresh database: the happy paths and each status
 * code a client can cause (400, 404, 409).
 */
export function testFile(model: ModelView, names: ResourceNames, plan?: ResourceTestsPlan): string {
  const path = names.urlPath;
  const serverAssigned = Object.keys(plan?.routes.serverAssigned ?? {});
  // What a client sends: fields the server assigns are not part of any request body.
  const fields = model.fields.filter((column) => !serverAssigned.includes(column.field));
  const signed = Object.keys(plan?.headers ?? {}).length > 0;
  /** A request for an action, sent with the headers the plan gives that action. */
  const call = (action: Action, method: string, target: string, body?: string) => {
    const headers = plan?.headers[action];
    if (method === 'GET' && !headers) return `testApp.app.request(${target})`;
    const args = [`'${method}'`, target, ...(body !== undefined || headers ? [body ?? 'undefined'] : []), ...(headers ? [headers] : [])];
    return `send(${args.join(', ')})`;
  };
  const byId = `\`${path}/\${created.id}\``;
  const label = names.label.toLowerCase();
  const valid = `valid${names.type}`;
  const other = `other${names.type}`;
  const sample = (variant: 1 | 2) => JSON.stringify(sampleInput(fields, variant));
  const missingPath = `${path}/${model.idStrategy === 'uuid' ? '0190a6c4-5b8e-7000-8000-00000000dead' : '999999'}`;
  const required = fields.filter(isRequired).map((column) => column.field);
  const typed = fields.find((column) => column.type !== 'json');
  const changed = fields.find((column) => !column.unique) ?? fields[0];
  const missing = ([['get', 'GET'], ['update', 'PATCH'], ['delete', 'DELETE']] as const).map(
    ([action, method]) => `expect((await ${call(action, method, `'${missingPath}'`, method === 'PATCH' ? '{}' : undefined)}).status).toBe(404);`,
  );

  const tests = [
    `it('creates a ${label} (POST ${path} → 201)', async () => {
      const ${names.instance} = await create${names.type}(${valid});
      expect(${names.instance}).toMatchObject(${valid});
    });`,
    required.length > 0 &&
      `it('rejects a ${label} without its required fields (400 names them)', async () => {
        const response = await ${call('create', 'POST', `'${path}'`, '{}')};
        expect(response.status).toBe(400);
        const body = (await response.json()) as ErrorResponse;
        expect(body.error.details?.map((detail) => detail.field)).toEqual(expect.arrayContaining(${JSON.stringify(required)}));
      });`,
    typed &&
      `it('rejects a wrongly typed ${typed.field} with 400', async () => {
        const response = await ${call('create', 'POST', `'${path}'`, `{ ...${valid}, ${typed.field}: ${JSON.stringify(wrongValue(typed))} }`)};
        expect(response.status).toBe(400);
        const body = (await response.json()) as ErrorResponse;
        expect(body.error.details?.map((detail) => detail.field)).toContain('${typed.field}');
      });`,
    `it('rejects unknown fields with 400', async () => {
      const response = await ${call('create', 'POST', `'${path}'`, `{ ...${valid}, notAField: true }`)};
      expect(response.status).toBe(400);
    });`,
    `it('rejects malformed JSON with 400', async () => {
      const response = await testApp.app.request('${path}', { method: 'POST', headers: { 'content-type': 'application/json'${plan?.headers.create ? `, ...${plan.headers.create}` : ''} }, body: '{not json' });
      expect(response.status).toBe(400);
      expect(((await response.json()) as ErrorResponse).error.code).toBe('invalid_json');
    });`,
    `it('gets a ${label} by id', async () => {
      const created = await create${names.type}(${valid});
      const response = await ${call('get', 'GET', byId)};
      expect(response.status).toBe(200);
      expect(await dataOf(response)).toEqual(created);
    });`,
    `it('answers 404 for a ${label} that does not exist', async () => {
      ${signed ? missing.join('\n') : `for (const method of ['GET', 'PATCH', 'DELETE']) {
        const response = await send(method, '${missingPath}', method === 'PATCH' ? {} : undefined);
        expect(response.status).toBe(404);
      }`}
      expect((await ${call('get', 'GET', `'${path}/not-an-id'`)}).status).toBe(404);
    });`,
    ...listTests({ model, names, fields, list: (target) => call('list', 'GET', target), fieldLabel }),
    changed &&
      `it('updates a ${label} (PATCH)', async () => {
        const created = await create${names.type}(${valid});
        const response = await ${call('update', 'PATCH', byId, `{ ${changed.field}: ${other}.${changed.field} }`)};
        expect(response.status).toBe(200);
        expect(await dataOf(response)).toMatchObject({ id: created.id, ${changed.field}: ${other}.${changed.field} });
      });`,
    `it('deletes a ${label} (DELETE → 204, then 404)', async () => {
      const created = await create${names.type}(${valid});
      expect((await ${call('delete', 'DELETE', byId)}).status).toBe(204);
      expect((await ${call('get', 'GET', byId)}).status).toBe(404);
    });`,
    ...fields
      .filter((column) => column.unique)
      .map(
        (column) => `it('${duplicateTestName(column, label)}', async () => {
          await create${names.type}(${valid});
          const response = await ${call('create', 'POST', `'${path}'`, `{ ...${other}, ${column.field}: ${valid}.${column.field} }`)};
          expect(response.status).toBe(409);
        });`,
      ),
    ...(plan?.tests ?? []),
  ].filter((test): test is string => typeof test === 'string');

  return printSourceFile({
    statements: [
      ...importsOf(
        mergeImports(
          {
            vitest: { names: ['afterEach', 'beforeEach', 'describe', 'expect', 'it'] },
            '../../testing/test-app.js': { names: ['createTestApp'], types: ['TestApp'] },
            [`./${model.names.kebab}.schema.js`]: { names: [names.schema], types: [names.type] },
          },
          plan?.imports ?? {},
        ),
      ),
      interfaceOf('ErrorResponse', [property('error', '{ code: string; details?: { field: string; message: string }[] }')], { exported: false }),
      constant(valid, `${sample(1)} as const`),
      constant(other, `${sample(2)} as const`),
      `describe('${path}', () => {
        ${['let testApp: TestApp;', ...(plan?.declarations ?? [])].join('\n')}
        beforeEach(async () => {
          ${['testApp = await createTestApp();', ...(plan?.setup ?? [])].join('\n')}
        });
        afterEach(async () => {
          await testApp.close();
        });

        const send = async (method: string, path: string, body?: unknown${signed ? ', headers: Record<string, string> = {}' : ''}) =>
          testApp.app.request(path, {
            method,
            headers: { 'content-type': 'application/json'${signed ? ', ...headers' : ''} },
            ...(body === undefined ? {} : { body: JSON.stringify(body) }),
          });

        const dataOf = async (response: Response): Promise<${names.type}> =>
          ${names.schema}.parse(((await response.json()) as { data: unknown }).data);

        const listOf = async (response: Response): Promise<${names.type}[]> => {
          expect(response.status).toBe(200);
          return ${names.schema}.array().parse(((await response.json()) as { data: unknown }).data);
        };

        const create${names.type} = async (input: object): Promise<${names.type}> => {
          const response = await ${call('create', 'POST', `'${path}'`, 'input')};
          expect(response.status).toBe(201);
          return dataOf(response);
        };

        ${tests.join('\n\n')}
      });`,
    ],
  });
}

/** A unique foreign key is a hasOne's: its duplicate is a second child of the same parent. */
const duplicateTestName = (column: Column, label: string): string =>
  column.references
    ? `refuses a second ${label} of the same ${column.references.relation} with 409 (a hasOne: ${column.field} is unique)`
    : `rejects a duplicate ${column.field} with 409`;
