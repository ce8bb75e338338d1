import { mergeImports } from '../../../src/ast/structures.js';
import type { Column, ModelView } from '../../../src/spec/columns.js';
import { sampleInput } from '../../cqrs/files/test-file.js';
import { moduleOf } from '../../cqrs/files/print.js';
import type { CommandsPlan } from '../../cqrs/commands-plan.js';
import { cqrsModelNames } from '../../cqrs/model.js';
import type { ResourceTestsPlan } from '../../resource/tests-plan.js';
import { esModelNames, snapshotsTable } from '../model.js';

/**
 * A field's value in the n-th generated input (`n` in scope): unique strings and integers vary with `n`, so many
 * records can be created; every other field keeps its sample value.
 */
function varied(column: Column, sample: string): string | undefined {
  if (column.type === 'string' || column.type === 'text') {
    const text = `\`${column.field}-\${n}\``;
    const padded = column.min !== undefined ? `${text}.padEnd(${column.min}, 'x')` : text;
    return column.max !== undefined ? `${padded}.slice(0, ${column.max})` : padded;
  }
  if (column.type === 'integer' && column.unique) return `${column.min ?? 0} + n`;
  return column.unique ? undefined : `${sample}.${column.field}`;
}

/**
 * event-sourcing.test.ts: the event store on one model: history, optimistic concurrency (409), the projection equal
 * to the folded events after 1,000 seeded random commands, `asOf`, the rebuild and the snapshots.
 */
