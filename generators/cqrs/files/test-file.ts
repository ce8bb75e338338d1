import { listingOf } from '../../../src/spec/listing.js';
import { mergeImports } from '../../../src/ast/structures.js';
import type { ModelView } from '../../../src/spec/columns.js';
import { sampleInput as resourceSampleInput } from '../../resource/model.js';
import type { ResourceTestsPlan } from '../../resource/tests-plan.js';
import type { CommandsPlan } from '../commands-plan.js';
import { cqrsModelNames } from '../model.js';
import { moduleOf } from './print.js';

/** A valid create input of a model, as a literal: the resource tests' samples, foreign keys to the seeded rows. */
export const sampleInput = (model: ModelView, variant: 1 | 2): string => JSON.stringify(resourceSampleInput(model.fields, variant));

/**
 * cqrs.test.ts: the command bus on one model, through the bus and through HTTP: invalid input is a 400 before any
 * handler runs, each command publishes its event once committed, and a failed transaction publishes nothing.
 */
export function cqrsTestFile(plan: CommandsPlan, tests: ResourceTestsPlan): string {
  const { model, commands } = plan;
  const type = model.names.pascal;
  const path = `/${model.names.kebabPlural}`;
  const resource = `../../resources/${model.names.kebab}/${model.names.kebab}`;
  const names = cqrsModelNames(model);
  const constant = (kind: string) => commands.find((command) => command.kind === kind)?.constant ?? '';
  const changed = model.fields.find((column) => !column.unique);
  const change = changed ? `{ id: created.id, ${changed.field}: otherInput.${changed.field} }` : '{ id: created.id }';
  /** The headers of a user allowed to make a request of the action (signed in as the resource's own tests are). */
  const headers = (action: 'get' | 'create' | 'update') => tests.headers[action] ?? '{}';
  const custom = commands.filter((command) => command.kind === 'custom');
  const customTests = custom.map(
    (command) => `it('runs ${command.name} at POST ${path}/:id/${command.key} and publishes ${command.event}', async () => {
      const created = await commands.execute(${constant('create')}, validInput);
      published.length = 0;
      const response = await send('POST', \`${path}/\${created.id}/${command.key}\`, ${JSON.stringify(resourceSampleInput(command.fields, 2))}, ${headers('update')});
      expect(response.status).toBe(200);
      expect(published.map((event) => event.type)).toEqual(['${command.event}']);
    });`,
  );
  return moduleOf(
    mergeImports(
      {
        vitest: { names: ['afterEach', 'beforeEach', 'describe', 'expect', 'it'] },
        '../../testing/test-app.js': { names: ['createTestApp'], types: ['TestApp'] },
        [`${resource}.commands.js`]: { names: [constant('create'), constant('delete'), constant('update')] },
        [`${resource}.queries.js`]: { names: [names.listQuery] },
        [`${resource}.schema.js`]: { names: [`create${type}Schema`] },
        './command.js': { names: ['defineCommand'] },
        './command-bus.js': { names: ['createCommandBus'], types: ['CommandBus'] },
        './domain-event.js': { types: ['DomainEvent'] },
        './query-bus.js': { names: ['createQueryBus'] },
      },
      tests.imports,
    ),
    [
      `const validInput = ${sampleInput(model, 1)} as const;`,
      `const otherInput = ${sampleInput(model, 2)} as const;`,
      `describe('commands and events of ${type}', () => {
        ${['let testApp: TestApp;', ...tests.declarations].join('\n')}
        let commands: CommandBus;
        let published: DomainEvent[];

        beforeEach(async () => {
          testApp = await createTestApp();
          commands = createCommandBus(testApp.deps);
          published = [];
          testApp.deps.events.subscribe('*', (event) => {
            published.push(event);
          });
          ${tests.setup.join('\n')}
        });
        afterEach(async () => {
          await testApp.close();
        });

        const send = async (method: string, path: string, body: unknown, headers: Record<string, string>) =>
          testApp.app.request(path, { method, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

        it('rejects invalid input with 400 before any handler runs, through the bus and over HTTP', async () => {
          const invalid = { ...validInput, notAField: true };
          await expect(commands.execute(${constant('create')}, invalid as never)).rejects.toMatchObject({ status: 400, code: 'validation_failed' });
          expect((await send('POST', '${path}', invalid, ${headers('create')})).status).toBe(400);
          expect(published).toEqual([]);
        });

        it('publishes each command\\'s event once it has committed, with its metadata', async () => {
          const created = await commands.execute(${constant('create')}, validInput, { actor: 'tester' });
          await commands.execute(${constant('update')}, ${change});
          await commands.execute(${constant('delete')}, { id: created.id });
          expect(published.map((event) => event.type)).toEqual(['${type}Created', '${type}Updated', '${type}Deleted']);
          expect(published[0]).toMatchObject({ streamId: ${model.idStrategy === 'uuid' ? 'created.id' : 'String(created.id)'}, payload: created, metadata: { command: 'Create${type}', actor: 'tester' } });
        });

        it('publishes nothing, and keeps nothing, when the transaction fails', async () => {
          const failing = defineCommand({
            name: 'FailingCreate',
            schema: create${type}Schema,
            async handle(input, context) {
              await ${constant('create')}.handle(input, context);
              throw new Error('forced failure');
            },
          });
          await expect(commands.execute(failing, validInput)).rejects.toThrow('forced failure');
          expect(published).toEqual([]);
          const page = await createQueryBus(testApp.deps).execute(${names.listQuery}, ${firstPage(model)});
          expect(page.data).toEqual([]);
        });

        it('routes HTTP writes through the command bus, with the request id${tests.headers.create ? ' and the signed-in user as the actor' : ''}', async () => {
          const response = await send('POST', '${path}', validInput, ${headers('create')});
          expect(response.status).toBe(201);
          expect(published).toHaveLength(1);
          expect(published[0]?.metadata).toMatchObject({ command: 'Create${type}', requestId: expect.any(String)${tests.headers.create ? ', actor: expect.any(String)' : ''} });
        });

        ${customTests.join('\n\n')}
      });`,
    ],
  );
}

/** The list query for a first page of ten, as the route would parse it from an empty query string. */
function firstPage(model: ModelView): string {
  const page = listingOf(model).pagination === 'cursor' ? 'limit: 10' : 'limit: 10, offset: 0';
  return `{ filters: [], sort: [{ field: 'id', direction: 'asc' }], ${page} }`;
}
