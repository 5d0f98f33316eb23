import type { OutcomeValues } from '@yunju/contracts';
import { formatNumber } from '../../format.ts';
import { toWan, type OutcomeDimensionCode, type OutcomeMetricCode } from './matching-model.ts';

/** A metric's value as shown: counts as integers, the contract value in 万元. */
export function metricDisplay(metric: OutcomeMetricCode, values: OutcomeValues): string {
  const value = values[metric];
  return metric === 'contract_value' ? formatNumber(toWan(value)) : formatNumber(value);
}

/** The number plotted for a metric (万元 for money). */
export function metricNumber(metric: OutcomeMetricCode, values: OutcomeValues): number {
  return metric === 'contract_value' ? toWan(values[metric]) : values[metric];
}

export interface RecordsTarget {
  metric: OutcomeMetricCode;
  by?: OutcomeDimensionCode | undefined;
  key?: string | undefined;
  label?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** The drill-down page of one figure: the records behind a total or a cell. */
export function recordsHref(target: RecordsTarget): string {
  const params = new URLSearchParams();
  params.set('metric', target.metric);
  if (target.by && target.key !== undefined) {
    params.set('by', target.by);
    params.set('key', target.key);
  }
  if (target.label) params.set('label', target.label);
  if (target.from) params.set('from', target.from);
  if (target.to) params.set('to', target.to);
  return `/matching/outcomes/records?${params.toString()}`;
}

export type PeriodCode = 'all' | 'thisYear' | 'last12';
export const periodCodes: readonly PeriodCode[] = ['thisYear', 'last12', 'all'];

/** The Beijing calendar days of a period (inclusive); `all` has no bounds. */
export function periodRange(period: PeriodCode, today: string): { from?: string; to?: string } {
  if (period === 'all') return {};
  const [y = '1970', m = '01'] = today.split('-');
  if (period === 'thisYear') return { from: `${y}-01-01`, to: today };
  // Last 12 months: the first day of the month eleven months back.
  const month = Number(y) * 12 + (Number(m) - 1) - 11;
  const from = `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01`;
  return { from, to: today };
}
