import { printSourceFile } from '../../../src/ast/project.js';
import { func, importsOf, param } from '../../../src/ast/structures.js';

/**
 * src/lib/body-limit.ts: refuses request bodies above a size. hono's bodyLimit reads `c.req.raw.body`, which makes
 * @hono/node-server build a full web Request (abort signal, web stream over the socket) for every write, and the
 * JSON body is then read through that stream: it cost POST about a third of its throughput on this machine (see
 * the runtime benchmark). A declared Content-Length is checked from the header alone, so the body is later read
 * straight from the socket; only a chunked body, whose size is known once read, goes through hono's middleware.
 */
export function bodyLimitFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({
        hono: { types: ['Context', 'MiddlewareHandler'] },
        'hono/body-limit': { names: ['bodyLimit'] },
      }),
      func('limitBody', [param('maxSize', 'number'), param('onError', '(c: Context) => Response')], 'MiddlewareHandler', [
        'const streamed = bodyLimit({ maxSize, onError });',
        'return async (c, next) => {',
        "  const declared = c.req.header('content-length');",
        "  if (declared === undefined || c.req.header('transfer-encoding') !== undefined) return streamed(c, next);",
        '  if (Number(declared) > maxSize) return onError(c);',
        '  await next();',
        '};',
      ], { exported: true, docs: ['Answers `onError` when the body is larger than `maxSize` bytes.'] }),
    ],
  });
}
