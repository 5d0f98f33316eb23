import { describe, expect, it } from 'vitest';
import { daysUntil, expiryState, fenToWan, formatWan, industryPath, ratios, share, wanToFen } from './enterprise-model.ts';

describe('enterprise file figures', () => {
  it('shows money in 万元 and reads 万元 back as fen', () => {
    expect(formatWan(123_456_789)).toBe('123.46');
    expect(formatWan(5_000_000_000_00)).toBe('500,000.00');
    expect(formatWan(null)).toBe('—');
    expect(wanToFen(12.5)).toBe(12_500_000);
    expect(fenToWan(12_500_000)).toBe(12.5);
    expect(fenToWan(wanToFen(3.1416))).toBe(3.1416);
  });

  it('computes the shares the high-tech criteria test', () => {
    expect(share(21, 1000)).toBe('2.1%');
    expect(share(1, 0)).toBe('—');
    const r = ratios({
      year: 2025, revenueFen: 100_000_000_00, rdSpendingFen: 2_100_000_00, highTechRevenueFen: 65_000_000_00, exportFen: 0,
      employees: 200, rdStaff: 20, techStaff: 24, inventionApplied: 1, inventionGranted: 1, utilityApplied: 2, utilityGranted: 2, validInventionPatents: 3,
    });
    expect(r).toEqual({ rdIntensity: '2.1%', highTechShare: '65.0%', techStaffShare: '12.0%' });
  });

  it('warns of certificates expiring within six months', () => {
    expect(expiryState(null, '2026-11-26')).toBe('permanent');
    expect(expiryState('2026-11-25', '2026-11-26')).toBe('expired');
    expect(expiryState('2027-05-26', '2026-11-26')).toBe('expiring');
    expect(expiryState('2027-05-27', '2026-11-26')).toBe('valid');
    expect(daysUntil('2026-12-06', '2026-11-26')).toBe(10);
  });
});

describe('GB/T 4754 industry codes', () => {
  it('opens the cascade at a code: section, division, group, class', () => {
    expect(industryPath('C3451')).toEqual(['C', 'C34', 'C345', 'C3451']);
    expect(industryPath('C34')).toEqual(['C', 'C34']);
    expect(industryPath('C')).toEqual(['C']);
    expect(industryPath('')).toEqual([]);
  });
});
