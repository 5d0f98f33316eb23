/**
 * The demo county's enterprise files beyond 2024 (issue 5): yearly statistics 2021–2025 with every
 * field, R&D institutions, industry-university-research cooperations and contacts — generated so
 * that the five coverages computed from these records reproduce the seed report's picture among
 * above-scale industrial enterprises in 2025: R&D spending 100 %, patents 100 %, R&D institutions
 * 97.6 %, IUR cooperation 62.9 % (seed report §2). Pure and deterministic.
 *
 * 2025's above-scale population: the 600 firms of the 2024 roster plus the 14 largest industrial
 * firms below it, which cross 2,000 万元 in 2025 (小升规) — 614 firms, for which 599 R&D
 * institutions (97.56 % → 97.6 %) and 386 active cooperations (62.87 % → 62.9 %) are the exact
 * counts that round to the reported rates (600 firms admit neither).
 */
import type { DemoEnterprise } from './demo-county.types.ts';
import { SURNAMES } from './data/surnames.ts';
import { DEMO_AS_OF, hashString, mulberry32 } from './generate-demo-county.ts';

export const DEMO_STATS_YEARS = [2021, 2022, 2023, 2024, 2025] as const;
export const DEMO_HEADLINE_YEAR = 2025;
/** Firms below the 2024 roster that cross 2,000 万元 in 2025. */
export const DEMO_NEW_ABOVE_SCALE = 14;
export const DEMO_COVERAGE_TARGETS = { population: 614, rdInstitution: 599, iur: 386 } as const;

const ABOVE_SCALE_FEN = 2_000_000_000;
const WAN = 1_000_000;

/** One PRNG per enterprise and purpose: results do not depend on generation order. */
function rngOf(seed: number, key: string) {
  const next = mulberry32((seed ^ hashString(key)) >>> 0);
  return {
    float: next,
    between: (lo: number, hi: number) => lo + (hi - lo) * next(),
    int: (lo: number, hi: number) => lo + Math.floor((hi - lo + 1) * next()),
    chance: (p: number) => next() < p,
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
  };
}

export interface DemoYearStats {
  year: number;
  revenueFen: number;
  rdSpendingFen: number;
  highTechRevenueFen: number;
  exportFen: number;
  employees: number;
  rdStaff: number;
  techStaff: number;
  inventionApplied: number;
  inventionGranted: number;
  utilityApplied: number;
  utilityGranted: number;
  validInventionPatents: number;
}
export interface DemoCooperation {
  partner: string;
  partnerKind: 'university' | 'institute';
  project: string;
  startYear: number;
  endYear: number;
  amountFen: number;
}
export interface DemoEnterpriseFile {
  isAboveScale: boolean;
  stats: DemoYearStats[];
  rdInstitutionLevel: 'none' | 'county' | 'city' | 'provincial' | 'national';
  rdInstitutionName: string | null;
  rdInstitutionSince: number | null;
  cooperations: DemoCooperation[];
  contacts: { name: string; role: string; phone: string }[];
  /** Re-recognitions of certificates that expired before the demo's "today" (high-tech status is renewed every 3 years). */
  renewals: { kind: string; level: 'national' | 'provincial' | 'city' | 'county'; certificateNo: string; issuedOn: string; expiresOn: string }[];
}

const PARTNERS: readonly [string, 'university' | 'institute'][] = [
  ['浙江大学', 'university'], ['浙江工业大学', 'university'], ['浙江理工大学', 'university'], ['中国计量大学', 'university'],
  ['杭州电子科技大学', 'university'], ['宁波大学', 'university'], ['上海交通大学', 'university'], ['江南大学', 'university'],
  ['浙江省机电设计研究院', 'institute'], ['中国科学院宁波材料技术与工程研究所', 'institute'], ['浙江清华长三角研究院', 'institute'], ['机械科学研究总院', 'institute'],
];
const PROJECT_TOPICS = ['关键零部件精度提升', '智能产线改造', '新材料应用研究', '节能降耗工艺优化', '检测方法开发', '产品可靠性提升', '数字化车间建设', '绿色制造工艺'];
const industrial = (e: DemoEnterprise) => /^[BCD]/.test(e.industryCode);
const holds = (e: DemoEnterprise, kind: string) => e.qualifications.some((q) => q.kind === kind);
const roundFen = (fen: number) => Math.round(fen / 10_000) * 10_000; // whole hundreds of yuan

