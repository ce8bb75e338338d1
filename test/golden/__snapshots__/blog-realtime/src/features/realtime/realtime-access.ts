import type { IncomingMessage } from 'node:http';
import type { RealtimeEvent } from './realtime-event.js';

/** What one connection may read, decided when it connects (e.g. from the user its access token names). */
export interface RealtimeReader {
  canSubscribe(channel: string): boolean;
  canReceive(event: RealtimeEvent): boolean;
}

/**
 * Who may connect, and what each connection may read. The endpoint asks on every upgrade request;
 * `undefined` refuses it with 401. An auth feature provides one that checks the access token and the read
 * rules of each model, through kiln's `websockets.access` extension point (see README.md).
 */
export interface RealtimeAccess {
  connect(request: IncomingMessage): Promise<RealtimeReader | undefined>;
}

/** Everyone may connect and read every event: the same as the REST routes without auth. */
export const publicAccess: RealtimeAccess = {
  connect: async () => ({ canSubscribe: () => true, canReceive: () => true }),
};
