import { printSourceFile } from '../../../src/ast/project.js';
import { constant, func, importsOf, interfaceOf, mergeImports, param, property } from '../../../src/ast/structures.js';
import type { Credentials } from '../../resource/plans.js';
import type { ModelView } from '../../../src/spec/columns.js';
import { sampleValue } from '../../resource/model.js';

/**
 * realtime.test.ts: the websocket endpoint over real sockets: events for each write, row channels, tolerance of
 * unknown messages, slow and dead clients dropped; and, with REDIS_URL, fan-out from one instance to another.
 */
export function realtimeTestFile(model: ModelView, channel: string, credentials: Credentials): string {
  // With access rules on the model's writes, each request is sent as a user allowed to make it.
  const methods = Object.entries(credentials.byMethod);
  const signIn =
    methods.length === 0
      ? []
      : [...credentials.statements, `const signedIn: Record<string, Record<string, string>> = { ${methods.map(([method, headers]) => `${method}: ${headers}`).join(', ')} };`];
  const signedIn = methods.length === 0 ? '' : '...signedIn[method], ';
  const path = `/${model.names.kebabPlural}`;
  const input = (variant: 1 | 2) =>
    JSON.stringify(Object.fromEntries(model.fields.map((column) => [column.field, sampleValue(column, variant, label(column.field))])));
  const changed = model.fields.find((column) => !column.unique) ?? model.fields[0];
  const change = changed ? `{ ${changed.field}: ${JSON.stringify(sampleValue(changed, 2, label(changed.field)))} }` : '{}';
  const id = model.idStrategy === 'uuid' ? 'string' : 'number';
  return printSourceFile({
    statements: [
      ...importsOf(mergeImports(credentials.imports, {
        'node:net': { types: ['AddressInfo'] },
        '@hono/node-server': { names: ['serve'], types: ['ServerType'] },
        vitest: { names: ['afterEach', 'describe', 'expect', 'it'] },
        ws: { names: ['WebSocket'] },
        '../../app.js': { names: ['createApp'] },
        '../../lib/logger.js': { names: ['createLogger'] },
        '../../testing/redis.js': { names: ['describeWithRedis', 'uniqueName'] },
        '../../testing/test-app.js': { names: ['createTestApp'] },
        './realtime-access.js': { names: ['publicAccess'] },
        './realtime-hub.js': { types: ['RealtimeHub'] },
        './realtime-settings.js': { names: ['realtimeSettings'] },
        './redis-hub.js': { names: ['createRedisHub'] },
        './websocket-endpoint.js': { names: ['attachWebSockets'], types: ['WebSocketEndpoint'] },
      })),
      constant('inputs', `[${input(1)}, ${input(2)}] as const`, { docs: ['Two valid create bodies (unique fields differ).'] }),
      constant('logger', "createLogger('silent')"),
      interfaceOf('Instance', [
        property('url', 'string'),
        property('hub', 'RealtimeHub'),
        property('endpoint', 'WebSocketEndpoint'),
        property('send', '(method: string, path: string, body?: unknown) => Promise<Response>'),
      ], { exported: false }),
      constant('cleanup', '[]', { type: '(() => Promise<unknown>)[]', docs: ['Everything a test started, closed after it whether it passed or not.'] }),
      `afterEach(async () => {
        for (const close of cleanup.splice(0).reverse()) await close();
      });`,
      func('startInstance', [param('options', '{ hub?: RealtimeHub; heartbeatMs?: number; maxBufferedBytes?: number }', '{}')], 'Promise<Instance>', [
        'const testApp = await createTestApp();',
        'const hub = options.hub ?? testApp.deps.realtime;',
        'const app = createApp({ ...testApp.deps, realtime: hub });',
        ...signIn,
        `const server = await new Promise<ServerType>((resolve) => {
          const started = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started));
        });`,
        'const endpoint = attachWebSockets(server, { hub, access: publicAccess, logger, ...realtimeSettings.endpoint, ...options });',
        `cleanup.push(async () => {
          endpoint.close();
          await new Promise((resolve) => server.close(resolve));
          await hub.close();
          await testApp.close();
        });`,
        'const base = `127.0.0.1:${(server.address() as AddressInfo).port}`;',
        `return {
          url: \`ws://\${base}\${realtimeSettings.endpoint.path}\`,
          hub,
          endpoint,
          send: (method, path, body) =>
            fetch(\`http://\${base}\${path}\`, {
              method,
              headers: { 'content-type': 'application/json', ${signedIn}},
              ...(body === undefined ? {} : { body: JSON.stringify(body) }),
            }),
        };`,
      ], { async: true, docs: ['The app on a real port with its websocket endpoint, started as src/main.ts starts it.'] }),
      func('connect', [param('url', 'string')], undefined, [
        'const socket = new WebSocket(url);',
        'const received: Record<string, unknown>[] = [];',
        "socket.on('message', (data) => received.push(JSON.parse(String(data)) as Record<string, unknown>));",
        "await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));",
        'cleanup.push(async () => socket.terminate());',
        `/** The first message received, or to come within the timeout, that has the given fields. */
        const next = async (fields: Record<string, unknown>, timeoutMs = 5_000) => {
          const matches = (message: Record<string, unknown>) => Object.entries(fields).every(([key, value]) => message[key] === value);
          await eventually(() => received.some(matches), timeoutMs);
          return received.find(matches);
        };`,
        `const subscribe = async (channel: string) => {
          socket.send(JSON.stringify({ type: 'subscribe', channel }));
          await next({ type: 'subscribed', channel });
        };`,
        'return { socket, received, next, subscribe };',
      ], { async: true, docs: ['A websocket client that keeps what it receives.'] }),
      func('eventually', [param('condition', '() => boolean'), param('timeoutMs', undefined, '5_000')], 'Promise<void>', [
        'const deadline = Date.now() + timeoutMs;',
        `while (!condition()) {
          if (Date.now() > deadline) throw new Error(\`not true within \${timeoutMs} ms\`);
          await new Promise((resolve) => setTimeout(resolve, 10));
        }`,
      ], { async: true }),
      constant('createRow', `async (instance: Instance, input: object = inputs[0]) => ((await (await instance.send('POST', '${path}', input)).json()) as { data: { id: ${id} } }).data`),
      `describe('the websocket endpoint', () => {
        it('sends created, updated and deleted events with the row to subscribers of ${channel}', async () => {
          const instance = await startInstance();
          const client = await connect(instance.url);
          await client.subscribe('${channel}');
          const row = await createRow(instance);
          expect(await client.next({ type: 'event', event: 'created' })).toMatchObject({ collection: '${channel}', id: row.id, data: row });
          await instance.send('PATCH', \`${path}/\${row.id}\`, ${change});
          expect(await client.next({ type: 'event', event: 'updated' })).toMatchObject({ id: row.id, data: ${change} });
          await instance.send('DELETE', \`${path}/\${row.id}\`);
          expect(await client.next({ type: 'event', event: 'deleted' })).toMatchObject({ id: row.id, data: { id: row.id } });
        });

        it('sends a row channel (${channel}:<id>) the events of that row only', async () => {
          const instance = await startInstance();
          const [first, second] = [await createRow(instance, inputs[0]), await createRow(instance, inputs[1])];
          const client = await connect(instance.url);
          await client.subscribe(\`${channel}:\${second.id}\`);
          await instance.send('PATCH', \`${path}/\${first.id}\`, ${change});
          await instance.send('PATCH', \`${path}/\${second.id}\`, ${change});
          expect(await client.next({ type: 'event' })).toMatchObject({ id: second.id });
          expect(client.received.filter((message) => message.type === 'event')).toHaveLength(1);
        });

        it('answers messages it does not understand with an error, and keeps the connection', async () => {
          const instance = await startInstance();
          const client = await connect(instance.url);
          client.socket.send('not json');
          client.socket.send(JSON.stringify({ action: 'subscribe', channel: '${channel}' }));
          client.socket.send(JSON.stringify({ type: 'subscribe', channel: 'no-such-collection' }));
          await client.subscribe('${channel}');
          expect(client.received.filter((message) => message.type === 'error')).toHaveLength(3);
          expect(client.socket.readyState).toBe(WebSocket.OPEN);
        });

        it('drops a client that stops reading once its send buffer is full', async () => {
          const instance = await startInstance({ maxBufferedBytes: 64 * 1024 });
          const client = await connect(instance.url);
          await client.subscribe('${channel}');
          client.socket.pause();
          const event = { collection: '${channel}', event: 'updated', id: 'any', data: { padding: 'x'.repeat(1024) } } as const;
          // Far more than the limit and the kernel's socket buffers together, a batch per turn of the event loop.
          for (let batch = 0; batch < 1_000 && instance.endpoint.connections > 0; batch++) {
            for (let i = 0; i < 100; i++) instance.hub.publish(event);
            await new Promise((resolve) => setImmediate(resolve));
          }
          expect(instance.endpoint.connections).toBe(0);
        });

        it('cuts off a client that stops answering pings, and keeps one that answers', async () => {
          // Long enough for a busy machine to answer in time; a dead peer still goes within two intervals.
          const instance = await startInstance({ heartbeatMs: 250 });
          const live = await connect(instance.url);
          const dead = await connect(instance.url);
          dead.socket.pause();
          await eventually(() => instance.endpoint.connections === 1);
          expect(live.socket.readyState).toBe(WebSocket.OPEN);
        });
      });`,
      `describeWithRedis('websocket events across instances', (redisUrl) => {
        it('delivers to a client of instance A the event of a POST through instance B', async () => {
          const channel = uniqueName('realtime-test');
          const [hubA, hubB] = [createRedisHub(redisUrl, logger, channel), createRedisHub(redisUrl, logger, channel)];
          await Promise.all([hubA.ready, hubB.ready]);
          const [a, b] = [await startInstance({ hub: hubA }), await startInstance({ hub: hubB })];
          const client = await connect(a.url);
          await client.subscribe('${channel}');
          const row = await createRow(b);
          expect(await client.next({ type: 'event', event: 'created' }, 5_000)).toMatchObject({ id: row.id, data: row });
        });
      });`,
    ],
  });
}

const label = (field: string) => field.charAt(0).toUpperCase() + field.slice(1);