export function eventSourcingTestFile(plan: CommandsPlan, tests: ResourceTestsPlan): string {
  const { model, commands } = plan;
  const type = model.names.pascal;
  const path = `/${model.names.kebabPlural}`;
  const resource = `../../resources/${model.names.kebab}/${model.names.kebab}`;
  const names = esModelNames(model);
  const events = cqrsModelNames(model).event;
  const constant = (kind: string) => commands.find((command) => command.kind === kind)?.constant ?? '';
  const changed = model.fields.find((column) => !column.unique);
  const uniques = model.fields.filter((column) => column.unique || column === changed);
  const inputFor = `({ ...validInput, ${uniques.map((column) => `${column.field}: ${varied(column, 'validInput') ?? `validInput.${column.field}`}`).join(', ')} })`;
  const changeFor = changed ? `{ ${changed.field}: n % 2 === 0 ? ${varied(changed, 'otherInput')} : validInput.${changed.field} }` : '{}';
  const change = changed ? `{ ${changed.field}: otherInput.${changed.field} }` : '{}';
  /** The headers of a user allowed to make a request of the action (signed in as the resource's own tests are). */
  const headers = (action: 'get' | 'create' | 'update') => tests.headers[action] ?? '{}';
  const stamp = model.timestamps ? '{ updatedAt: new Date().toISOString() }' : '{}';
  return moduleOf(
    mergeImports(
      {
        vitest: { names: ['afterEach', 'beforeEach', 'describe', 'expect', 'it'] },
        '../../testing/test-app.js': { names: ['createTestApp'], types: ['TestApp'] },
        [`${resource}.aggregate.js`]: { names: [names.aggregate, names.load, names.save] },
        [`${resource}.commands.js`]: { names: [constant('create'), constant('delete'), constant('update')] },
        [`${resource}.events.js`]: { names: [`${model.names.camel}Updated`], types: [events] },
        [`${resource}.repository.js`]: { names: [`create${type}Repository`] },
        [`${resource}.schema.js`]: { names: [`${model.names.camel}Schema`, `update${type}Schema`] },
        '../cqrs/command.js': { names: ['defineCommand'] },
        '../cqrs/command-bus.js': { names: ['createCommandBus'], types: ['CommandBus'] },
        './aggregate.js': { names: ['fold', 'loadAggregate'] },
        './event-sourcing-settings.js': { names: ['eventSourcingSettings'] },
        './event-store.js': { names: ['readStream', 'streamIds'] },
        './rebuild.js': { names: ['rebuildReadModels'] },
      },
      tests.imports,
    ),
    [
      `const validInput = ${sampleInput(model, 1)} as const;`,
      `const otherInput = ${sampleInput(model, 2)} as const;`,
      `/** A seeded pseudo-random sequence (mulberry32): the same commands on every run. */
      function seededRandom(seed: number): () => number {
        let state = seed >>> 0;
        return () => {
          state = (state + 0x6d2b79f5) >>> 0;
          let t = state;
          t = Math.imul(t ^ (t >>> 15), t | 1);
          t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
          return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
        };
      }`,
      `const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));`,
      `describe('event sourcing of ${type}', () => {
        ${['let testApp: TestApp;', ...tests.declarations].join('\n')}
        let commands: CommandBus;

        beforeEach(async () => {
          testApp = await createTestApp();
          commands = createCommandBus(testApp.deps);
          ${tests.setup.join('\n')}
        });
        afterEach(async () => {
          await testApp.close();
        });

        const send = async (method: string, path: string, headers: Record<string, string>) =>
          testApp.app.request(path, { method, headers });
        const dataOf = async (response: Response) => ${model.names.camel}Schema.parse(((await response.json()) as { data: unknown }).data);
        const readTable = () => testApp.db.selectFrom('${model.names.table}').selectAll().orderBy('id').execute();
        /** Runs \`count\` seeded random creates, updates and deletes; returns the ids created. */
        const runRandomCommands = async (count: number, seed: number) => {
          const random = seededRandom(seed);
          const ids: string[] = [];
          for (let n = 0; n < count; n++) {
            const roll = random();
            const id = ids[Math.floor(random() * ids.length)];
            if (id === undefined || roll < 0.3) ids.push((await commands.execute(${constant('create')}, ${inputFor})).id);
            else if (roll < 0.9) await commands.execute(${constant('update')}, { id, ...${changeFor} });
            else await commands.execute(${constant('delete')}, { id });
          }
          return ids;
        };

        it('keeps every change as an event, served as the audit trail at GET ${path}/:id/history', async () => {
          const created = await commands.execute(${constant('create')}, validInput, { actor: 'tester' });
          await commands.execute(${constant('update')}, { id: created.id, ...${change} });
          const response = await send('GET', \`${path}/\${created.id}/history\`, ${headers('get')});
          expect(response.status).toBe(200);
          const { data } = (await response.json()) as { data: { type: string; version: number; metadata: object; occurredAt: string }[] };
          expect(data.map((event) => [event.type, event.version])).toEqual([['${type}Created', 1], ['${type}Updated', 2]]);
          expect(data[0]?.metadata).toEqual({ command: 'Create${type}', actor: 'tester' });
          expect((await send('GET', '${path}/0190a6c4-5b8e-7000-8000-00000000dead/history', ${headers('get')})).status).toBe(404);
        });

        it('lets exactly one of two commands at the same version through; the other gets 409 and changes nothing', async () => {
          const created = await commands.execute(${constant('create')}, validInput);
          const stale = await ${names.load}(testApp.db, created.id);
          const staleUpdate = defineCommand({
            name: 'StaleUpdate${type}',
            schema: update${type}Schema,
            handle: (_input, context) => ${names.save}(context, created.id, stale, [context.emit(${model.names.camel}Updated(created.id, ${stamp}))]),
          });
          await commands.execute(${constant('update')}, { id: created.id, ...${change} });
          await expect(commands.execute(staleUpdate, {})).rejects.toMatchObject({ status: 409, code: 'conflict' });
          expect((await readStream(testApp.db, created.id)).map((event) => event.version)).toEqual([1, 2]);
          expect(await create${type}Repository(testApp.db).findById(created.id)).toEqual((await ${names.load}(testApp.db, created.id)).state);
        });

        it('keeps the read table equal to the events folded, after 1,000 seeded random commands', async () => {
          await runRandomCommands(1000, 20261122);
          const repository = create${type}Repository(testApp.db);
          const ids = await streamIds(testApp.db, '${type}');
          let existing = 0;
          for (const id of ids) {
            const folded = fold(${names.aggregate}, undefined, await readStream<${events}>(testApp.db, id));
            if (folded) existing++;
            expect(await repository.findById(id)).toEqual(folded);
          }
          expect(await readTable()).toHaveLength(existing);
        }, 120_000);

        it('answers GET ${path}/:id?asOf=<time> with the state at that time', async () => {
          const beforeCreation = new Date(Date.now() - 60_000).toISOString();
          const created = await commands.execute(${constant('create')}, validInput);
          await sleep(5);
          const between = new Date().toISOString();
          await sleep(5);
          const updated = await commands.execute(${constant('update')}, { id: created.id, ...${change} });
          const asOf = (time: string) => send('GET', \`${path}/\${created.id}?asOf=\${encodeURIComponent(time)}\`, ${headers('get')});
          expect(await dataOf(await asOf(between))).toEqual(created);
          expect(await dataOf(await asOf(new Date().toISOString()))).toEqual(updated);
          expect((await asOf(beforeCreation)).status).toBe(404);
          expect((await asOf('yesterday')).status).toBe(400);
        });

        it('rebuilds the read table exactly from the events', async () => {
          await runRandomCommands(200, 7);
          const before = await readTable();
          await testApp.db.deleteFrom('${model.names.table}').execute();
          const rebuilt = await rebuildReadModels(testApp.db);
          expect(rebuilt.${type}).toBe((await streamIds(testApp.db, '${type}')).length);
          expect(await readTable()).toEqual(before);
        }, 60_000);

        it(\`takes a snapshot every \${eventSourcingSettings.snapshotEvery} events and loads the same state from it\`, async () => {
          const { snapshotEvery } = eventSourcingSettings;
          const created = await commands.execute(${constant('create')}, validInput);
          for (let n = 1; n <= snapshotEvery; n++) await commands.execute(${constant('update')}, { id: created.id, ...${changeFor} });
          const snapshots = await testApp.db.selectFrom('${snapshotsTable}').select('version').where('stream_id', '=', created.id).execute();
          expect(snapshots).toEqual([{ version: snapshotEvery }]);
          const loaded = await loadAggregate(testApp.db, ${names.aggregate}, created.id);
          expect(loaded.version).toBe(snapshotEvery + 1);
          expect(loaded.state).toEqual(fold(${names.aggregate}, undefined, await readStream<${events}>(testApp.db, created.id)));
        });
      });`,
    ],
  );
}

