/**
 * Deterministic, pure generator of the demo county (示范县). See ./README.md.
 *
 * generateDemoCounty(seed) returns plain objects only: no database, no HTTP, no clock and no
 * global random source (own mulberry32 PRNG). The same seed always yields deep-equal output. The only I/O is a one-time read of
 * data/experts.jsonl (bundled, read-only).
 */
import { computeOrgCodeCheckChar, computeUsccCheckChar } from '../../../../../packages/contracts/src/uscc.ts';
import type {
  DemoCounty,
  DemoEnterprise,
  DemoExpert,
  DemoResource,
  DemoServiceItem,
  DemoTalent,
  EnterpriseSize,
  ExpertOrgType,
  ExpertRank,
  Qualification,
  QualificationKind,
  ResourceAvailability,
  ResourceKind,
  TalentEducation,
} from './demo-county.types.ts';
import { DEPARTMENTS } from './data/departments.ts';
import { BLOCKED_TRADE_NAMES, LEGAL_FORM_LISTED, NAME_PREFIX, TRADE_NAME_FIRST, TRADE_NAME_SECOND } from './data/enterprise-names.ts';
import { EXPERT_FIELDS, inferRegion, loadExpertRecords } from './data/experts.ts';
import { INDUSTRIES, TOWN_AFFINITY, type IndustryProfile } from './data/industries.ts';
import {
  DATA_SETS,
  ENTERPRISE_TEAM_FORMS,
  FIXED_TEAMS,
  FUNDS,
  INCUBATORS,
  INSTRUMENTS,
  JOINT_CENTRE,
  JOINT_CENTRE_ADDRESS,
  JOINT_CENTRE_FAMILIES,
  JOINT_CENTRE_TEAMS,
  JOINT_CENTRE_TOWN,
  LABS,
  OTHERS,
  RD_PLATFORM_TYPES,
  TESTING_CENTRE,
  TESTING_CENTRE_ADDRESS,
  TESTING_CENTRE_FAMILIES,
  TESTING_CENTRE_TOWN,
  type FixedResource,
  type InstrumentTemplate,
} from './data/resources.ts';
import { SERVICE_ITEMS } from './data/service-items.ts';
import { SURNAMES } from './data/surnames.ts';
import { MAJORS } from './data/talents.ts';
import { COUNTY_REGION_CODE, TOWNS } from './data/towns.ts';

// ───────────────────────────── constants ─────────────────────────────

export const DEFAULT_DEMO_SEED = 20241209;
/** Reference date for certificate windows ("today" of the demo). */
export const DEMO_AS_OF = '2026-11-26';

export const DEMO_COUNTS = {
  enterprises: 1500,
  resources: 385,
  serviceItems: 105,
  departments: 33,
  experts: 300,
  talents: 400,
  aboveScale: 600,
} as const;

/** Exact tier counts (seed report §2). `srdi_sme` and `ip_pilot` are not in the report and are chosen here. */
export const DEMO_TIER_COUNTS: Readonly<Record<QualificationKind, number>> = {
  high_tech: 327,
  tech_sme: 894,
  tech_leader: 2,
  tech_little_giant: 3,
  srdi_sme: 160,
  srdi_little_giant: 16,
  hidden_champion: 9,
  single_champion: 5,
  eagle: 4,
  listed: 15,
  ip_pilot: 60,
};
export const DEMO_EAGLE_CERTIFIED = 3;
export const DEMO_REVENUE_OVER_10BN = 4;
/** Target aggregate R&D intensity of above-scale enterprises (R&D ÷ revenue). */
export const DEMO_ABOVE_SCALE_RD_INTENSITY = 0.0345;

const FEN_PER_WAN = 1_000_000; // 1 万元 = 10,000 yuan = 1,000,000 fen
const ABOVE_SCALE_FEN = 2_000 * FEN_PER_WAN; // 2,000 万元

// ───────────────────────────── PRNG ─────────────────────────────

/** mulberry32: small, fast, deterministic 32-bit PRNG. */
export function mulberry32(a: number): () => number {
  let s = a >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function hashString(s: string): number {
  let h = 2166136261 >>> 0; // FNV-1a
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h;
}

class Rng {
  private readonly next: () => number;
  constructor(seed: number, label: string) {
    this.next = mulberry32((seed ^ hashString(label)) >>> 0);
  }
  float(): number {
    return this.next();
  }
  between(min: number, max: number): number {
    return min + (max - min) * this.next();
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }
  weighted<T>(items: readonly T[], weight: (item: T) => number): T {
    let total = 0;
    for (const it of items) total += weight(it);
    let r = this.next() * total;
    for (const it of items) {
      r -= weight(it);
      if (r < 0) return it;
    }
    return items[items.length - 1] as T;
  }
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const a = items[i] as T;
      items[i] = items[j] as T;
      items[j] = a;
    }
    return items;
  }
  sample<T>(items: readonly T[], n: number): T[] {
    return this.shuffle([...items]).slice(0, n);
  }
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(Math.floor(this.next() * 10));
    return s;
  }
}

