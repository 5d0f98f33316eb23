import type { DemandKind, DemandStatus, EngagementAction, EngagementDetail, EngagementStatus } from '@yunju/contracts';

// Code lists of the matching contract, free of zod so that the pages do not pull it into their chunks.
// `matching-model.test.ts` checks that they equal the contract's enums.

export const candidateKinds = ['expert', 'team', 'resource', 'talent', 'output'] as const;
export const demandStatuses = ['open', 'brokering', 'solved', 'closed'] as const;
export const budgetBands = ['under_100k', '100k_500k', '500k_1m', '1m_5m', 'over_5m', 'negotiable'] as const;
export const salaryBands = ['under_5k', '5k_10k', '10k_20k', '20k_40k', 'over_40k', 'negotiable'] as const;
export const educations = ['博士', '硕士', '本科', '大专'] as const;
export const expertRanks = ['正高级', '副高级', '中级', '初级'] as const;
export const expertOrgTypes = ['university', 'institute', 'enterprise', 'hospital', 'other'] as const;
export const availabilities = ['available', 'busy', 'unavailable'] as const;
export const outputTypes = ['paper', 'patent', 'project', 'standard', 'software', 'award', 'other'] as const;
export const importKinds = ['experts', 'teams', 'talents', 'outputs'] as const;
export const outcomeMetrics = ['problems_solved', 'talents_matched', 'iur_projects', 'contract_value', 'enterprises_served'] as const;
export const outcomeDimensions = ['month', 'department', 'town', 'industry'] as const;
export type OutcomeMetricCode = (typeof outcomeMetrics)[number];
export type OutcomeDimensionCode = (typeof outcomeDimensions)[number];

export type Tone = 'processing' | 'success' | 'warning' | 'error' | 'default';

/** Status colours (UX.md): processing blue, success green, warning gold, rejected red, closed grey. */
export const demandTone: Record<DemandStatus, Tone> = { open: 'warning', brokering: 'processing', solved: 'success', closed: 'default' };

export const engagementTone: Record<EngagementStatus, Tone> = {
  recommended: 'processing',
  contact_requested: 'warning',
  consented: 'processing',
  declined: 'error',
  meeting: 'processing',
  agreement: 'processing',
  solved: 'success',
  interview: 'processing',
  hired: 'success',
  cancelled: 'default',
};

/** The label key of a demand's status: a talent need's `solved` reads as "hired". */
export const demandStatusPrefix = (kind: DemandKind) => (kind === 'talent_need' ? 'matching.needStatus' : 'matching.demandStatus');

/** The steps of a brokerage, in order, for the progress bar. */
export const problemSteps = ['recommended', 'contact_requested', 'consented', 'meeting', 'agreement', 'solved'] as const;
export const talentSteps = ['recommended', 'interview', 'hired'] as const;
/** A talent with a sign-in is asked first (engagement-lifecycle.ts on the server). */
export const talentConsentSteps = ['recommended', 'contact_requested', 'consented', 'interview', 'hired'] as const;

/** The progress bar of an engagement: its steps, the current one, and whether it stopped there. */
export function engagementProgress(e: Pick<EngagementDetail, 'candidateKind' | 'demandKind' | 'status' | 'events'>): {
  steps: readonly EngagementStatus[];
  current: number;
  stopped: boolean;
} {
  const asked = e.status === 'contact_requested' || e.status === 'consented' || e.events.some((ev) => ev.action === 'request_contact');
  const steps: readonly EngagementStatus[] = e.demandKind === 'talent_need' ? (asked ? talentConsentSteps : talentSteps) : problemSteps;
  if (e.status === 'declined' || e.status === 'cancelled') {
    // Stopped: mark the last step reached before it.
    const reached = [...e.events].reverse().find((ev) => ev.fromStatus !== null && steps.includes(ev.fromStatus))?.fromStatus;
    return { steps, current: Math.max(0, reached ? steps.indexOf(reached) : 0), stopped: true };
  }
  const index = steps.indexOf(e.status);
  return { steps, current: Math.max(0, index), stopped: false };
}

/** The order of action buttons: the step forward first, then the rest, ending the match last. */
const actionOrder: EngagementAction[] = ['request_contact', 'consent', 'meet', 'agree', 'solve', 'interview', 'hire', 'decline', 'cancel'];
export function orderEngagementActions(actions: readonly EngagementAction[]): EngagementAction[] {
  return actionOrder.filter((a) => actions.includes(a));
}
export const dangerEngagementActions: readonly EngagementAction[] = ['decline', 'cancel'];

/** Money in yuan as ¥1,234,567 (contract amounts are whole yuan). */
export function formatYuan(value: number): string {
  return `¥${new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(value)}`;
}

/** Yuan as 万元 with two decimals at most, for the outcome reports (UX.md). */
export function toWan(value: number): number {
  return Math.round(value / 100) / 100;
}

/** A score of the engine as a percentage of the best result of the list (the raw scores have no unit). */
export function relativeScore(score: number, best: number): number {
  if (!(best > 0) || !(score > 0)) return 0;
  return Math.max(1, Math.min(100, Math.round((score / best) * 100)));
}
