import { z } from 'zod';

export const Department = z.object({ id: z.string(), code: z.string(), name: z.string(), shortName: z.string() });
export type Department = z.infer<typeof Department>;
export const Town = z.object({ id: z.string(), code: z.string(), name: z.string() });
export type Town = z.infer<typeof Town>;

/** An officer who may be assigned a yearly task (an officer or the bureau admin, active, with a department). */
export const Officer = z.object({
  id: z.string(),
  displayName: z.string(),
  role: z.enum(['officer', 'bureau_admin']),
  departmentId: z.string(),
  departmentName: z.string(),
});
export type Officer = z.infer<typeof Officer>;
export const OfficerQuery = z.strictObject({ departmentId: z.string().uuid().optional().describe('only this department (officers: their own only)') });
export type OfficerQuery = z.infer<typeof OfficerQuery>;