// ───────────────────────────── dates ─────────────────────────────

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}
function isoOf(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
function msOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}
function randomDate(rng: Rng, fromIso: string, toIso: string): string {
  const a = msOf(fromIso);
  const b = msOf(toIso);
  const days = Math.round((b - a) / 86_400_000);
  return isoOf(a + rng.int(0, days) * 86_400_000);
}
function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const year = (y ?? 1970) + years;
  const month = m ?? 1;
  let day = d ?? 1;
  if (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) day = 28;
  return `${year}-${pad(month)}-${pad(day)}`;
}
function addDays(iso: string, days: number): string {
  return isoOf(msOf(iso) + days * 86_400_000);
}

// ───────────────────────────── helpers ─────────────────────────────

const USCC_BODY_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const INDUSTRY_BY_CODE = new Map(INDUSTRIES.map((i) => [i.code, i]));
const TOWN_BY_CODE = new Map(TOWNS.map((t) => [t.code, t]));

function townAddress(rng: Rng, townCode: string): string {
  const town = TOWN_BY_CODE.get(townCode);
  if (!town) throw new Error(`unknown town ${townCode}`);
  return `浙江省示范市示范县${town.name}${rng.pick(town.roads)}${rng.int(1, 888)}号`;
}
function landline(rng: Rng): string {
  return `0575-8${rng.digits(7)}`;
}
function mobile(rng: Rng): string {
  return `13900${rng.digits(6)}`;
}
function contact(rng: Rng, title: string): string {
  return `${rng.pick(SURNAMES)}${title}`;
}
function isIndustrial(code: string): boolean {
  return code.startsWith('C');
}

/** Largest-remainder apportionment of `total` over weights. */
function apportion(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (w / sum) * total);
  const out = raw.map(Math.floor);
  let rest = total - out.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (rest <= 0) break;
    out[i] = (out[i] ?? 0) + 1;
    rest--;
  }
  return out;
}

/**
 * Enterprise size per 《中小企业划型标准规定》(工信部联企业〔2011〕300号):
 * industry: large ≥1000 staff and ≥4亿; medium ≥300 and ≥2000万; small ≥20 and ≥300万.
 * software/IT services: large ≥300 and ≥1亿; medium ≥100 and ≥1000万; small ≥10 and ≥50万.
 * other (research and technical services): large ≥300; medium ≥100; small ≥10 staff.
 */
export function classifySize(industryCode: string, employees: number, revenueFen: number): EnterpriseSize {
  const wan = revenueFen / FEN_PER_WAN;
  if (industryCode.startsWith('C')) {
    if (employees >= 1000 && wan >= 40_000) return 'large';
    if (employees >= 300 && wan >= 2_000) return 'medium';
    if (employees >= 20 && wan >= 300) return 'small';
    return 'micro';
  }
  if (industryCode.startsWith('I65')) {
    if (employees >= 300 && wan >= 10_000) return 'large';
    if (employees >= 100 && wan >= 1_000) return 'medium';
    if (employees >= 10 && wan >= 50) return 'small';
    return 'micro';
  }
  if (employees >= 300) return 'large';
  if (employees >= 100) return 'medium';
  if (employees >= 10) return 'small';
  return 'micro';
}

/** 高新技术企业 R&D intensity threshold by revenue (国科发火〔2016〕32号 第十一条). */
export function highTechRdThreshold(revenueFen: number): number {
  const wan = revenueFen / FEN_PER_WAN;
  if (wan <= 5_000) return 0.05;
  if (wan <= 20_000) return 0.04;
  return 0.03;
}

// ───────────────────────────── enterprises ─────────────────────────────

interface Draft {
  index: number;
  industry: IndustryProfile;
  townCode: string;
  scaleScore: number;
  revenueFen: number;
  employees: number;
  aboveScale: boolean;
  revenueRank: number; // 1-based among above-scale, Infinity otherwise
  techScore: number;
  quals: Map<QualificationKind, Qualification>;
  name: string;
  tradeName: string;
  creditCode: string;
  foundedOn: string;
}

