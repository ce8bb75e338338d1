import * as z from 'zod';

/** The page size of a list when the client asks for none. */
export const defaultPageSize = 20;

/** zod compiles a schema the first time it parses with it: build one per page size, not one per request. */
function perPageSize<Schema>(build: (maxPageSize: number) => Schema): (maxPageSize: number) => Schema {
  const schemas = new Map<number, Schema>();
  return (maxPageSize) => {
    const schema = schemas.get(maxPageSize) ?? build(maxPageSize);
    schemas.set(maxPageSize, schema);
    return schema;
  };
}

/** `?limit&offset`: a numbered page; `limit` is never above the model's maximum. */
export const offsetPageQuery = perPageSize((maxPageSize) =>
  z.object({
    limit: z.coerce.number().int().min(1).max(maxPageSize).default(Math.min(defaultPageSize, maxPageSize)),
    offset: z.coerce.number().int().min(0).default(0),
  }),
);

/** `?limit&after`: the page after the row `after` (an opaque cursor from `meta.nextCursor`) names. */
export const cursorPageQuery = perPageSize((maxPageSize) =>
  z.object({
    limit: z.coerce.number().int().min(1).max(maxPageSize).default(Math.min(defaultPageSize, maxPageSize)),
    after: z.string().min(1).optional(),
  }),
);

export type OffsetPageQuery = z.output<ReturnType<typeof offsetPageQuery>>;

export interface Page<T> {
  data: T[];
  meta: { total: number; limit: number; offset: number };
}

/** A keyset page: `nextCursor` continues after its last row, or is null on the last page. */
export interface CursorPage<T> {
  data: T[];
  meta: { limit: number; nextCursor: string | null };
}
