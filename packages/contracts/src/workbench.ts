import { z } from 'zod';
import { Role } from './roles.ts';

/**
 * A workbench card. `key` names an i18n string on the web (`workbench.stat.<key>`); `to` is
 * the web route that lists the records behind the number (every figure drills down).
 */
export const WorkbenchStat = z.object({
  key: z.string(),
  value: z.number(),
  to: z.string().nullable(),
  tone: z.enum(['default', 'processing', 'success', 'warning', 'error']),
});
export type WorkbenchStat = z.infer<typeof WorkbenchStat>;

export const TownCount = z.object({ code: z.string(), name: z.string(), value: z.number() });

export const Workbench = z.object({
  role: Role,
  stats: z.array(WorkbenchStat),
  /** Enterprises by town, for the bureau's and leader's chart. */
  enterprisesByTown: z.array(TownCount),
  /** Qualification counts (tier ladder), keys are QualificationKind. */
  tiers: z.array(z.object({ kind: z.string(), value: z.number() })),
  /** The enterprise user's own file summary, else null. */
  enterprise: z
    .object({ id: z.string(), name: z.string(), creditCode: z.string(), townName: z.string(), industryName: z.string(), qualifications: z.array(z.string()) })
    .nullable(),
  recentAudit: z.array(z.object({ at: z.string(), action: z.string(), actorName: z.string().nullable() })),
});
export type Workbench = z.infer<typeof Workbench>;
