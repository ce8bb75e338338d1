import type { CommandsPlan } from '../commands-plan.js';
import { moduleOf } from './print.js';
import { sampleInput } from './test-file.js';

/**
 * outbox.test.ts (with `"bus": "redis"`): two instances on one Redis: a committed command's events reach the other
 * instance and leave the outbox empty, a failed one stages nothing, and what a crashed instance left is sent by the
 * next drain. Skipped loudly without REDIS_URL, failed under CI=true.
 */
export function outboxTestFile(plan: CommandsPlan): string {
  const { model, commands } = plan;
  const type = model.names.pascal;
  const resource = `../../resources/${model.names.kebab}/${model.names.kebab}`;
  const create = commands.find((command) => command.kind === 'create')?.constant ?? '';
  return moduleOf(
    {
      vitest: { names: ['afterEach', 'beforeEach', 'expect', 'it'] },
      '../../lib/logger.js': { names: ['createLogger'] },
      '../../testing/redis.js': { names: ['describeWithRedis', 'uniqueName'] },
      '../../testing/test-app.js': { names: ['createTestApp'], types: ['TestApp'] },
      [`${resource}.commands.js`]: { names: [create] },
      [`${resource}.schema.js`]: { names: [`create${type}Schema`] },
      './command.js': { names: ['defineCommand'] },
      './command-bus.js': { names: ['createCommandBus'], types: ['CommandBus'] },
      './domain-event.js': { types: ['DomainEvent'] },
      './outbox-event-bus.js': { names: ['createOutboxEventBus'] },
    },
    [
      `const validInput = ${sampleInput(model, 1)} as const;`,
      `const logger = createLogger('silent');`,
      `/** Polls until \`done\` holds (events cross Redis asynchronously), failing after two seconds. */
      async function eventually(done: () => boolean): Promise<void> {
        for (let waited = 0; !done(); waited += 10) {
          if (waited > 2_000) throw new Error('timed out waiting for an event');
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
      }`,
      `describeWithRedis('events across instances through the outbox', (redisUrl) => {
        let testApp: TestApp;
        let first: ReturnType<typeof createOutboxEventBus>;
        let second: ReturnType<typeof createOutboxEventBus>;
        let commands: CommandBus;
        let received: DomainEvent[];
        let channel: string;

        beforeEach(async () => {
          testApp = await createTestApp();
          channel = uniqueName('events');
          first = createOutboxEventBus(redisUrl, channel, logger);
          second = createOutboxEventBus(redisUrl, channel, logger);
          await Promise.all([first.ready, second.ready]);
          commands = createCommandBus({ ...testApp.deps, events: first });
          received = [];
          second.subscribe('*', (event) => {
            received.push(event);
          });
        });
        afterEach(async () => {
          await Promise.all([first.close(), second.close()]);
          await testApp.close();
        });

        const outbox = () => testApp.db.selectFrom('event_outbox').selectAll().execute();

        it('delivers a committed command\\'s events to the other instance and empties the outbox', async () => {
          const created = await commands.execute(${create}, validInput);
          await eventually(() => received.length === 1);
          expect(received[0]).toMatchObject({ type: '${type}Created', streamId: ${model.idStrategy === 'uuid' ? 'created.id' : 'String(created.id)'} });
          expect(await outbox()).toEqual([]);
        });

        it('stages nothing when the transaction fails', async () => {
          const failing = defineCommand({
            name: 'FailingCreate',
            schema: create${type}Schema,
            async handle(input, context) {
              await ${create}.handle(input, context);
              throw new Error('forced failure');
            },
          });
          await expect(commands.execute(failing, validInput)).rejects.toThrow('forced failure');
          expect(await outbox()).toEqual([]);
          await new Promise((resolve) => setTimeout(resolve, 100));
          expect(received).toEqual([]);
        });

        it('sends what an instance that died after its commit left in the outbox, at the next drain', async () => {
          const leftBehind: DomainEvent = { type: '${type}Created', streamId: 'left-behind', payload: {}, metadata: { command: 'Create${type}' }, occurredAt: new Date().toISOString() };
          await first.stage(testApp.db, [leftBehind]);
          await second.publish(testApp.db, []);
          await eventually(() => received.some((event) => event.streamId === 'left-behind'));
          expect(await outbox()).toEqual([]);
        });
      });`,
    ],
  );
}
