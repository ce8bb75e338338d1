import type { Context, MiddlewareHandler } from 'hono';
import type { CollectionCache } from './resource-cache.js';

/** One record through the cache, with its cache headers; undefined for a missing row. */
export async function cachedRecord<T>(
  c: Context,
  cache: CollectionCache,
  id: string | number,
  load: () => Promise<T | undefined>,
): Promise<T | undefined> {
  const cached = await cache.record(id, load);
  if (cached) setCacheHeaders(c, cached.etag);
  return cached?.value;
}

/** One page of a list through the cache, with its cache headers. */
export async function cachedPage<T>(
  c: Context,
  cache: CollectionCache,
  query: Record<string, unknown>,
  load: () => Promise<T>,
): Promise<T> {
  const cached = await cache.page(query, load);
  setCacheHeaders(c, cached.etag);
  return cached.value;
}

/**
 * An ETag (a validator of the cached value, so no response body is read back to compute it) and
 * `Cache-Control: private, no-cache`: clients keep the response but revalidate it every time, so, with no
 * max-age, a client never shows a row another instance has changed since. A response with `?include=` gets
 * no ETag: the related rows it adds are read afresh on every request, but are not part of the cached value
 * the ETag vouches for, so a changed comment or author would otherwise be revalidated into a stale 304.
 */
function setCacheHeaders(c: Context, etag: string): void {
  if (c.req.query('include') === undefined) c.header('ETag', etag);
  c.header('Cache-Control', 'private, no-cache');
}

/** Answers 304 Not Modified, without a body, when the request's If-None-Match names the response's ETag. */
export function notModified(): MiddlewareHandler {
  return async (c, next) => {
    const ifNoneMatch = c.req.header('If-None-Match');
    await next();
    if (ifNoneMatch === undefined || c.res.status !== 200) return;
    const etag = c.res.headers.get('ETag');
    // hono carries the headers over to the new response: ETag, Cache-Control, X-Request-Id.
    if (etag !== null && matches(ifNoneMatch, etag)) c.res = new Response(null, { status: 304 });
  };
}

/** If-None-Match holds one or more tags, or `*` for any; compared weakly, as RFC 9110 asks for GET. */
const matches = (ifNoneMatch: string, etag: string) =>
  ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
