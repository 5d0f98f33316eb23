import type { CriterionResult, QualificationKind, TierCriterion, TierEvaluation, TierRule } from '@yunju/contracts';

/** What the evaluation needs from an enterprise file (latest statistics year). Money in fen. */
export interface TierProfile {
  foundedOn: string | null;
  rdInstitutionLevel: 'none' | 'county' | 'city' | 'provincial' | 'national';
  /** Qualification kinds held and valid on `asOf`. */
  held: ReadonlySet<string>;
  stats: {
    year: number;
    revenueFen: number;
    rdSpendingFen: number;
    highTechRevenueFen: number;
    employees: number;
    rdStaff: number;
    techStaff: number;
    inventionGranted: number;
    utilityGranted: number;
    validInventionPatents: number;
  } | null;
  asOf: string;
}

const LEVELS = ['none', 'county', 'city', 'provincial', 'national'] as const;
const LEVEL_ZH = { none: '无', county: '县级', city: '市级', provincial: '省级', national: '国家级' } as const;
const LEVEL_EN = { none: 'none', county: 'county', city: 'city', provincial: 'provincial', national: 'national' } as const;
const KIND_ZH: Record<string, string> = {
  tech_sme: '科技型中小企业',
  high_tech: '高新技术企业',
  tech_little_giant: '科技小巨人',
  tech_leader: '科技领军企业',
  srdi_sme: '专精特新中小企业',
  srdi_little_giant: '专精特新“小巨人”',
  hidden_champion: '隐形冠军',
  single_champion: '单项冠军',
  eagle: '雄鹰企业',
  listed: '上市公司',
  ip_pilot: '知识产权先导型企业',
};

/** 0.021 → "2.1%", 0.03 → "3%". */
export function pctText(x: number): string {
  return `${Number((x * 100).toFixed(1))}%`;
}
/** fen → "850 万元" / "2.5 亿元". */
export function moneyText(fen: number): string {
  const wan = fen / 1_000_000;
  if (wan >= 10_000) return `${Number((wan / 10_000).toFixed(2))} 亿元`;
  return `${Number(wan.toFixed(1))} 万元`;
}
function moneyEn(fen: number): string {
  const yuan = fen / 100;
  return yuan >= 1e8 ? `${Number((yuan / 1e8).toFixed(2))} × 100 M yuan` : `${Number((yuan / 1e4).toFixed(1))} × 10 k yuan`;
}

function yearsBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / (365.25 * 86_400_000);
}

type Partial01 = number;
interface Raw {
  met: boolean;
  actual: number | null;
  required: number | null;
  gapZh: string;
  gapEn: string;
  partial: Partial01;
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);
function atLeast(actual: number, required: number, zh: string, en: string): Raw {
  return { met: actual >= required, actual, required, gapZh: zh, gapEn: en, partial: required > 0 ? Math.min(1, Math.max(0, actual / required)) : 1 };
}
function atMost(actual: number, limit: number, zh: string, en: string): Raw {
  return { met: actual <= limit, actual, required: limit, gapZh: zh, gapEn: en, partial: actual > 0 ? Math.min(1, limit / actual) : 1 };
}

