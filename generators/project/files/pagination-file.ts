import { printSourceFile } from '../../../src/ast/project.js';
import { constant, importsOf, interfaceOf, property, typeAlias } from '../../../src/ast/structures.js';

/** src/lib/pagination.ts: limit/offset query parsing (bounded page size) and the list response shape. */
export function paginationFile(): string {
  return printSourceFile({
    statements: [
      ...importsOf({ zod: { names: ['z'] } }),
      constant('maxPageSize', '100', { exported: true }),
      constant(
        'pageQuerySchema',
        `z.object({
          limit: z.coerce.number().int().min(1).max(maxPageSize).default(20),
          offset: z.coerce.number().int().min(0).default(0),
        })`,
        { exported: true },
      ),
      typeAlias('PageQuery', 'z.output<typeof pageQuerySchema>'),
      interfaceOf('Page', [property('data', 'T[]'), property('meta', '{ total: number; limit: number; offset: number }')], {
        typeParameters: ['T'],
      }),
    ],
  });
}
