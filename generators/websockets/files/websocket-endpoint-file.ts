import { printSourceFile } from '../../../src/ast/project.js';
import { constant, func, importsOf, interfaceOf, methodSignature, param, property, typeAlias } from '../../../src/ast/structures.js';

/** websocket-endpoint.ts: the websocket endpoint on the app's HTTP server. */
export function websocketEndpointFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({
        'node:http': { types: ['IncomingMessage'] },
        'node:stream': { types: ['Duplex'] },
        '@hono/node-server': { types: ['ServerType'] },
        ws: { names: ['WebSocket', 'WebSocketServer'] },
        '../../lib/logger.js': { types: ['Logger'] },
        './client-messages.js': { names: ['isKnownChannel', 'parseClientMessage'], types: ['ClientMessage'] },
        './realtime-access.js': { types: ['RealtimeAccess', 'RealtimeReader'] },
        './realtime-event.js': { names: ['channelsOf'] },
        './realtime-hub.js': { types: ['RealtimeHub'] },
      }),
      interfaceOf('WebSocketEndpointOptions', [
        property('hub', 'RealtimeHub'),
        property('access', 'RealtimeAccess'),
        property('logger', 'Logger'),
        property('path', 'string'),
        property('collections', 'readonly string[]', { docs: ['The collections that publish: a client subscribes to `<collection>` or `<collection>:<id>`.'] }),
        property('heartbeatMs', 'number', { docs: ['How often every connection is pinged; one that did not answer the previous ping is cut off.'] }),
        property('maxBufferedBytes', 'number', {
          docs: ['A connection whose unsent data would grow past this is dropped: a client that does not read must not grow memory.'],
        }),
        property('maxSubscriptions', 'number', { optional: true }),
      ]),
      interfaceOf('WebSocketEndpoint', [property('connections', 'number', { readonly: true, docs: ['Open connections.'] })], {
        methods: [methodSignature('close', [], 'void', { docs: ['Closes every connection (1001, going away) and stops listening: the first step of a shutdown.'] })],
      }),
      interfaceOf('Client', [
        property('socket', 'WebSocket'),
        property('reader', 'RealtimeReader'),
        property('channels', 'Set<string>'),
        property('alive', 'boolean'),
      ], { exported: false }),
      typeAlias('ServerMessage', "{ type: 'subscribed' | 'unsubscribed'; channel: string } | { type: 'error'; message: string; channel?: string }", {
        exported: false,
      }),
      constant('usage', `'expected {"type":"subscribe","channel":"<collection>[:<id>]"}'`, {
        docs: ['The answer to a message that is not a subscription request.'],
      }),
      func('attachWebSockets', [param('server', 'ServerType'), param('options', 'WebSocketEndpointOptions')], 'WebSocketEndpoint', [
        'const { hub, access, logger, path, collections, heartbeatMs, maxBufferedBytes, maxSubscriptions = 100 } = options;',
        'const sockets = new WebSocketServer({ noServer: true, maxPayload: 4096 });',
        'const clients = new Set<Client>();',
        'const subscribers = new Map<string, Set<Client>>();',
        '',
        `function send(client: Client, text: string): void {
          if (client.socket.readyState !== WebSocket.OPEN) return;
          if (client.socket.bufferedAmount + Buffer.byteLength(text) > maxBufferedBytes) {
            logger.warn('websocket client disconnected: it reads too slowly', { bufferedBytes: client.socket.bufferedAmount });
            // No close frame: it would wait behind everything the client is not reading.
            client.socket.terminate();
            return;
          }
          client.socket.send(text);
        }`,
        'const reply = (client: Client, message: ServerMessage) => send(client, JSON.stringify(message));',
        '',
        `/** Why a request is refused, if it is. */
        function refusal(client: Client, { type, channel }: ClientMessage): string | undefined {
          if (!isKnownChannel(channel, collections)) return 'unknown channel';
          if (type === 'unsubscribe') return undefined;
          if (!client.reader.canSubscribe(channel)) return 'not allowed';
          if (client.channels.size >= maxSubscriptions) return 'too many subscriptions';
          return undefined;
        }`,
        '',
        `function receive(client: Client, message: ClientMessage | undefined): void {
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
        }`,
        '',
        `function accept(socket: WebSocket, reader: RealtimeReader): void {
          const client: Client = { socket, reader, channels: new Set(), alive: true };
          clients.add(client);
          socket.on('pong', () => {
            client.alive = true;
          });
          socket.on('message', (data, isBinary) => receive(client, isBinary ? undefined : parseClientMessage(String(data))));
          socket.on('error', (error) => logger.debug('websocket error', { error: error.message }));
          socket.on('close', () => {
            clients.delete(client);
            for (const channel of client.channels) subscribers.get(channel)?.delete(client);
          });
        }`,
        '',
        `const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
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
        };`,
        "server.on('upgrade', onUpgrade);",
        '',
        `const stopListening = hub.subscribe((event) => {
          const text = JSON.stringify({ type: 'event', ...event });
          const recipients = new Set<Client>();
          for (const channel of channelsOf(event)) {
            for (const client of subscribers.get(channel) ?? []) recipients.add(client);
          }
          for (const client of recipients) if (client.reader.canReceive(event)) send(client, text);
        });`,
        '',
        `const heartbeat = setInterval(() => {
          for (const client of clients) {
            if (!client.alive) {
              client.socket.terminate();
              continue;
            }
            client.alive = false;
            client.socket.ping();
          }
        }, heartbeatMs);`,
        'heartbeat.unref();',
        '',
        `return {
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
        };`,
      ], {
        exported: true,
        docs: [
          "A websocket endpoint on the app's own HTTP server (its `upgrade` event: no second port). Clients subscribe to\n" +
            'channels and receive the events the hub carries as `{"type":"event","collection","event","id","data"}`.',
        ],
      }),
      func('refuse', [param('socket', 'Duplex'), param('status', 'string')], 'void', [
        'socket.end(`HTTP/1.1 ${status}\\r\\nConnection: close\\r\\nContent-Length: 0\\r\\n\\r\\n`);',
      ], { docs: ['Answers an upgrade request with a plain HTTP status and closes the connection.'] }),
    ],
  });
}
