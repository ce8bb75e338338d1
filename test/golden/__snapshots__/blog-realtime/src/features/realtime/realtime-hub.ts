import type { RealtimeEvent } from './realtime-event.js';

export type RealtimeListener = (event: RealtimeEvent) => void;

/**
 * Carries events from the routes that write to the websocket clients of every instance. `publish` neither
 * throws nor waits: the write has committed by then, and its response must not depend on who listens.
 */
export interface RealtimeHub {
  publish(event: RealtimeEvent): void;
  /** Returns the function that unsubscribes. */
  subscribe(listener: RealtimeListener): () => void;
  close(): Promise<void>;
}

/** The in-process hub: events reach the clients of this instance only (one instance, or tests). */
export function createLocalHub(): RealtimeHub {
  const listeners = new Set<RealtimeListener>();
  return {
    publish(event) {
      // Delivered after the route's own work, as an event that came back from Redis would be.
      queueMicrotask(() => {
        for (const listener of listeners) listener(event);
      });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      listeners.clear();
    },
  };
}
