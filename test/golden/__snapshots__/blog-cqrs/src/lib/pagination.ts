import { z } from 'zod';

export const maxPageSize = 100;

export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(maxPageSize).default(20),
  offset: z.coerce.number().int().min(0).default(0),
});

export type PageQuery = z.output<typeof pageQuerySchema>;

export interface Page<T> {
  data: T[];
  meta: { total: number; limit: number; offset: number };
}
