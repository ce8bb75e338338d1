import { printSourceFile } from '../../../src/ast/project.js';
import { constant, func, importsOf, param } from '../../../src/ast/structures.js';

/** http-caching.ts: ETag and Cache-Control on cached reads, 304 on a matching If-None-Match. */
export function httpCachingFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({ hono: { types: ['Context', 'MiddlewareHandler'] }, './resource-cache.js': { types: ['CollectionCache'] } }),
      func('cachedRecord', [param('c', 'Context'), param('cache', 'CollectionCache'), param('id', 'string | number'), param('load', '() => Promise<T | undefined>')], 'Promise<T | undefined>', [
        'const cached = await cache.record(id, load);',
        'if (cached) setCacheHeaders(c, cached.etag);',
        'return cached?.value;',
      ], { exported: true, async: true, typeParameters: ['T'], docs: ['One record through the cache, with its cache headers; undefined for a missing row.'] }),
      func('cachedPage', [param('c', 'Context'), param('cache', 'CollectionCache'), param('query', 'Record<string, unknown>'), param('load', '() => Promise<T>')], 'Promise<T>', [
        'const cached = await cache.page(query, load);',
        'setCacheHeaders(c, cached.etag);',
        'return cached.value;',
      ], { exported: true, async: true, typeParameters: ['T'], docs: ['One page of a list through the cache, with its cache headers.'] }),
      func('setCacheHeaders', [param('c', 'Context'), param('etag', 'string')], 'void', [
        "if (c.req.query('include') === undefined) c.header('ETag', etag);",
        "c.header('Cache-Control', 'private, no-cache');",
      ], {
        docs: [
          'An ETag (a validator of the cached value, so no response body is read back to compute it) and\n' +
            '`Cache-Control: private, no-cache`: clients keep the response but revalidate it every time, so, with no\n' +
            'max-age, a client never shows a row another instance has changed since. A response with `?include=` gets\n' +
            'no ETag: the related rows it adds are read afresh on every request, but are not part of the cached value\n' +
            'the ETag vouches for, so a changed comment or author would otherwise be revalidated into a stale 304.',
        ],
      }),
      func('notModified', [], 'MiddlewareHandler', [
        'return async (c, next) => {',
        "  const ifNoneMatch = c.req.header('If-None-Match');",
        '  await next();',
        '  if (ifNoneMatch === undefined || c.res.status !== 200) return;',
        "  const etag = c.res.headers.get('ETag');",
        '  // hono carries the headers over to the new response: ETag, Cache-Control, X-Request-Id.',
        '  if (etag !== null && matches(ifNoneMatch, etag)) c.res = new Response(null, { status: 304 });',
        '};',
      ], { exported: true, docs: ["Answers 304 Not Modified, without a body, when the request's If-None-Match names the response's ETag."] }),
      constant(
        'matches',
        "(ifNoneMatch: string, etag: string) => ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\\//, '') === etag)",
        { docs: ['If-None-Match holds one or more tags, or `*` for any; compared weakly, as RFC 9110 asks for GET.'] },
      ),
    ],
  });
}