function generateEnterprises(seed: number): DemoEnterprise[] {
  const rng = new Rng(seed, 'enterprises');
  const N = DEMO_COUNTS.enterprises;

  // industries: exact apportionment, then shuffled
  const counts = apportion(INDUSTRIES.map((i) => i.weight), N);
  const industrySlots: IndustryProfile[] = [];
  INDUSTRIES.forEach((ind, i) => {
    for (let k = 0; k < (counts[i] ?? 0); k++) industrySlots.push(ind);
  });
  rng.shuffle(industrySlots);

  const drafts: Draft[] = industrySlots.map((industry, index) => {
    const affinity = (code: string) => (TOWN_AFFINITY[code]?.includes(industry.code) ? 6 : 1);
    const town = rng.weighted(TOWNS, (t) => t.weight * affinity(t.code));
    return {
      index,
      industry,
      townCode: town.code,
      scaleScore: Math.log(industry.scale) + rng.normal() * 0.9,
      revenueFen: 0,
      employees: 0,
      aboveScale: false,
      revenueRank: Number.POSITIVE_INFINITY,
      techScore: 0,
      quals: new Map(),
      name: '',
      tradeName: '',
      creditCode: '',
      foundedOn: '',
    };
  });

  // revenue: the top 600 industrial firms by scale score are above scale, ranked Pareto-like
  const industrial = drafts.filter((d) => isIndustrial(d.industry.code)).sort((a, b) => b.scaleScore - a.scaleScore || a.index - b.index);
  const above = industrial.slice(0, DEMO_COUNTS.aboveScale);
  const megaWan = [1_863_000, 1_421_000, 1_187_000, 1_046_000]; // 万元: four firms over 10 bn yuan
  const alpha = Math.log(150) / Math.log(120); // rank 5 ≈ 30亿
  above.forEach((d, i) => {
    const rank = i + 1;
    d.revenueRank = rank;
    d.aboveScale = true;
    let wan: number;
    if (rank <= DEMO_REVENUE_OVER_10BN) wan = (megaWan[i] ?? 1_000_000) * rng.between(0.97, 1.03);
    else wan = 2_000 * Math.pow(DEMO_COUNTS.aboveScale / rank, alpha) * rng.between(0.93, 1.07);
    wan = Math.max(wan, rank <= DEMO_REVENUE_OVER_10BN ? 1_000_100 : 2_000 + rng.between(5, 300));
    if (rank > DEMO_REVENUE_OVER_10BN) wan = Math.min(wan, 900_000);
    d.revenueFen = Math.round(wan * 100) * 10_000; // whole hundreds of yuan
  });
  for (const d of drafts) {
    if (d.aboveScale) continue;
    const isInd = isIndustrial(d.industry.code);
    const lo = Math.log(isInd ? 150 : 30);
    const hi = Math.log(isInd ? 1_980 : 1_800);
    const wan = Math.exp(lo + (hi - lo) * Math.pow(rng.float(), 0.8));
    d.revenueFen = Math.round(wan * 100) * 10_000;
  }

  // employees from revenue per head (万元/人), by industry family
  for (const d of drafts) {
    const c = d.industry.code;
    const base = c.startsWith('C27') ? (d.aboveScale ? 110 : 45) : c === 'C1530' ? 30 : c.startsWith('I') ? 30 : c.startsWith('M') ? 28 : d.aboveScale ? 55 : 25;
    const perHead = base * Math.exp(rng.normal() * 0.28);
    d.employees = Math.max(3, Math.round(d.revenueFen / FEN_PER_WAN / perHead));
  }
  // tech SMEs must stay within 500 staff and 2亿 revenue; make sure enough small firms qualify
  const techScoreOf = (d: Draft) =>
    d.industry.techFactor * (1 + 0.3 * Math.log10(Math.max(1, d.revenueFen / FEN_PER_WAN))) + rng.normal() * 0.35;
  for (const d of drafts) d.techScore = techScoreOf(d);

  // ── qualifications (exact counts) ──
  const byRevenue = [...drafts].sort((a, b) => b.revenueFen - a.revenueFen || a.index - b.index);
  const take = (pool: Draft[], n: number, kind: QualificationKind, score: (d: Draft) => number, exclude?: (d: Draft) => boolean) => {
    const chosen = pool
      .filter((d) => !d.quals.has(kind) && !(exclude?.(d) ?? false))
      .map((d) => [score(d), d] as const)
      .sort((a, b) => b[0] - a[0] || a[1].index - b[1].index)
      .slice(0, n)
      .map(([, d]) => d);
    if (chosen.length < n) throw new Error(`not enough candidates for ${kind}: ${chosen.length} < ${n}`);
    return chosen;
  };
  const mark = (ds: Draft[], kind: QualificationKind) => {
    for (const d of ds) d.quals.set(kind, { kind, level: 'national', certificateNo: '', issuedOn: '', expiresOn: null });
  };
  const noise = () => rng.normal() * 0.3;
  const topIndustrial = byRevenue.filter((d) => isIndustrial(d.industry.code));
  const megas = topIndustrial.slice(0, DEMO_REVENUE_OVER_10BN);

  // listed: the four >10 bn firms plus 11 of the next 60
  mark(megas, 'listed');
  mark(take(topIndustrial.slice(DEMO_REVENUE_OVER_10BN, 60), DEMO_TIER_COUNTS.listed - megas.length, 'listed', (d) => d.techScore + noise()), 'listed');
  mark(take(topIndustrial.slice(0, 8), DEMO_TIER_COUNTS.eagle, 'eagle', (d) => d.techScore + noise()), 'eagle');
  mark(take(topIndustrial.slice(0, 12), DEMO_TIER_COUNTS.tech_leader, 'tech_leader', (d) => d.industry.techFactor + noise()), 'tech_leader');
  const isSme = (d: Draft) => classifySize(d.industry.code, d.employees, d.revenueFen) !== 'large';
  mark(take(topIndustrial.slice(3, 80), DEMO_TIER_COUNTS.single_champion, 'single_champion', (d) => d.techScore + noise(), (d) => d.quals.has('listed') && d.revenueRank <= 4), 'single_champion');
  mark(take(topIndustrial.slice(15, 200), DEMO_TIER_COUNTS.hidden_champion, 'hidden_champion', (d) => d.techScore + noise(), (d) => d.quals.has('single_champion')), 'hidden_champion');
  mark(take(topIndustrial.slice(25, 160), DEMO_TIER_COUNTS.tech_little_giant, 'tech_little_giant', (d) => d.industry.techFactor + noise()), 'tech_little_giant');
  const srdiPool = drafts.filter((d) => isIndustrial(d.industry.code) && isSme(d) && d.revenueFen >= 1_000 * FEN_PER_WAN && d.industry.code !== 'C1530');
  const giants = take(
    srdiPool.filter((d) => d.revenueFen >= 8_000 * FEN_PER_WAN && d.revenueFen <= 40_000 * FEN_PER_WAN),
    DEMO_TIER_COUNTS.srdi_little_giant,
    'srdi_little_giant',
    (d) => d.techScore + noise(),
  );
  mark(giants, 'srdi_little_giant');
  mark(giants, 'srdi_sme');
  mark(take(srdiPool, DEMO_TIER_COUNTS.srdi_sme - giants.length, 'srdi_sme', (d) => d.techScore + noise()), 'srdi_sme');

  // high-tech: every holder of a higher title, then the best tech scores
  const mustHighTech = drafts.filter((d) =>
    (['listed', 'tech_leader', 'tech_little_giant', 'srdi_little_giant', 'single_champion', 'hidden_champion'] as const).some((k) => d.quals.has(k)),
  );
  mark(mustHighTech, 'high_tech');
  mark(
    take(drafts, DEMO_TIER_COUNTS.high_tech - mustHighTech.length, 'high_tech', (d) => d.techScore + (d.quals.has('srdi_sme') ? 0.4 : 0) + noise(), (d) => d.industry.code === 'C1530' && d.revenueFen < 5_000 * FEN_PER_WAN),
    'high_tech',
  );

  // tech SME: ≤500 staff, ≤2亿 revenue
  const smeEligible = drafts.filter((d) => d.employees <= 500 && d.revenueFen <= 20_000 * FEN_PER_WAN);
  mark(take(smeEligible, DEMO_TIER_COUNTS.tech_sme, 'tech_sme', (d) => d.techScore + (d.quals.has('high_tech') ? 1.5 : 0) + rng.normal() * 0.5), 'tech_sme');

  // IP pilot: among high-tech firms, mostly above scale
  mark(take(drafts.filter((d) => d.quals.has('high_tech')), DEMO_TIER_COUNTS.ip_pilot, 'ip_pilot', (d) => (d.aboveScale ? 1 : 0) + d.techScore + noise()), 'ip_pilot');

  // ── certificates ──
  fillCertificates(rng, drafts);

  // ── founding dates: before every certificate, older for larger firms ──
  for (const d of drafts) {
    const earliestIssue = [...d.quals.values()].map((q) => q.issuedOn).sort()[0];
    const maxAge = d.revenueRank <= 20 ? 38 : d.aboveScale ? 32 : 26;
    const minAge = d.revenueRank <= 20 ? 20 : d.aboveScale ? 6 : 1;
    let founded = randomDate(rng, `${2024 - maxAge}-01-01`, `${2024 - minAge}-06-30`);
    if (earliestIssue && founded > addDays(earliestIssue, -400)) {
      founded = addDays(earliestIssue, -rng.int(400, 3_000));
    }
    d.foundedOn = founded;
  }

  // ── names and credit codes ──
  const usedNames = new Set<string>();
  const usedTrade = new Set<string>();
  const usedCodes = new Set<string>();
  for (const d of drafts) {
    const size = classifySize(d.industry.code, d.employees, d.revenueFen);
    const form = d.quals.has('listed') || (size === 'large' && rng.chance(0.5)) || (d.aboveScale && rng.chance(0.08)) ? LEGAL_FORM_LISTED : '有限公司';
    for (let attempt = 0; ; attempt++) {
      const trade = rng.pick(TRADE_NAME_FIRST) + rng.pick(TRADE_NAME_SECOND);
      if (trade[0] === trade[1] || BLOCKED_TRADE_NAMES.has(trade)) continue;
      if (usedTrade.has(trade) && attempt < 40) continue;
      const name = `${NAME_PREFIX}${trade}${rng.pick(d.industry.nameWords)}${form}`;
      if (usedNames.has(name)) continue;
      usedNames.add(name);
      usedTrade.add(trade);
      d.name = name;
      d.tradeName = trade;
      break;
    }
    for (;;) {
      const newStyle = d.foundedOn >= '2015-10-01';
      const body8 = newStyle
        ? 'MA' + Array.from({ length: 6 }, () => rng.pick([...USCC_BODY_CHARS])).join('')
        : String(rng.int(10_000_000, 79_999_999));
      const first17 = `91${COUNTY_REGION_CODE}${body8}${computeOrgCodeCheckChar(body8)}`;
      const code = first17 + computeUsccCheckChar(first17);
      if (usedCodes.has(code)) continue;
      usedCodes.add(code);
      d.creditCode = code;
      break;
    }
  }

  // ── R&D spending: high-tech firms meet their statutory intensity; above-scale aggregate = 3.45 % ──
  const base = new Map<Draft, number>();
  const extra = new Map<Draft, number>();
  for (const d of drafts) {
    if (d.quals.has('high_tech')) {
      base.set(d, highTechRdThreshold(d.revenueFen) + 0.001);
      extra.set(d, rng.between(0.002, 0.025));
    } else if (d.aboveScale) {
      base.set(d, 0.006);
      extra.set(d, rng.between(0.004, 0.035));
    } else if (d.quals.has('tech_sme')) {
      base.set(d, 0.01);
      extra.set(d, rng.between(0.0, 0.05));
    } else {
      base.set(d, 0.002);
      extra.set(d, rng.between(0.0, 0.03));
    }
  }
  let sumRev = 0;
  let sumBase = 0;
  let sumExtra = 0;
  for (const d of above) {
    sumRev += d.revenueFen;
    sumBase += d.revenueFen * (base.get(d) ?? 0);
    sumExtra += d.revenueFen * (extra.get(d) ?? 0);
  }
  const t = Math.min(3, Math.max(0.05, (DEMO_ABOVE_SCALE_RD_INTENSITY * sumRev - sumBase) / sumExtra));

  return drafts.map((d): DemoEnterprise => {
    const factor = d.aboveScale ? t : 1;
    const intensity = (base.get(d) ?? 0) + factor * (extra.get(d) ?? 0);
    const rd = Math.round(d.revenueFen * intensity);
    const rdShare = d.quals.has('high_tech') ? rng.between(0.11, 0.24) : rng.between(0.03, 0.12);
    return {
      creditCode: d.creditCode,
      name: d.name,
      townCode: d.townCode,
      industryCode: d.industry.code,
      size: classifySize(d.industry.code, d.employees, d.revenueFen),
      isAboveScale: d.revenueFen >= ABOVE_SCALE_FEN,
      foundedOn: d.foundedOn,
      address: townAddress(rng, d.townCode),
      legalRepresentative: `${rng.pick(SURNAMES)}某某`,
      contactPhone: landline(rng),
      revenue2024Fen: d.revenueFen,
      rdSpending2024Fen: rd,
      employees2024: d.employees,
      qualifications: QUAL_ORDER.filter((k) => d.quals.has(k)).map((k) => d.quals.get(k) as Qualification),
      rdStaff2024: Math.min(d.employees, Math.max(rd > 0 ? 1 : 0, d.quals.has('high_tech') ? Math.ceil(d.employees * rdShare) : Math.round(d.employees * rdShare))),
    };
  });
}

