import type { DepartmentCaseStats } from '@yunju/contracts';
import { describe, expect, it } from 'vitest';
import { defaultStatsRange, formatPercent, formatRating, statsRangeFromSearch, statsTotals } from './case-stats.ts';

const row = (over: Partial<DepartmentCaseStats>): DepartmentCaseStats => ({
  departmentId: 'd',
  departmentName: 'D',
  submitted: 0,
  resolved: 0,
  resolvedOnTime: 0,
  onTimeRate: null,
  averageHandlingWorkingDays: null,
  averageRating: null,
  ratings: 0,
  backlog: 0,
  overdue: 0,
  ...over,
});

describe('case statistics helpers', () => {
  it('ranges from the URL, else the year so far', () => {
    const fallback = defaultStatsRange('2025-10-11');
    expect(fallback).toEqual({ from: '2025-01-01', to: '2025-10-11' });
    expect(statsRangeFromSearch(new URLSearchParams('from=2025-03-01&to=2025-02-01'), fallback)).toEqual({ from: '2025-02-01', to: '2025-03-01' });
    expect(statsRangeFromSearch(new URLSearchParams('from=2025-03-01'), fallback)).toEqual(fallback);
  });

  it('formats rates and ratings', () => {
    expect(formatPercent(0.9523)).toBe('95.2%');
    expect(formatPercent(1)).toBe('100.0%');
    expect(formatRating(4.25)).toBe('4.3');
  });

  it('totals the county, with the on-time rate over all resolutions', () => {
    const totals = statsTotals([row({ submitted: 3, resolved: 2, resolvedOnTime: 2, backlog: 1 }), row({ submitted: 1, resolved: 2, resolvedOnTime: 1, overdue: 1 })]);
    expect(totals).toEqual({ submitted: 4, resolved: 4, onTimeRate: 0.75, backlog: 1, overdue: 1 });
    expect(statsTotals([]).onTimeRate).toBeNull();
  });
});