function evaluateCriterion(c: TierCriterion, p: TierProfile): Raw {
  const s = p.stats;
  const noStats: Raw = { met: false, actual: null, required: c.threshold ?? null, gapZh: '暂无年度统计数据', gapEn: 'No yearly statistics on file', partial: 0 };
  const t = c.threshold ?? 0;
  switch (c.metric) {
    case 'rd_intensity_by_revenue': {
      if (!s) return noStats;
      const band = (c.bands ?? []).find((b) => b.maxRevenueFen === null || s.revenueFen <= b.maxRevenueFen);
      const required = band?.share ?? 0;
      const actual = ratio(s.rdSpendingFen, s.revenueFen);
      return atLeast(actual, required, `${c.labelZh} ${pctText(actual)}，低于 ${pctText(required)}`, `${c.labelEn} ${pctText(actual)}, below ${pctText(required)}`);
    }
    case 'rd_intensity': {
      if (!s) return noStats;
      const actual = ratio(s.rdSpendingFen, s.revenueFen);
      return atLeast(actual, t, `${c.labelZh} ${pctText(actual)}，低于 ${pctText(t)}`, `${c.labelEn} ${pctText(actual)}, below ${pctText(t)}`);
    }
    case 'high_tech_revenue_share': {
      if (!s) return noStats;
      const actual = ratio(s.highTechRevenueFen, s.revenueFen);
      return atLeast(actual, t, `${c.labelZh} ${pctText(actual)}，低于 ${pctText(t)}`, `${c.labelEn} ${pctText(actual)}, below ${pctText(t)}`);
    }
    case 'tech_staff_share': {
      if (!s) return noStats;
      const actual = ratio(s.techStaff, s.employees);
      return atLeast(actual, t, `${c.labelZh} ${pctText(actual)}，低于 ${pctText(t)}`, `${c.labelEn} ${pctText(actual)}, below ${pctText(t)}`);
    }
    case 'rd_staff_share': {
      if (!s) return noStats;
      const actual = ratio(s.rdStaff, s.employees);
      return atLeast(actual, t, `${c.labelZh} ${pctText(actual)}，低于 ${pctText(t)}`, `${c.labelEn} ${pctText(actual)}, below ${pctText(t)}`);
    }
    case 'owned_ip': {
      if (!s) return noStats;
      const actual = s.validInventionPatents + s.inventionGranted + s.utilityGranted;
      return atLeast(actual, t, `${c.labelZh} ${actual} 项，至少需要 ${t} 项`, `${c.labelEn}: ${actual}, at least ${t} needed`);
    }
    case 'invention_patents': {
      if (!s) return noStats;
      const actual = s.validInventionPatents;
      return atLeast(actual, t, `${c.labelZh} ${actual} 项，至少需要 ${t} 项`, `${c.labelEn}: ${actual}, at least ${t} needed`);
    }
    case 'revenue_min':
      if (!s) return noStats;
      return atLeast(s.revenueFen, t, `${c.labelZh} ${moneyText(s.revenueFen)}，低于 ${moneyText(t)}`, `${c.labelEn} ${moneyEn(s.revenueFen)}, below ${moneyEn(t)}`);
    case 'revenue_max':
      if (!s) return noStats;
      return atMost(s.revenueFen, t, `${c.labelZh} ${moneyText(s.revenueFen)}，超过 ${moneyText(t)}`, `${c.labelEn} ${moneyEn(s.revenueFen)}, above ${moneyEn(t)}`);
    case 'employees_max':
      if (!s) return noStats;
      return atMost(s.employees, t, `${c.labelZh} ${s.employees} 人，超过 ${t} 人`, `${c.labelEn}: ${s.employees}, above ${t}`);
    case 'rd_spending_min':
      if (!s) return noStats;
      return atLeast(
        s.rdSpendingFen,
        t,
        t <= 1 ? `${c.labelZh}为 0` : `${c.labelZh} ${moneyText(s.rdSpendingFen)}，低于 ${moneyText(t)}`,
        t <= 1 ? `${c.labelEn} is 0` : `${c.labelEn} ${moneyEn(s.rdSpendingFen)}, below ${moneyEn(t)}`,
      );
    case 'holds': {
      const kind = c.kind ?? '';
      const met = p.held.has(kind);
      return { met, actual: met ? 1 : 0, required: 1, gapZh: `尚未取得${KIND_ZH[kind] ?? kind}资格`, gapEn: `Does not hold ${kind}`, partial: met ? 1 : 0 };
    }
    case 'rd_institution': {
      const need = LEVELS.indexOf(c.level ?? 'county');
      const have = LEVELS.indexOf(p.rdInstitutionLevel);
      return {
        met: have >= need,
        actual: have,
        required: need,
        gapZh: `${c.labelZh}为${LEVEL_ZH[p.rdInstitutionLevel]}，需${LEVEL_ZH[c.level ?? 'county']}及以上`,
        gapEn: `${c.labelEn} is ${LEVEL_EN[p.rdInstitutionLevel]}; ${LEVEL_EN[c.level ?? 'county']} or higher needed`,
        partial: need > 0 ? Math.min(1, have / need) : 1,
      };
    }
    case 'founded_years': {
      if (!p.foundedOn) return { met: false, actual: null, required: t, gapZh: '档案中缺少成立日期', gapEn: 'No founding date on file', partial: 0 };
      const years = yearsBetween(p.foundedOn, p.asOf);
      return atLeast(years, t, `${c.labelZh} ${Number(years.toFixed(1))} 年，不足 ${t} 年`, `${c.labelEn}: ${Number(years.toFixed(1))}, fewer than ${t}`);
    }
  }
}

export function evaluateTier(rule: TierRule, p: TierProfile): TierEvaluation {
  const results: (CriterionResult & { partial: number })[] = rule.criteria.map((c) => {
    const r = evaluateCriterion(c, p);
    return { key: c.key, labelZh: c.labelZh, labelEn: c.labelEn, met: r.met, actual: r.actual, required: r.required, gapZh: r.met ? null : r.gapZh, gapEn: r.met ? null : r.gapEn, partial: r.met ? 1 : r.partial };
  });
  const unmet = results.filter((r) => !r.met).length;
  const closeness = results.length ? results.reduce((a, r) => a + r.partial, 0) / results.length : 0;
  return {
    kind: rule.kind,
    nameZh: rule.nameZh,
    held: p.held.has(rule.kind),
    eligible: unmet === 0 && results.length > 0,
    unmet,
    closeness: Math.round(closeness * 10_000) / 10_000,
    criteria: results.map(({ partial: _partial, ...r }) => r),
  };
}

/** Current tiers (held, on the ladder), the next tier (lowest rung not held), every rung evaluated. */
export function evaluateLadder(rules: readonly TierRule[], p: TierProfile): { current: QualificationKind[]; next: QualificationKind | null; tiers: TierEvaluation[] } {
  const ordered = [...rules].sort((a, b) => a.rank - b.rank);
  const tiers = ordered.map((r) => evaluateTier(r, p));
  const current = ordered.filter((r) => p.held.has(r.kind)).map((r) => r.kind);
  const next = ordered.find((r) => !p.held.has(r.kind))?.kind ?? null;
  return { current, next, tiers };
}