const QUAL_ORDER: readonly QualificationKind[] = [
  'listed', 'eagle', 'single_champion', 'tech_leader', 'hidden_champion', 'srdi_little_giant', 'tech_little_giant',
  'high_tech', 'srdi_sme', 'tech_sme', 'ip_pilot',
];

function fillCertificates(rng: Rng, drafts: Draft[]): void {
  const seq = new Map<string, number>();
  const next = (key: string, start: number, step: [number, number]) => {
    const v = (seq.get(key) ?? start) + rng.int(step[0], step[1]);
    seq.set(key, v);
    return v;
  };
  // A three-year title that is valid on DEMO_AS_OF; roughly a fifth expire within six months of it.
  const threeYearIssue = () => randomDate(rng, addDays(addYears(DEMO_AS_OF, -3), 5), addDays(DEMO_AS_OF, -30));
  const boards = ['SSE-MAIN', 'SZSE-MAIN', 'SZSE-GEM', 'SSE-STAR', 'SZSE-MAIN'] as const;
  let listedNo = 0;
  let eagleNo = 0;
  let ipNo = 0;
  const ordered = [...drafts].sort((a, b) => b.revenueFen - a.revenueFen || a.index - b.index);
  for (const d of ordered) {
    for (const [kind, q] of d.quals) {
      switch (kind) {
        case 'high_tech': {
          // 2022–2024 batches, valid three years (brief); 2022 certificates have expired by DEMO_AS_OF,
          // the 2023-12 batch expires within six months of it, 2023-11 expired weeks before it.
          const r = rng.float();
          const issued = r < 0.2 ? rng.pick(['2022-11-18', '2022-12-24']) : r < 0.55 ? (rng.chance(0.25) ? '2023-11-08' : '2023-12-08') : rng.pick(['2024-11-19', '2024-12-06']);
          const year = issued.slice(0, 4);
          Object.assign(q, { level: 'national', issuedOn: issued, expiresOn: addYears(issued, 3), certificateNo: `GR${year}33${pad(next(`gr${year}`, 0, [1, 25]), 6)}` });
          break;
        }
        case 'tech_sme': {
          // yearly evaluation: registered in the current year, valid to its end
          const batch = rng.int(1, 7);
          const issued = ['2026-03-20', '2026-04-24', '2026-05-29', '2026-06-26', '2026-07-31', '2026-08-28', '2026-09-25'][batch - 1] ?? '2026-03-20';
          Object.assign(q, { level: 'national', issuedOn: issued, expiresOn: '2026-12-31', certificateNo: `2026${COUNTY_REGION_CODE}${pad(batch)}${pad(next('sme', 0, [1, 3]), 5)}` });
          break;
        }
        case 'listed': {
          listedNo++;
          const issued = randomDate(rng, '2006-01-01', '2023-12-31');
          Object.assign(q, { level: 'national', issuedOn: issued, expiresOn: null, certificateNo: `LISTED-${boards[listedNo % boards.length]}-DEMO${pad(listedNo)}` });
          break;
        }
        case 'eagle': {
          eagleNo++;
          const certified = eagleNo <= DEMO_EAGLE_CERTIFIED;
          const issued = certified ? randomDate(rng, '2022-03-01', '2024-06-30') : randomDate(rng, '2024-07-01', '2025-06-30');
          Object.assign(q, { level: 'provincial', issuedOn: issued, expiresOn: null, certificateNo: `ZJXY-${issued.slice(0, 4)}-${pad(eagleNo, 3)}`, stage: certified ? 'certified' : 'cultivating' });
          break;
        }
        case 'ip_pilot': {
          ipNo++;
          const stage = ipNo <= 10 ? 'leading' : ipNo <= 30 ? 'compliant' : 'pilot';
          const issued = randomDate(rng, '2023-03-01', '2025-10-31');
          Object.assign(q, { level: 'county', issuedOn: issued, expiresOn: null, certificateNo: `SFIP-${issued.slice(0, 4)}-${pad(ipNo, 3)}`, stage });
          break;
        }
        default: {
          const level = kind === 'srdi_little_giant' || kind === 'single_champion' ? 'national' : 'provincial';
          const prefix = { srdi_little_giant: 'MIIT-SRDI', single_champion: 'MIIT-SC', srdi_sme: 'ZJ-SRDI', hidden_champion: 'ZJ-HC', tech_little_giant: 'ZJ-KJXJR', tech_leader: 'ZJ-KJLJ' }[kind];
          const issued = threeYearIssue();
          Object.assign(q, { level, issuedOn: issued, expiresOn: addYears(issued, 3), certificateNo: `${prefix}-${issued.slice(0, 4)}-${pad(next(kind, 0, [1, 9]), 4)}` });
        }
      }
    }
  }
}

