import { printSourceFile } from '../../../src/ast/project.js';
import { importsOf } from '../../../src/ast/structures.js';
import { literal } from '../../../src/dialect/literal.js';
import type { ModelView } from '../../../src/spec/columns.js';
import { listingOf } from '../../../src/spec/listing.js';
import { resourceNames, sampleValue } from '../../resource/model.js';

/**
 * src/client/client.test.ts: the client against the app served on a real socket — create, get, list with a filter
 * and a sort, update, delete, and an error response as an ApiError. Uses a model every action of which is public.
 */
export function clientTestFile(model: ModelView, clientFields: ModelView['fields']): string {
  const names = resourceNames(model);
  const collection = names.collection;
  const sample = (variant: 1 | 2) => `{ ${clientFields.map((column) => `${column.field}: ${literal(sampleValue(column, variant, column.field.charAt(0).toUpperCase() + column.field.slice(1)))}`).join(', ')} }`;
  const changed = clientFields.find((column) => !column.unique && sampleValue(column, 1, 'x') !== sampleValue(column, 2, 'x')) ?? clientFields[0];
  const cursor = listingOf(model).pagination === 'cursor';
  return printSourceFile({
    statements: [
      ...importsOf({
        '@hono/node-server': { names: ['serve'], types: ['ServerType'] },
        'node:net': { types: ['AddressInfo'] },
        vitest: { names: ['afterEach', 'beforeEach', 'describe', 'expect', 'it'] },
        '../testing/test-app.js': { names: ['createTestApp'], types: ['TestApp'] },
        './index.js': { names: ['ApiError', 'createClient'], types: ['Client'] },
      }),
      `describe('API client', () => {
        let testApp: TestApp;
        let server: ServerType;
        let client: Client;
        beforeEach(async () => {
          testApp = await createTestApp();
          server = serve({ fetch: testApp.app.fetch, port: 0, hostname: '127.0.0.1' });
          await new Promise((resolve) => server.once('listening', resolve));
          client = createClient({ baseUrl: \`http://127.0.0.1:\${(server.address() as AddressInfo).port}\` });
        });
        afterEach(async () => {
          await new Promise((resolve) => server.close(resolve));
          await testApp.close();
        });

        it('creates, reads, lists, updates and deletes ${names.label.toLowerCase()} records over HTTP', async () => {
          const created = await client.${collection}.create(${sample(1)});
          await client.${collection}.create(${sample(2)});
          expect(await client.${collection}.get(created.id)).toEqual(created);
          const page = await client.${collection}.list({ filter: { id: { in: [created.id] } }, sort: ['-id'], limit: 10 });
          expect(page.data).toEqual([created]);
          expect(page.meta).toEqual(${cursor ? '{ limit: 10, nextCursor: null }' : '{ total: 1, limit: 10, offset: 0 }'});
          ${changed ? `const updated = await client.${collection}.update(created.id, { ${changed.field}: ${literal(sampleValue(changed, 2, changed.field.charAt(0).toUpperCase() + changed.field.slice(1)))} });
          expect(updated.${changed.field}).toEqual(${literal(sampleValue(changed, 2, changed.field.charAt(0).toUpperCase() + changed.field.slice(1)))});` : ''}
          await client.${collection}.delete(created.id);
          await expect(client.${collection}.get(created.id)).rejects.toMatchObject({ status: 404, code: 'not_found' });
        });

        it('throws an ApiError naming what the API refused', async () => {
          // A sort field the client's types would refuse, cast so the server gets to refuse it.
          const sort = ['-notAField' as 'id'];
          const error: unknown = await client.${collection}.list({ sort }).catch((caught: unknown) => caught);
          expect(error).toBeInstanceOf(ApiError);
          expect(error).toMatchObject({ status: 400, code: 'invalid_query', details: [{ field: 'sort' }] });
        });
      });`,
    ],
  });
}
