import { z } from 'zod';

export const Id = z.string().uuid();

export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type PageQuery = z.infer<typeof PageQuery>;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
}

export const IsoDateTime = z.string().describe('ISO 8601 date-time, UTC');
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('calendar date YYYY-MM-DD');