// ───────────────────────────── service items ─────────────────────────────

function generateServiceItems(): DemoServiceItem[] {
  const prefix = new Map(DEPARTMENTS.map((d) => [d.code, d.itemPrefix]));
  const seqs = new Map<string, number>();
  return SERVICE_ITEMS.map((item) => {
    const p = prefix.get(item.leadDepartmentCode);
    if (!p) throw new Error(`service item ${item.name}: unknown lead department ${item.leadDepartmentCode}`);
    const n = (seqs.get(p) ?? 0) + 1;
    seqs.set(p, n);
    return {
      code: `${p}-${pad(n, 3)}`,
      ...structuredClone(item),
      coDepartmentCodes: [...item.coDepartmentCodes],
      channels: [...item.channels],
      conditions: [...item.conditions],
      materials: item.materials.map((m) => ({ ...m, fileTypes: [...m.fileTypes] })),
    };
  });
}

// ───────────────────────────── resources ─────────────────────────────

function shortName(enterpriseName: string): string {
  return enterpriseName.replace(NAME_PREFIX, '').replace(/(股份)?有限公司$/, '');
}

function generateResources(seed: number, enterprises: readonly DemoEnterprise[]): DemoResource[] {
  const rng = new Rng(seed, 'resources');
  const out: Omit<DemoResource, 'code'>[] = [];
  const names = new Set<string>();
  const push = (r: Omit<DemoResource, 'code'>) => {
    if (names.has(r.name)) throw new Error(`duplicate resource name ${r.name}`);
    names.add(r.name);
    out.push(r);
  };
  const fromFixed = (f: FixedResource, kind: ResourceKind) =>
    push({
      name: f.name,
      kind,
      ownerOrg: f.ownerOrg,
      departmentCode: f.departmentCode,
      townCode: f.townCode,
      address: f.address ?? townAddress(rng, f.townCode),
      contactName: contact(rng, f.contactTitle),
      contactPhone: mobile(rng),
      description: f.description,
      tags: [...f.tags],
      availability: f.availability,
    });

  // sharing enterprises: high-tech, above scale, not tea, in revenue order
  const sharing = enterprises
    .filter((e) => e.isAboveScale && e.qualifications.some((q) => q.kind === 'high_tech') && e.industryCode !== 'C1530')
    .sort((a, b) => b.revenue2024Fen - a.revenue2024Fen || a.creditCode.localeCompare(b.creditCode));

  // labs (24)
  for (const f of LABS) fromFixed(f, 'lab');

  // R&D platforms (110): one per enterprise
  const platformFirms = sharing.slice(0, 110);
  if (platformFirms.length < 110) throw new Error('not enough enterprises for R&D platforms');
  platformFirms.forEach((e, i) => {
    const ind = INDUSTRY_BY_CODE.get(e.industryCode);
    const type = i < 12 ? rng.pick(['省级企业研究院', '省级企业技术中心', '省级工程研究中心']) : rng.weighted(RD_PLATFORM_TYPES, (t) => t[1])[0];
    const dep = type.includes('技术中心') ? 'jxj' : type.includes('工程研究中心') ? 'fgj' : 'kjj';
    push({
      name: `${e.name}${type}`,
      kind: 'rd_platform',
      ownerOrg: e.name,
      departmentCode: dep,
      townCode: e.townCode,
      address: e.address,
      contactName: contact(rng, rng.pick(['经理', '经理', '主任', '先生', '女士'])),
      contactPhone: mobile(rng),
      description: `${e.name}建设的${type}，主要研究方向为${ind?.focus ?? '产品研发'}，拥有研发人员${e.rdStaff2024 ?? 0}人，对县内企业开放共享测试和中试能力。`,
      tags: [ind?.name ?? e.industryCode, type, '开放共享'],
      availability: rng.chance(0.6) ? 'by_appointment' : 'members_only',
      ownerCreditCode: e.creditCode,
    });
  });

  // instruments (150): 20 at the joint centre, 15 at the testing centre, 115 at enterprises
  const byFamily = (families: readonly string[]) => INSTRUMENTS.filter((x) => families.includes(x.family));
  const instrument = (tpl: InstrumentTemplate, owner: string, ownerShort: string, dep: string, town: string, address: string, availability: ResourceAvailability, title: string, ownerCreditCode?: string) => {
    let name = `${tpl.name}（${ownerShort}）`;
    for (let k = 2; names.has(name); k++) name = `${tpl.name}（${ownerShort}·${k}号机）`;
    const r: Omit<DemoResource, 'code'> = {
      name,
      kind: 'instrument',
      ownerOrg: owner,
      departmentCode: dep,
      townCode: town,
      address,
      contactName: contact(rng, title),
      contactPhone: mobile(rng),
      description: `${tpl.name}：${tpl.spec}。由${owner}管理，纳入县大型科研仪器共享目录，可通过创新券抵扣部分费用。`,
      tags: [...tpl.tags, '大型仪器'],
      availability,
    };
    if (ownerCreditCode) r.ownerCreditCode = ownerCreditCode;
    push(r);
  };
  for (const tpl of rng.sample(byFamily(JOINT_CENTRE_FAMILIES), 20)) {
    instrument(tpl, JOINT_CENTRE, '联合创新中心', 'kjj', JOINT_CENTRE_TOWN, JOINT_CENTRE_ADDRESS, 'by_appointment', '老师');
  }
  for (const tpl of rng.sample(byFamily(TESTING_CENTRE_FAMILIES), 15)) {
    instrument(tpl, TESTING_CENTRE, '县检验检测中心', 'scjgj', TESTING_CENTRE_TOWN, TESTING_CENTRE_ADDRESS, 'open', '主任');
  }
  const instrumentFirms = sharing.filter((e) => (INDUSTRY_BY_CODE.get(e.industryCode)?.instruments.length ?? 0) > 0);
  let placed = 0;
  for (let i = 0; placed < 115; i++) {
    const e = instrumentFirms[i % Math.min(instrumentFirms.length, 90)];
    if (!e) throw new Error('no enterprises for instruments');
    const families = INDUSTRY_BY_CODE.get(e.industryCode)?.instruments ?? [];
    const candidates = byFamily(families).filter((tpl) => !names.has(`${tpl.name}（${shortName(e.name)}）`));
    if (candidates.length === 0) continue;
    const tpl = rng.pick(candidates);
    instrument(tpl, e.name, shortName(e.name), 'kjj', e.townCode, e.address, rng.chance(0.7) ? 'by_appointment' : 'members_only', rng.pick(['经理', '主任', '先生', '女士']), e.creditCode);
    placed++;
  }

  // expert teams (30): 7 joint-centre teams, 5 public teams, 18 enterprise teams
  for (const [team, desc, tags] of JOINT_CENTRE_TEAMS) {
    push({
      name: `${JOINT_CENTRE}${team}`,
      kind: 'expert_team',
      ownerOrg: JOINT_CENTRE,
      departmentCode: 'kjj',
      townCode: JOINT_CENTRE_TOWN,
      address: JOINT_CENTRE_ADDRESS,
      contactName: contact(rng, '老师'),
      contactPhone: mobile(rng),
      description: `联合创新中心高水平创新团队，研究方向：${desc}。团队以硕士、博士为主，可承接企业技术攻关和难题解答。`,
      tags: [...tags, '创新团队', '联合创新中心'],
      availability: 'by_appointment',
    });
  }
  for (const f of FIXED_TEAMS) fromFixed(f, 'expert_team');
  const teamFirms = sharing.slice(0, 60);
  for (let i = 0, made = 0; made < 18; i++) {
    const e = teamFirms[(i * 7) % teamFirms.length];
    const form = ENTERPRISE_TEAM_FORMS[i % ENTERPRISE_TEAM_FORMS.length];
    if (!e || !form) throw new Error('no enterprises for teams');
    const name = `${e.name}${form[0]}`;
    if (names.has(name)) continue;
    push({
      name,
      kind: 'expert_team',
      ownerOrg: e.name,
      departmentCode: form[0] === '职工创新工作室' ? 'zgh' : form[0] === '博士后工作站' ? 'rsj' : form[0] === '院士专家工作站' ? 'kx' : 'kjj',
      townCode: e.townCode,
      address: e.address,
      contactName: contact(rng, rng.pick(['经理', '主任', '老师'])),
      contactPhone: mobile(rng),
      description: `${form[1]}。依托${e.name}，方向为${INDUSTRY_BY_CODE.get(e.industryCode)?.focus ?? '产品研发'}。`,
      tags: [...form[2], INDUSTRY_BY_CODE.get(e.industryCode)?.name ?? e.industryCode],
      availability: form[0] === '研究生联合培养导师团队' ? 'by_appointment' : 'members_only',
      ownerCreditCode: e.creditCode,
    });
    made++;
  }

  for (const f of FUNDS) fromFixed(f, 'fund');
  for (const f of INCUBATORS) fromFixed(f, 'incubator');
  for (const f of DATA_SETS) fromFixed(f, 'data');
  for (const f of OTHERS) fromFixed(f, 'other');

  if (out.length !== DEMO_COUNTS.resources) throw new Error(`resources: expected ${DEMO_COUNTS.resources}, got ${out.length}`);
  return out.map((r, i) => ({ code: `ZY-${pad(i + 1, 4)}`, ...r }));
}

