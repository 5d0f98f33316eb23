import { describe, expect, it } from 'vitest';
import { DEFAULT_TIER_RULES } from './tier-rules.ts';
import { evaluateLadder, evaluateTier, moneyText, pctText, type TierProfile } from './tier-evaluation.ts';

const highTech = DEFAULT_TIER_RULES.find((r) => r.kind === 'high_tech')!;
const WAN = 1_000_000;

/** 3 亿 revenue (band > 2 亿: 3%), everything else comfortably met. */
const base: TierProfile = {
  foundedOn: '2015-03-01',
  rdInstitutionLevel: 'county',
  held: new Set(['tech_sme']),
  stats: { year: 2025, revenueFen: 30_000 * WAN, rdSpendingFen: 1_200 * WAN, highTechRevenueFen: 21_000 * WAN, employees: 400, rdStaff: 60, techStaff: 70, inventionGranted: 1, utilityGranted: 4, validInventionPatents: 6 },
  asOf: '2026-11-26',
};

describe('high-tech enterprise rule (2016 recognition measures)', () => {
  it('meets every criterion with 4% R&D on 3 亿 revenue', () => {
    const e = evaluateTier(highTech, base);
    expect(e).toMatchObject({ eligible: true, unmet: 0, closeness: 1 });
  });

  it('one criterion short: names exactly that criterion and its gap in words and numbers', () => {
    const p = { ...base, stats: { ...base.stats!, rdSpendingFen: 630 * WAN } }; // 630 万 / 3 亿 = 2.1%
    const e = evaluateTier(highTech, p);
    expect(e.unmet).toBe(1);
    const unmet = e.criteria.filter((c) => !c.met);
    expect(unmet).toEqual([
      { key: 'rd_intensity', labelZh: '研发费用占比', labelEn: 'R&D spending ratio', met: false, actual: 0.021, required: 0.03, gapZh: '研发费用占比 2.1%，低于 3%', gapEn: 'R&D spending ratio 2.1%, below 3%' },
    ]);
    expect(e.closeness).toBeCloseTo((4 + 0.7) / 5, 4);
  });

  it('applies the revenue bands: 5% up to 5000 万, 4% up to 2 亿', () => {
    const small = { ...base, stats: { ...base.stats!, revenueFen: 4_000 * WAN, highTechRevenueFen: 3_000 * WAN, rdSpendingFen: 180 * WAN } }; // 4.5%
    expect(evaluateTier(highTech, small).criteria.find((c) => c.key === 'rd_intensity')).toMatchObject({ met: false, required: 0.05, gapZh: '研发费用占比 4.5%，低于 5%' });
    const mid = { ...base, stats: { ...base.stats!, revenueFen: 10_000 * WAN, highTechRevenueFen: 7_000 * WAN, rdSpendingFen: 450 * WAN } }; // 4.5%
    expect(evaluateTier(highTech, mid).criteria.find((c) => c.key === 'rd_intensity')).toMatchObject({ met: true, required: 0.04 });
  });

  it('reports the other gaps in words', () => {
    const p: TierProfile = { ...base, foundedOn: '2026-06-01', stats: { ...base.stats!, techStaff: 20, highTechRevenueFen: 15_000 * WAN, validInventionPatents: 0, inventionGranted: 0, utilityGranted: 0 } };
    const gaps = evaluateTier(highTech, p).criteria.filter((c) => !c.met).map((c) => c.gapZh);
    expect(gaps).toEqual(['注册成立年限 0.5 年，不足 1 年', '自主知识产权 0 项，至少需要 1 项', '科技人员占比 5%，低于 10%', '高新技术产品收入占比 50%，低于 60%']);
  });

  it('without statistics every statistical criterion is unmet', () => {
    const e = evaluateTier(highTech, { ...base, stats: null });
    expect(e.criteria.filter((c) => c.gapZh === '暂无年度统计数据')).toHaveLength(4);
  });
});

describe('ladder', () => {
  it('current tiers are the held rungs; next is the lowest rung not held', () => {
    const r = evaluateLadder(DEFAULT_TIER_RULES, base);
    expect(r.current).toEqual(['tech_sme']);
    expect(r.next).toBe('high_tech');
    expect(r.tiers.map((t) => t.kind)).toEqual(['tech_sme', 'high_tech', 'srdi_sme', 'srdi_little_giant', 'tech_little_giant', 'hidden_champion', 'tech_leader', 'single_champion', 'eagle']);
  });
  it('every rule documents its source', () => {
    for (const r of DEFAULT_TIER_RULES) expect(r.source.length, r.kind).toBeGreaterThan(20);
  });
  it('formats', () => {
    expect(pctText(0.021)).toBe('2.1%');
    expect(pctText(0.03)).toBe('3%');
    expect(moneyText(2_000 * WAN)).toBe('2000 万元');
    expect(moneyText(25_000 * WAN)).toBe('2.5 亿元');
  });
});
