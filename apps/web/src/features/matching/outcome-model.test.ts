import { describe, expect, it } from 'vitest';
import { metricDisplay, periodRange, recordsHref } from './outcome-model.ts';

const values = { problems_solved: 3, talents_matched: 1200, iur_projects: 2, contract_value: 1_234_500, enterprises_served: 4 };

describe('outcome figures', () => {
  it('shows counts with separators and money in 万元', () => {
    expect(metricDisplay('talents_matched', values)).toBe('1,200');
    expect(metricDisplay('contract_value', values)).toBe('123.45');
  });
  it('links a cell to its records and a total to all of them', () => {
    expect(recordsHref({ metric: 'problems_solved', by: 'town', key: '330699100', label: '城关镇' })).toBe(
      '/matching/outcomes/records?metric=problems_solved&by=town&key=330699100&label=%E5%9F%8E%E5%85%B3%E9%95%87',
    );
    expect(recordsHref({ metric: 'iur_projects', by: 'month' })).toBe('/matching/outcomes/records?metric=iur_projects');
  });
  it('computes the periods in calendar days', () => {
    expect(periodRange('all', '2026-11-26')).toEqual({});
    expect(periodRange('thisYear', '2026-11-26')).toEqual({ from: '2026-01-01', to: '2026-11-26' });
    expect(periodRange('last12', '2026-11-26')).toEqual({ from: '2025-12-01', to: '2026-11-26' });
    expect(periodRange('last12', '2026-01-05')).toEqual({ from: '2025-02-01', to: '2026-01-05' });
  });
});