/** The files of every demo enterprise, in the order of `enterprises`. */
export function generateEnterpriseFiles(enterprises: readonly DemoEnterprise[], seed: number): DemoEnterpriseFile[] {
  // ── who is above scale in 2025: the 2024 roster plus the 14 largest industrial firms below it ──
  const risers = new Set(
    enterprises
      .map((e, i) => ({ e, i }))
      .filter(({ e }) => industrial(e) && !e.isAboveScale)
      .sort((a, b) => b.e.revenue2024Fen - a.e.revenue2024Fen || a.i - b.i)
      .slice(0, DEMO_NEW_ABOVE_SCALE)
      .map(({ i }) => i),
  );
  const in2025 = (e: DemoEnterprise, i: number) => industrial(e) && (e.isAboveScale || risers.has(i));

  // ── 2025 population: the 15 without an R&D institution are the smallest non-high-tech firms ──
  const population = enterprises.map((e, i) => ({ e, i })).filter(({ e, i }) => in2025(e, i));
  if (population.length !== DEMO_COVERAGE_TARGETS.population) throw new Error(`demo: expected ${DEMO_COVERAGE_TARGETS.population} above-scale firms in 2025, got ${population.length}`);
  const noInstitution = new Set(
    [...population]
      .sort((a, b) => Number(holds(a.e, 'high_tech')) - Number(holds(b.e, 'high_tech')) || a.e.revenue2024Fen - b.e.revenue2024Fen || a.i - b.i)
      .slice(0, DEMO_COVERAGE_TARGETS.population - DEMO_COVERAGE_TARGETS.rdInstitution)
      .map(({ i }) => i),
  );
  // ── active IUR cooperation in 2025: the 386 with the highest score (high-tech, size, chance) ──
  const iurScore = (e: DemoEnterprise) => (holds(e, 'high_tech') ? 1.2 : 0) + Math.log10(e.revenue2024Fen / WAN) * 0.4 + rngOf(seed, `iur:${e.creditCode}`).float() * 1.5;
  const withIur = new Set(
    [...population]
      .sort((a, b) => iurScore(b.e) - iurScore(a.e) || a.i - b.i)
      .slice(0, DEMO_COVERAGE_TARGETS.iur)
      .map(({ i }) => i),
  );

  return enterprises.map((e, i): DemoEnterpriseFile => {
    const r = rngOf(seed, `file:${e.creditCode}`);
    const highTech = holds(e, 'high_tech');
    const above2025 = in2025(e, i);
    const growth = e.isAboveScale ? r.between(1.02, 1.12) : r.between(0.97, 1.1);
    const founded = Number(e.foundedOn.slice(0, 4));

    const stats: DemoYearStats[] = [];
    for (const year of DEMO_STATS_YEARS) {
      if (year < founded) continue;
      let revenueFen = year === 2024 ? e.revenue2024Fen : roundFen(e.revenue2024Fen * Math.pow(growth, year - 2024));
      if (year === 2025 && risers.has(i)) revenueFen = Math.max(revenueFen, ABOVE_SCALE_FEN + roundFen(r.between(50, 400) * WAN));
      if (year !== 2024 && !e.isAboveScale && !(year === 2025 && risers.has(i))) revenueFen = Math.min(revenueFen, ABOVE_SCALE_FEN - roundFen(r.between(10, 200) * WAN));
      const scale = revenueFen / e.revenue2024Fen;
      // R&D: every 2025 above-scale firm spends; earlier years a shrinking few did not (the drive to 100 %)
      const lapse = { 2021: 0.09, 2022: 0.06, 2023: 0.03, 2024: 0, 2025: 0 }[year] ?? 0;
      let rdSpendingFen = year === 2024 ? e.rdSpending2024Fen : roundFen(e.rdSpending2024Fen * scale * r.between(0.9, 1.1));
      if (year !== 2024 && year !== 2025 && r.chance(lapse)) rdSpendingFen = 0;
      if (year === 2025 && above2025) rdSpendingFen = Math.max(rdSpendingFen, roundFen(revenueFen * 0.008));
      const employees = year === 2024 ? e.employees2024 : Math.max(3, Math.round(e.employees2024 * Math.pow(scale, 0.5)));
      const rdStaff = Math.min(employees, Math.round((e.rdStaff2024 ?? Math.round(e.employees2024 * 0.05)) * (employees / e.employees2024)));
      const techStaff = Math.min(employees, rdStaff + Math.round(employees * (highTech ? r.between(0.02, 0.06) : r.between(0, 0.03))));
      // patents: high-tech firms hold invention patents; every 2025 above-scale firm has patent activity
      const active = year === 2025 && above2025 ? true : r.chance(highTech ? 0.95 : e.isAboveScale ? 0.8 - lapse * 2 : 0.25);
      const inventionApplied = active ? r.int(0, highTech ? 6 : 2) : 0;
      const inventionGranted = active ? r.int(0, highTech ? 4 : 1) : 0;
      const utilityApplied = active ? r.int(highTech ? 2 : 0, highTech ? 12 : 5) : 0;
      let utilityGranted = active ? r.int(highTech ? 1 : 0, highTech ? 10 : 4) : 0;
      if (active && inventionApplied + inventionGranted + utilityApplied + utilityGranted === 0) utilityGranted = 1;
      const validInventionPatents = highTech ? r.int(2, 25) + (year - 2021) : active && r.chance(0.3) ? r.int(1, 3) : 0;
      stats.push({
        year,
        revenueFen,
        rdSpendingFen,
        highTechRevenueFen: highTech ? roundFen(revenueFen * r.between(0.62, 0.88)) : r.chance(0.3) ? roundFen(revenueFen * r.between(0.05, 0.4)) : 0,
        exportFen: r.chance(0.35) ? roundFen(revenueFen * r.between(0.03, 0.4)) : 0,
        employees,
        rdStaff,
        techStaff,
        inventionApplied,
        inventionGranted,
        utilityApplied,
        utilityGranted,
        validInventionPatents: Math.max(validInventionPatents, inventionGranted),
      });
    }

    // R&D institution: 2025 above-scale firms except the chosen 15; some high-tech and a few small firms
    const hasInstitution = above2025 ? !noInstitution.has(i) : highTech ? r.chance(0.7) : r.chance(0.08);
    const rev = e.revenue2024Fen / WAN;
    const level = !hasInstitution ? 'none' : rev > 100_000 ? (r.chance(0.5) ? 'national' : 'provincial') : rev > 20_000 ? 'provincial' : rev > 5_000 ? 'city' : 'county';
    const institutionName = hasInstitution ? `${{ national: '国家级', provincial: '省级', city: '市级', county: '县级' }[level as 'national']}企业研发中心` : null;
    const since = hasInstitution ? Math.max(founded, r.chance(0.75) ? r.int(2010, 2020) : r.int(2021, 2025)) : null;

    // cooperations: one active in 2025 for the chosen 386; past ones for others
    const cooperations: DemoCooperation[] = [];
    const partner = () => r.pick(PARTNERS);
    const coop = (startYear: number, endYear: number) => {
      const [name, kind] = partner();
      cooperations.push({ partner: name, partnerKind: kind, project: `${r.pick(PROJECT_TOPICS)}合作项目`, startYear, endYear, amountFen: roundFen(r.between(10, 300) * WAN) });
    };
    if (above2025) {
      if (withIur.has(i)) coop(r.chance(0.6) ? r.int(2019, 2023) : r.int(2024, 2025), r.int(2025, 2027));
      else if (r.chance(0.35)) coop(r.int(2018, 2021), r.int(2022, 2024)); // ended, not renewed
    } else if (highTech ? r.chance(0.4) : r.chance(0.08)) {
      const start = r.int(2020, 2025);
      coop(start, start + r.int(1, 3));
    }

    const surname = () => r.pick(SURNAMES);
    const contacts = [{ name: `${surname()}经理`, role: '科技联络员', phone: `13${r.int(5, 9)}${String(r.int(0, 99_999_999)).padStart(8, '0')}` }];
    if (r.chance(0.5)) contacts.push({ name: `${surname()}会计`, role: '财务负责人', phone: `0575-8${String(r.int(0, 9_999_999)).padStart(7, '0')}` });

    const renewals: DemoEnterpriseFile['renewals'] = [];
    for (const q of e.qualifications) {
      let expires = q.expiresOn;
      while (expires && expires < DEMO_AS_OF) {
        const issuedOn = expires;
        const next = `${Number(issuedOn.slice(0, 4)) + 3}${issuedOn.slice(4)}`;
        const year = issuedOn.slice(0, 4);
        renewals.push({ kind: q.kind, level: q.level, certificateNo: q.certificateNo.replace(/20\d\d/, year), issuedOn, expiresOn: next });
        expires = next;
      }
    }

    return {
      renewals,
      isAboveScale: e.isAboveScale || risers.has(i),
      stats,
      rdInstitutionLevel: level,
      rdInstitutionName: institutionName,
      rdInstitutionSince: since,
      cooperations,
      contacts,
    };
  });
}
