import * as z from 'zod';
import type { SortKey } from './list-query.js';
import type { CursorPage } from './pagination.js';

const cursorSchema = z.object({ sort: z.string(), values: z.array(z.string()) });

/** A sort as `?sort=` writes it: a cursor continues only the order it was made in. */
export function sortText(sort: readonly SortKey[]): string {
  return sort.map((key) => `${key.direction === 'desc' ? '-' : ''}${key.field}`).join(',');
}

/**
 * The sort values of a page's last row, as base64url JSON. Opaque to clients but not secret, and not signed: it
 * holds nothing the client could not read in that row, each value is validated like a filter when it comes back,
 * and the route applies the same access scope to every page.
 */
export function encodeCursor(sort: readonly SortKey[], row: Record<string, unknown>): string {
  const values = sort.map((key) => String(row[key.field]));
  return Buffer.from(JSON.stringify({ sort: sortText(sort), values })).toString('base64url');
}

export function decodeCursor(text: string): { sort: string; values: string[] } | undefined {
  try {
    return cursorSchema.safeParse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8'))).data;
  } catch {
    return undefined;
  }
}

export function cursorPage<T extends Record<string, unknown>>(
  rows: T[],
  query: { sort: readonly SortKey[]; limit: number },
): CursorPage<T> {
  // The repository reads one row more than the page: its presence says there is a next page.
  const data = rows.slice(0, query.limit);
  const last = data.at(-1);
  const nextCursor = rows.length > query.limit && last ? encodeCursor(query.sort, last) : null;
  return { data, meta: { limit: query.limit, nextCursor } };
}
