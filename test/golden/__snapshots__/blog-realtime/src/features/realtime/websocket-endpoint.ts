import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ServerType } from '@hono/node-server';
import { WebSocket, WebSocketServer } from 'ws';
import type { Logger } from '../../lib/logger.js';
import { type ClientMessage, isKnownChannel, parseClientMessage } from './client-messages.js';
import type { RealtimeAccess, RealtimeReader } from './realtime-access.js';
import { channelsOf } from './realtime-event.js';
import type { RealtimeHub } from './realtime-hub.js';

export interface WebSocketEndpointOptions {
  hub: RealtimeHub;
  access: RealtimeAccess;
  logger: Logger;
  path: string;
  /** The collections that publish: a client subscribes to `<collection>` or `<collection>:<id>`. */
  collections: readonly string[];
  /** How often every connection is pinged; one that did not answer the previous ping is cut off. */
  heartbeatMs: number;
  /** A connection whose unsent data would grow past this is dropped: a client that does not read must not grow memory. */
  maxBufferedBytes: number;
  maxSubscriptions?: number;
}

export interface WebSocketEndpoint {
  /** Open connections. */
  readonly connections: number;
  /** Closes every connection (1001, going away) and stops listening: the first step of a shutdown. */
  close(): void;
}

interface Client {
  socket: WebSocket;
  reader: RealtimeReader;
  channels: Set<string>;
  alive: boolean;
}

type ServerMessage =
  | { type: 'subscribed' | 'unsubscribed'; channel: string }
  | { type: 'error'; message: string; channel?: string };

/** The answer to a message that is not a subscription request. */
const usage = 'expected {"type":"subscribe","channel":"<collection>[:<id>]"}';

/**
 * A websocket endpoint on the app's own HTTP server (its `upgrade` event: no second port). Clients subscribe to
 * channels and receive the events the hub carries as `{"type":"event","collection","event","id","data"}`.
 */
export function attachWebSockets(server: ServerType, options: WebSocketEndpointOptions): WebSocketEndpoint {
  const {
    hub,
    access,
    logger,
    path,
    collections,
    heartbeatMs,
    maxBufferedBytes,
    maxSubscriptions = 100,
  } = options;
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  const clients = new Set<Client>();
  const subscribers = new Map<string, Set<Client>>();

  function send(client: Client, text: string): void {
    if (client.socket.readyState !== WebSocket.OPEN) return;
    if (client.socket.bufferedAmount + Buffer.byteLength(text) > maxBufferedBytes) {
      logger.warn('websocket client disconnected: it reads too slowly', {
        bufferedBytes: client.socket.bufferedAmount,
      });
      // No close frame: it would wait behind everything the client is not reading.
      client.socket.terminate();
      return;
    }
    client.socket.send(text);
  }

  const reply = (client: Client, message: ServerMessage) => send(client, JSON.stringify(message));

  /** Why a request is refused, if it is. */
  function refusal(client: Client, { type, channel }: ClientMessage): string | undefined {
    if (!isKnownChannel(channel, collections)) return 'unknown channel';
    if (type === 'unsubscribe') return undefined;
    if (!client.reader.canSubscribe(channel)) return 'not allowed';
    if (client.channels.size >= maxSubscriptions) return 'too many subscriptions';
    return undefined;
  }

  function receive(client: Client, message: ClientMessage | undefined): void {
    // Anything else is answered, never punished with a disconnect: clients of other protocols may probe.
    if (!message) return reply(client, { type: 'error', message: usage });
    const { type, channel } = message;
    const refused = refusal(client, message);
    if (refused) return reply(client, { type: 'error', channel, message: refused });
    if (type === 'subscribe') {
      client.channels.add(channel);
      subscribers.set(channel, (subscribers.get(channel) ?? new Set()).add(client));
    } else {
      client.channels.delete(channel);
      subscribers.get(channel)?.delete(client);
    }
    reply(client, { type: type === 'subscribe' ? 'subscribed' : 'unsubscribed', channel });
  }

  function accept(socket: WebSocket, reader: RealtimeReader): void {
    const client: Client = { socket, reader, channels: new Set(), alive: true };
    clients.add(client);
    socket.on('pong', () => {
      client.alive = true;
    });
    socket.on('message', (data, isBinary) =>
      receive(client, isBinary ? undefined : parseClientMessage(String(data))),
    );
    socket.on('error', (error) => logger.debug('websocket error', { error: error.message }));
    socket.on('close', () => {
      clients.delete(client);
      for (const channel of client.channels) subscribers.get(channel)?.delete(client);
    });
  }

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (new URL(request.url ?? '/', 'http://localhost').pathname !== path) {
      // Another upgrade listener may own this path; with none, the socket would stay open.
      if (server.listenerCount('upgrade') === 1) refuse(socket, '404 Not Found');
      return;
    }
    access.connect(request).then(
      (reader) => {
        if (!reader) return refuse(socket, '401 Unauthorized');
        sockets.handleUpgrade(request, socket, head, (ws) => accept(ws, reader));
      },
      (error: unknown) => {
        logger.error('websocket access check failed', { error: String(error) });
        refuse(socket, '500 Internal Server Error');
      },
    );
  };
  server.on('upgrade', onUpgrade);

  const stopListening = hub.subscribe((event) => {
    const text = JSON.stringify({ type: 'event', ...event });
    const recipients = new Set<Client>();
    for (const channel of channelsOf(event)) {
      for (const client of subscribers.get(channel) ?? []) recipients.add(client);
    }
    for (const client of recipients) if (client.reader.canReceive(event)) send(client, text);
  });

  const heartbeat = setInterval(() => {
    for (const client of clients) {
      if (!client.alive) {
        client.socket.terminate();
        continue;
      }
      client.alive = false;
      client.socket.ping();
    }
  }, heartbeatMs);
  heartbeat.unref();

  return {
    get connections() {
      return clients.size;
    },
    close() {
      clearInterval(heartbeat);
      stopListening();
      server.off('upgrade', onUpgrade);
      for (const client of clients) client.socket.close(1001, 'server shutting down');
      // Whoever does not answer the closing handshake promptly is cut off, so shutdown does not wait on them.
      setTimeout(() => clients.forEach((client) => client.socket.terminate()), 1_000).unref();
      sockets.close();
    },
  };
}

/** Answers an upgrade request with a plain HTTP status and closes the connection. */
function refuse(socket: Duplex, status: string): void {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}
