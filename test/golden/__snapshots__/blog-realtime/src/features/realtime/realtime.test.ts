import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createApp } from '../../app.js';
import { createLogger } from '../../lib/logger.js';
import { describeWithRedis, uniqueName } from '../../testing/redis.js';
import { createTestApp } from '../../testing/test-app.js';
import { publicAccess } from './realtime-access.js';
import type { RealtimeHub } from './realtime-hub.js';
import { realtimeSettings } from './realtime-settings.js';
import { createRedisHub } from './redis-hub.js';
import { attachWebSockets, type WebSocketEndpoint } from './websocket-endpoint.js';

/** Two valid create bodies (unique fields differ). */
const inputs = [
  { name: 'Name 1', email: 'Email 1', bio: 'Bio 1' },
  { name: 'Name 2', email: 'Email 2', bio: 'Bio 2' },
] as const;

const logger = createLogger('silent');

interface Instance {
  url: string;
  hub: RealtimeHub;
  endpoint: WebSocketEndpoint;
  send: (method: string, path: string, body?: unknown) => Promise<Response>;
}

/** Everything a test started, closed after it whether it passed or not. */
const cleanup: (() => Promise<unknown>)[] = [];

afterEach(async () => {
  for (const close of cleanup.splice(0).reverse()) await close();
});

/** The app on a real port with its websocket endpoint, started as src/main.ts starts it. */
async function startInstance(
  options: { hub?: RealtimeHub; heartbeatMs?: number; maxBufferedBytes?: number } = {},
): Promise<Instance> {
  const testApp = await createTestApp();
  const hub = options.hub ?? testApp.deps.realtime;
  const app = createApp({ ...testApp.deps, realtime: hub });
  const server = await new Promise<ServerType>((resolve) => {
    const started = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started));
  });
  const endpoint = attachWebSockets(server, {
    hub,
    access: publicAccess,
    logger,
    ...realtimeSettings.endpoint,
    ...options,
  });
  cleanup.push(async () => {
    endpoint.close();
    await new Promise((resolve) => server.close(resolve));
    await hub.close();
    await testApp.close();
  });
  const base = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `ws://${base}${realtimeSettings.endpoint.path}`,
    hub,
    endpoint,
    send: (method, path, body) =>
      fetch(`http://${base}${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
  };
}

/** A websocket client that keeps what it receives. */
async function connect(url: string) {
  const socket = new WebSocket(url);
  const received: Record<string, unknown>[] = [];
  socket.on('message', (data) => received.push(JSON.parse(String(data)) as Record<string, unknown>));
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  cleanup.push(async () => socket.terminate());
  /** The first message received, or to come within the timeout, that has the given fields. */
  const next = async (fields: Record<string, unknown>, timeoutMs = 5_000) => {
    const matches = (message: Record<string, unknown>) =>
      Object.entries(fields).every(([key, value]) => message[key] === value);
    await eventually(() => received.some(matches), timeoutMs);
    return received.find(matches);
  };
  const subscribe = async (channel: string) => {
    socket.send(JSON.stringify({ type: 'subscribe', channel }));
    await next({ type: 'subscribed', channel });
  };
  return { socket, received, next, subscribe };
}

async function eventually(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`not true within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const createRow = async (instance: Instance, input: object = inputs[0]) =>
  ((await (await instance.send('POST', '/authors', input)).json()) as { data: { id: string } }).data;

describe('the websocket endpoint', () => {
  it('sends created, updated and deleted events with the row to subscribers of authors', async () => {
    const instance = await startInstance();
    const client = await connect(instance.url);
    await client.subscribe('authors');
    const row = await createRow(instance);
    expect(await client.next({ type: 'event', event: 'created' })).toMatchObject({
      collection: 'authors',
      id: row.id,
      data: row,
    });
    await instance.send('PATCH', `/authors/${row.id}`, { name: 'Name 2' });
    expect(await client.next({ type: 'event', event: 'updated' })).toMatchObject({
      id: row.id,
      data: { name: 'Name 2' },
    });
    await instance.send('DELETE', `/authors/${row.id}`);
    expect(await client.next({ type: 'event', event: 'deleted' })).toMatchObject({
      id: row.id,
      data: { id: row.id },
    });
  });

  it('sends a row channel (authors:<id>) the events of that row only', async () => {
    const instance = await startInstance();
    const [first, second] = [await createRow(instance, inputs[0]), await createRow(instance, inputs[1])];
    const client = await connect(instance.url);
    await client.subscribe(`authors:${second.id}`);
    await instance.send('PATCH', `/authors/${first.id}`, { name: 'Name 2' });
    await instance.send('PATCH', `/authors/${second.id}`, { name: 'Name 2' });
    expect(await client.next({ type: 'event' })).toMatchObject({ id: second.id });
    expect(client.received.filter((message) => message.type === 'event')).toHaveLength(1);
  });

  it('answers messages it does not understand with an error, and keeps the connection', async () => {
    const instance = await startInstance();
    const client = await connect(instance.url);
    client.socket.send('not json');
    client.socket.send(JSON.stringify({ action: 'subscribe', channel: 'authors' }));
    client.socket.send(JSON.stringify({ type: 'subscribe', channel: 'no-such-collection' }));
    await client.subscribe('authors');
    expect(client.received.filter((message) => message.type === 'error')).toHaveLength(3);
    expect(client.socket.readyState).toBe(WebSocket.OPEN);
  });

  it('drops a client that stops reading once its send buffer is full', async () => {
    const instance = await startInstance({ maxBufferedBytes: 64 * 1024 });
    const client = await connect(instance.url);
    await client.subscribe('authors');
    client.socket.pause();
    const event = {
      collection: 'authors',
      event: 'updated',
      id: 'any',
      data: { padding: 'x'.repeat(1024) },
    } as const;
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
});

describeWithRedis('websocket events across instances', (redisUrl) => {
  it('delivers to a client of instance A the event of a POST through instance B', async () => {
    const channel = uniqueName('realtime-test');
    const [hubA, hubB] = [
      createRedisHub(redisUrl, logger, channel),
      createRedisHub(redisUrl, logger, channel),
    ];
    await Promise.all([hubA.ready, hubB.ready]);
    const [a, b] = [await startInstance({ hub: hubA }), await startInstance({ hub: hubB })];
    const client = await connect(a.url);
    await client.subscribe('authors');
    const row = await createRow(b);
    expect(await client.next({ type: 'event', event: 'created' }, 5_000)).toMatchObject({
      id: row.id,
      data: row,
    });
  });
});