// ───────────────────────────── experts ─────────────────────────────

const NSFC_SENIOR = ['重点项目', '重大项目', '国家杰出青年科学基金', '重点国际(地区)合作研究项目', '重大研究计划'];

function expertOrgType(org: string, sourceType: string | undefined): ExpertOrgType {
  if (/医院/.test(org)) return 'hospital';
  if (/公司|集团|企业/.test(org)) return 'enterprise';
  const withoutAcademy = org.replace(/科学院|社会科学院/g, '');
  if (/研究所|研究院|研究中心/.test(org)) return 'institute';
  if (/大学|学院|学校/.test(withoutAcademy)) return 'university';
  if (/科学院|社科院/.test(org)) return 'institute';
  if (sourceType && /高等|学校/.test(sourceType)) return 'university';
  if (sourceType && /社会科学院|社科院/.test(sourceType)) return 'institute';
  return 'other';
}

const TITLES: Readonly<Record<ExpertOrgType, readonly [string, string, string, string]>> = {
  university: ['教授', '副教授', '讲师', '助教'],
  institute: ['研究员', '副研究员', '助理研究员', '研究实习员'],
  hospital: ['主任医师', '副主任医师', '主治医师', '医师'],
  enterprise: ['正高级工程师', '高级工程师', '工程师', '助理工程师'],
  other: ['研究员', '副研究员', '助理研究员', '研究实习员'],
};
const RANK_INDEX: Readonly<Record<ExpertRank, 0 | 1 | 2 | 3>> = { 正高级: 0, 副高级: 1, 中级: 2, 初级: 3 };

