/** One load in progress for a key; `stale` once a write made what it reads outdated. */
export interface Flight {
  stale: boolean;
}

/**
 * Collapses concurrent loads of one key into one: while a load runs, callers for the same key wait for its
 * result instead of starting their own, so a hot key that expires costs one database read, not one per request.
 */
export function createSingleFlight() {
  const flights = new Map<string, Flight & { result: Promise<unknown> }>();
  return {
    run<T>(key: string, load: (flight: Flight) => Promise<T>): Promise<T> {
      const current = flights.get(key);
      // Every load of a key produces the same type: the key names what is loaded.
      if (current) return current.result as Promise<T>;
      const flight = { stale: false, result: Promise.resolve<unknown>(undefined) };
      const result = load(flight).finally(() => {
        if (flights.get(key) === flight) flights.delete(key);
      });
      flight.result = result;
      flights.set(key, flight);
      return result;
    },
    /** A write changed the key: the load in progress must not be shared or stored; the next caller loads anew. */
    invalidate(key: string): void {
      const flight = flights.get(key);
      if (!flight) return;
      flight.stale = true;
      flights.delete(key);
    },
  };
}
