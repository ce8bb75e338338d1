import { printSourceFile } from '../../../src/ast/project.js';
import { constant, func, importsOf, param } from '../../../src/ast/structures.js';

/** src/lib/cursor.ts: keyset cursors (encode, decode) and the page that carries the next one. */
export function cursorFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({ zod: { names: ['z'] }, './list-query.js': { types: ['SortKey'] }, './pagination.js': { types: ['CursorPage'] } }),
      constant('cursorSchema', 'z.object({ sort: z.string(), values: z.array(z.string()) })'),
      func('sortText', [param('sort', 'readonly SortKey[]')], 'string', [
        "return sort.map((key) => `${key.direction === 'desc' ? '-' : ''}${key.field}`).join(',');",
      ], { exported: true, docs: ['A sort as `?sort=` writes it: a cursor continues only the order it was made in.'] }),
      func('encodeCursor', [param('sort', 'readonly SortKey[]'), param('row', 'Record<string, unknown>')], 'string', [
        'const values = sort.map((key) => String(row[key.field]));',
        "return Buffer.from(JSON.stringify({ sort: sortText(sort), values })).toString('base64url');",
      ], {
        exported: true,
        docs: [
          'The sort values of a page\'s last row, as base64url JSON. Opaque to clients but not secret, and not signed: it\n' +
            'holds nothing the client could not read in that row, each value is validated like a filter when it comes back,\n' +
            'and the route applies the same access scope to every page.',
        ],
      }),
      func('decodeCursor', [param('text', 'string')], '{ sort: string; values: string[] } | undefined', [
        'try {',
        "  return cursorSchema.safeParse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8'))).data;",
        '} catch {',
        '  return undefined;',
        '}',
      ], { exported: true }),
      func('cursorPage', [param('rows', 'T[]'), param('query', '{ sort: readonly SortKey[]; limit: number }')], 'CursorPage<T>', [
        '// The repository reads one row more than the page: its presence says there is a next page.',
        'const data = rows.slice(0, query.limit);',
        'const last = data.at(-1);',
        'const nextCursor = rows.length > query.limit && last ? encodeCursor(query.sort, last) : null;',
        'return { data, meta: { limit: query.limit, nextCursor } };',
      ], { exported: true, typeParameters: ['T extends Record<string, unknown>'] }),
    ],
  });
}