function generateExperts(seed: number): DemoExpert[] {
  const rng = new Rng(seed, 'experts');
  return loadExpertRecords().map((rec): DemoExpert => {
    const types = rec.outputs.map((o) => o.type ?? '');
    let rank: ExpertRank;
    let rankInferred = false;
    const given = rec.attrs.rank;
    if (given === '正高级' || given === '副高级' || given === '中级' || given === '初级') rank = given;
    else {
      rankInferred = true;
      if (types.some((t) => NSFC_SENIOR.includes(t))) rank = '正高级';
      else if (types.filter((t) => t === '面上项目').length >= 2) rank = '正高级';
      else if (types.some((t) => t === '面上项目' || t === '一般项目' || t === '应急项目')) rank = '副高级';
      else rank = '中级';
    }
    const orgType = expertOrgType(rec.org, rec.attrs.orgType);
    const text = rec.outputs.map((o) => o.title).join('；');
    const fields = EXPERT_FIELDS.filter(([, kws]) => kws.some((k) => text.includes(k))).map(([f]) => f);
    const expert: DemoExpert = {
      code: rec.id,
      name: rec.name,
      title: TITLES[orgType][RANK_INDEX[rank]],
      rank,
      org: rec.org,
      orgType,
      region: inferRegion(rec.org, rec.attrs.province),
      disciplines: [rec.attrs.discipline ?? '管理科学'],
      fields: fields.length > 0 ? fields : ['创新管理'],
      outputs: rec.outputs.map((o) => ({ title: o.title, year: o.year ?? 0, type: o.type ?? '未注明' })),
      availability: rng.weighted(['available', 'busy', 'unavailable'] as const, (a) => (a === 'available' ? 6 : a === 'busy' ? 3 : 1)),
      consentToContact: rng.chance(0.85),
    };
    if (rankInferred) expert.rankInferred = true;
    return expert;
  });
}

