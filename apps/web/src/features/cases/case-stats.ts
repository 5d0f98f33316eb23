import type { DepartmentCaseStats } from '@yunju/contracts';

export interface StatsRange {
  from: string;
  to: string;
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** From the first day of this year to today. */
export function defaultStatsRange(today: string): StatsRange {
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
}

/** The range of the page URL (`from`, `to`), else the default; a reversed range is put in order. */
export function statsRangeFromSearch(params: URLSearchParams, fallback: StatsRange): StatsRange {
  const from = params.get('from');
  const to = params.get('to');
  if (!from || !to || !isoDay.test(from) || !isoDay.test(to)) return fallback;
  return from <= to ? { from, to } : { from: to, to: from };
}

/** 0.9523 → 95.2% */
export function formatPercent(rate: number): string {
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

/** 4.25 → 4.3 */
export function formatRating(value: number): string {
  return (Math.round(value * 10) / 10).toFixed(1);
}

/** County totals of the department rows; the on-time rate over all resolutions. */
export function statsTotals(items: readonly DepartmentCaseStats[]) {
  const sum = (pick: (d: DepartmentCaseStats) => number) => items.reduce((acc, d) => acc + pick(d), 0);
  const resolved = sum((d) => d.resolved);
  const onTime = sum((d) => d.resolvedOnTime);
  return {
    submitted: sum((d) => d.submitted),
    resolved,
    onTimeRate: resolved > 0 ? onTime / resolved : null,
    backlog: sum((d) => d.backlog),
    overdue: sum((d) => d.overdue),
  };
}
