import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The address of the socket's peer. X-Forwarded-For is believed only when that peer is a proxy listed in
 * TRUSTED_PROXIES: otherwise any client could claim any address and dodge per-address limits.
 */
export function clientAddress(c: Context, trustedProxies: readonly string[]): string {
  const peer = socketAddress(c);
  if (peer === undefined || !trustedProxies.includes(peer)) return peer ?? 'unknown';
  // Each proxy appends the address it saw: read from the right, skipping our own proxies, and stop at the first
  // address we did not put there. Anything left of it was written by the client and proves nothing.
  const hops = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  return hops.reverse().find((hop) => !trustedProxies.includes(hop)) ?? peer;
}

function socketAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    // No Node socket (app.request() in tests): every such request shares one "unknown" address.
    return undefined;
  }
}
