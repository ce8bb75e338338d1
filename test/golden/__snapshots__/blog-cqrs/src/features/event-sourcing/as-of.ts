import type { Context } from 'hono';

/** Reads a record as it is now, or, when the request has `?asOf=<ISO 8601 time>`, as it was then. */
export function readAsOf<Found>(
  c: Context,
  now: () => Promise<Found | undefined>,
  then: (asOf: string) => Promise<Found | undefined>,
): Promise<Found | undefined> {
  const asOf = c.req.query('asOf');
  return asOf === undefined ? now() : then(asOf);
}
