import { describe, expect, it } from 'vitest';
import { formatRate, percent, rateOf, rateTone } from './coverage-model.ts';

describe('coverage rates', () => {
  it('shows a rate as a percentage with one decimal', () => {
    expect(formatRate(0.629)).toBe('62.9%');
    expect(formatRate(0.976)).toBe('97.6%');
    expect(formatRate(1)).toBe('100.0%');
    expect(formatRate(0)).toBe('0.0%');
    expect(formatRate(null)).toBe('—');
    expect(percent(22 / 35)).toBe(62.9);
  });

  it('reads one flag of a cell, and a missing flag as nothing covered', () => {
    const cell = { total: 35, covered: { iur: 22 }, rates: { iur: 22 / 35 } };
    expect(rateOf(cell, 'iur')).toEqual({ covered: 22, total: 35, rate: 22 / 35 });
    expect(rateOf(cell, 'patent')).toEqual({ covered: 0, total: 35, rate: 0 });
  });

  it('colours full coverage green and low coverage red', () => {
    expect(rateTone(1)).toBe('success');
    expect(rateTone(0.976)).toBe('processing');
    expect(rateTone(0.629)).toBe('warning');
    expect(rateTone(0.3)).toBe('error');
  });
});
