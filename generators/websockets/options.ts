import { z } from 'zod';

/** `features.websockets` in kiln.json. */
export const websocketsOptions = z.strictObject({
  models: z.array(z.string()).optional().describe('Models whose writes are published (default: every model).'),
  path: z
    .string()
    .regex(/^\/[A-Za-z0-9._~/-]*$/, 'must be a URL path such as "/ws"')
    .default('/ws')
    .describe('Where the websocket endpoint listens, on the app\'s own port.'),
  heartbeatSeconds: z.number().int().positive().default(30).describe('Interval of the pings; a connection that misses one is closed.'),
  maxBufferedBytes: z
    .number()
    .int()
    .positive()
    .default(1024 * 1024)
    .describe('Unsent bytes a connection may hold before it is dropped as too slow.'),
});

export type WebsocketsOptions = z.output<typeof websocketsOptions>;