// ───────────────────────────── talents ─────────────────────────────

function generateTalents(seed: number): DemoTalent[] {
  const rng = new Rng(seed, 'talents');
  const eduWeights: readonly (readonly [TalentEducation, number])[] = [['博士', 6], ['硕士', 30], ['本科', 44], ['大专', 20]];
  const out: DemoTalent[] = [];
  for (let i = 1; i <= DEMO_COUNTS.talents; i++) {
    const education = rng.weighted(eduWeights, (e) => e[1])[0];
    const majors = MAJORS.filter((m) => m.levels.includes(education));
    const major = rng.weighted(majors, (m) => m.weight);
    const maxExp = education === '博士' ? 18 : education === '硕士' ? 20 : 25;
    const experienceYears = Math.min(maxExp, Math.floor(Math.pow(rng.float(), 1.6) * (maxExp + 1)));
    const skills = rng.sample(major.skills, Math.min(major.skills.length, rng.int(2, 4)));
    const desiredTown = rng.chance(0.7) ? rng.weighted(TOWNS, (t) => t.weight).code : null;
    out.push({
      code: `T${pad(i, 4)}`,
      name: `人才T${pad(i, 4)}`,
      education,
      major: major.major,
      skills,
      experienceYears,
      desiredRole: rng.pick(major.roles),
      desiredTown,
    });
  }
  return out;
}

// ───────────────────────────── entry point ─────────────────────────────

export function generateDemoCounty(seed: number = DEFAULT_DEMO_SEED): DemoCounty {
  const enterprises = generateEnterprises(seed);
  return {
    tenant: { code: 'demo', name: '示范县', province: '浙江省', city: '示范市', regionCode: COUNTY_REGION_CODE },
    towns: TOWNS.map((t) => ({ code: t.code, name: t.name, kind: t.kind })),
    departments: DEPARTMENTS.map((d) => ({ code: d.code, name: d.name, shortName: d.shortName, isBureau: d.isBureau })),
    industries: INDUSTRIES.map((i) => ({ code: i.code, name: i.name })),
    serviceItems: generateServiceItems(),
    resources: generateResources(seed, enterprises),
    enterprises,
    experts: generateExperts(seed),
    talents: generateTalents(seed),
  };
}
