import { z } from 'zod';

export const Department = z.object({ id: z.string(), code: z.string(), name: z.string(), shortName: z.string() });
export type Department = z.infer<typeof Department>;
export const Town = z.object({ id: z.string(), code: z.string(), name: z.string() });
export type Town = z.infer<typeof Town>;
