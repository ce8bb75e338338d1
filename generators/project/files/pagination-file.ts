import { printSourceFile } from '../../../src/ast/project.js';
import { constant, func, importsOf, interfaceOf, param, property, typeAlias } from '../../../src/ast/structures.js';
import { defaultPageSize } from '../../../src/spec/listing.js';

/** src/lib/pagination.ts: the paging part of a list query (a page size bounded per model) and the page shapes. */
export function paginationFile(): string {
  const limit = 'z.coerce.number().int().min(1).max(maxPageSize).default(Math.min(defaultPageSize, maxPageSize))';
  return printSourceFile({
    statements: [
      ...importsOf({ zod: { names: ['z'] } }),
      constant('defaultPageSize', String(defaultPageSize), { exported: true, docs: ['The page size of a list when the client asks for none.'] }),
      func('perPageSize', [param('build', '(maxPageSize: number) => Schema')], '(maxPageSize: number) => Schema', [
        'const schemas = new Map<number, Schema>();',
        'return (maxPageSize) => {',
        '  const schema = schemas.get(maxPageSize) ?? build(maxPageSize);',
        '  schemas.set(maxPageSize, schema);',
        '  return schema;',
        '};',
      ], {
        typeParameters: ['Schema'],
        docs: ['zod compiles a schema the first time it parses with it: build one per page size, not one per request.'],
      }),
      constant('offsetPageQuery', `perPageSize((maxPageSize) =>
        z.object({
          limit: ${limit},
          offset: z.coerce.number().int().min(0).default(0),
        }))`, { exported: true, docs: ['`?limit&offset`: a numbered page; `limit` is never above the model\'s maximum.'] }),
      constant('cursorPageQuery', `perPageSize((maxPageSize) =>
        z.object({
          limit: ${limit},
          after: z.string().min(1).optional(),
        }))`, { exported: true, docs: ['`?limit&after`: the page after the row `after` (an opaque cursor from `meta.nextCursor`) names.'] }),
      typeAlias('OffsetPageQuery', 'z.output<ReturnType<typeof offsetPageQuery>>'),
      interfaceOf('Page', [property('data', 'T[]'), property('meta', '{ total: number; limit: number; offset: number }')], {
        typeParameters: ['T'],
      }),
      interfaceOf('CursorPage', [property('data', 'T[]'), property('meta', '{ limit: number; nextCursor: string | null }')], {
        typeParameters: ['T'],
        docs: ['A keyset page: `nextCursor` continues after its last row, or is null on the last page.'],
      }),
    ],
  });
}
