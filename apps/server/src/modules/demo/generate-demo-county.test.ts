import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateUscc } from '../../../../../packages/contracts/src/uscc.ts';
import type { QualificationKind } from './demo-county.types.ts';
import {
  classifySize,
  DEMO_AS_OF,
  DEMO_TIER_COUNTS,
  generateDemoCounty,
  highTechRdThreshold,
} from './generate-demo-county.ts';

const county = generateDemoCounty();
const { towns, departments, industries, serviceItems, resources, enterprises, experts, talents } = county;

function unique<T>(values: readonly T[]): boolean {
  return new Set(values).size === values.length;
}
function holders(kind: QualificationKind) {
  return enterprises.filter((e) => e.qualifications.some((q) => q.kind === kind));
}
function addYears(iso: string, n: number): string {
  return `${Number(iso.slice(0, 4)) + n}${iso.slice(4)}`;
}
const SIX_MONTHS_LATER = '2027-05-26';

describe('generateDemoCounty: counts', () => {
  it('produces the catalogue sizes of the seed report', () => {
    expect(county.tenant).toMatchObject({ code: 'demo', name: '示范县', province: '浙江省', city: '示范市' });
    expect(towns).toHaveLength(15);
    expect(departments).toHaveLength(33);
    expect(industries.length).toBeGreaterThanOrEqual(18);
    expect(serviceItems).toHaveLength(105);
    expect(resources).toHaveLength(385);
    expect(enterprises).toHaveLength(1500);
    expect(experts).toHaveLength(300);
    expect(talents).toHaveLength(400);
  });

  it('has all three kinds of township and exactly one science bureau', () => {
    expect(new Set(towns.map((t) => t.kind))).toEqual(new Set(['subdistrict', 'town', 'township']));
    expect(departments.filter((d) => d.isBureau)).toEqual([
      { code: 'kjj', name: '示范县科学技术局', shortName: '科技局', isBureau: true },
    ]);
  });

  it('covers every resource kind and every service category', () => {
    expect(new Set(resources.map((r) => r.kind))).toEqual(
      new Set(['lab', 'rd_platform', 'instrument', 'expert_team', 'fund', 'incubator', 'data', 'other']),
    );
    expect(new Set(serviceItems.map((s) => s.category))).toEqual(
      new Set(['project', 'talent', 'ip', 'finance', 'platform', 'transfer', 'policy', 'cultivation']),
    );
  });
});

describe('generateDemoCounty: uniqueness', () => {
  it('codes and names are unique', () => {
    expect(unique(towns.map((t) => t.code))).toBe(true);
    expect(unique(towns.map((t) => t.name))).toBe(true);
    expect(unique(departments.map((d) => d.code))).toBe(true);
    expect(unique(departments.map((d) => d.name))).toBe(true);
    expect(unique(industries.map((i) => i.code))).toBe(true);
    expect(unique(serviceItems.map((s) => s.code))).toBe(true);
    expect(unique(serviceItems.map((s) => s.name))).toBe(true);
    expect(unique(resources.map((r) => r.code))).toBe(true);
    expect(unique(resources.map((r) => r.name))).toBe(true);
    expect(unique(enterprises.map((e) => e.creditCode))).toBe(true);
    expect(unique(enterprises.map((e) => e.name))).toBe(true);
    expect(unique(experts.map((e) => e.code))).toBe(true);
    expect(unique(talents.map((t) => t.code))).toBe(true);
    expect(unique(talents.map((t) => t.name))).toBe(true);
  });

  it('certificate numbers are unique per qualification kind', () => {
    const byKind = new Map<string, string[]>();
    for (const e of enterprises) for (const q of e.qualifications) byKind.set(q.kind, [...(byKind.get(q.kind) ?? []), q.certificateNo]);
    for (const [kind, nos] of byKind) {
      expect(nos.every((n) => n.length > 0), kind).toBe(true);
      expect(unique(nos), kind).toBe(true);
    }
  });
});

describe('generateDemoCounty: enterprises', () => {
  it('every credit code is a valid GB 32100-2015 code of an enterprise in region 330699', () => {
    for (const e of enterprises) {
      expect(validateUscc(e.creditCode), e.creditCode).toEqual({ ok: true });
      expect(e.creditCode.slice(0, 8)).toBe('91330699');
    }
  });

  it('names are fictional 示范… companies and people appear only as 某某', () => {
    for (const e of enterprises) {
      expect(e.name).toMatch(/^示范\p{Script=Han}{2}\p{Script=Han}+(股份)?有限公司$/u);
      expect(e.legalRepresentative).toMatch(/^\p{Script=Han}某某$/u);
      expect(e.contactPhone).toMatch(/^0575-8\d{7}$/);
      expect(e.foundedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('money and head counts are consistent integers', () => {
    for (const e of enterprises) {
      expect(Number.isInteger(e.revenue2024Fen) && e.revenue2024Fen > 0).toBe(true);
      expect(Number.isInteger(e.rdSpending2024Fen) && e.rdSpending2024Fen >= 0).toBe(true);
      expect(Number.isInteger(e.employees2024) && e.employees2024 > 0).toBe(true);
      expect(e.rdSpending2024Fen).toBeLessThan(e.revenue2024Fen * 0.1);
      expect(e.isAboveScale).toBe(e.revenue2024Fen >= 2_000_000_000);
      expect(e.size).toBe(classifySize(e.industryCode, e.employees2024, e.revenue2024Fen));
    }
  });

  it('has about 600 above-scale enterprises whose aggregate R&D intensity is ≈ 3.45 %', () => {
    const above = enterprises.filter((e) => e.isAboveScale);
    expect(above.length).toBeGreaterThanOrEqual(570);
    expect(above.length).toBeLessThanOrEqual(630);
    const revenue = above.reduce((s, e) => s + e.revenue2024Fen, 0);
    const rd = above.reduce((s, e) => s + e.rdSpending2024Fen, 0);
    expect(rd / revenue).toBeGreaterThan(0.034);
    expect(rd / revenue).toBeLessThan(0.035);
    expect(above.every((e) => e.rdSpending2024Fen > 0)).toBe(true); // R&D spending "full coverage"
    expect(enterprises.filter((e) => e.revenue2024Fen >= 1_000_000_000_000)).toHaveLength(4); // > 100 亿元
  });

  it('skews towards machinery, bearings, pharmaceuticals and auto parts', () => {
    const share = (prefixes: string[]) => enterprises.filter((e) => prefixes.some((p) => e.industryCode.startsWith(p))).length / enterprises.length;
    expect(share(['C345', 'C355', 'C3670', 'C27', 'C3484', 'C3464'])).toBeGreaterThan(0.5);
    const perTown = new Map<string, number>();
    for (const e of enterprises) perTown.set(e.townCode, (perTown.get(e.townCode) ?? 0) + 1);
    expect(perTown.size).toBe(towns.length);
  });
});

describe('generateDemoCounty: tier counts and certificates', () => {
  it('matches the seed report tier counts exactly', () => {
    for (const [kind, n] of Object.entries(DEMO_TIER_COUNTS) as [QualificationKind, number][]) {
      expect(holders(kind), kind).toHaveLength(n);
    }
    expect(holders('high_tech')).toHaveLength(327);
    expect(holders('tech_sme')).toHaveLength(894);
    expect(holders('tech_leader')).toHaveLength(2);
    expect(holders('tech_little_giant')).toHaveLength(3);
    expect(holders('srdi_little_giant')).toHaveLength(16);
    expect(holders('eagle')).toHaveLength(4);
    expect(holders('hidden_champion')).toHaveLength(9);
    expect(holders('single_champion')).toHaveLength(5);
    expect(holders('listed')).toHaveLength(15);
    const eagles = enterprises.flatMap((e) => e.qualifications.filter((q) => q.kind === 'eagle'));
    expect(eagles.filter((q) => q.stage === 'certified')).toHaveLength(3);
  });

  it('no enterprise holds the same kind twice', () => {
    for (const e of enterprises) expect(unique(e.qualifications.map((q) => q.kind))).toBe(true);
  });

  it('qualifications respect their eligibility rules', () => {
    for (const e of holders('high_tech')) {
      expect(e.rdSpending2024Fen / e.revenue2024Fen).toBeGreaterThanOrEqual(highTechRdThreshold(e.revenue2024Fen));
      expect((e.rdStaff2024 ?? 0) / e.employees2024).toBeGreaterThanOrEqual(0.1);
    }
    for (const e of holders('tech_sme')) {
      expect(e.employees2024).toBeLessThanOrEqual(500);
      expect(e.revenue2024Fen).toBeLessThanOrEqual(20_000_000_000);
    }
    for (const e of holders('srdi_little_giant')) {
      expect(e.size).not.toBe('large');
      expect(e.qualifications.some((q) => q.kind === 'srdi_sme')).toBe(true);
    }
    for (const kind of ['listed', 'tech_leader', 'single_champion', 'srdi_little_giant'] as const) {
      for (const e of holders(kind)) expect(e.qualifications.some((q) => q.kind === 'high_tech'), kind).toBe(true);
    }
  });

  it('high-tech certificates: issued 2022–2024, valid three years, some expiring within six months of the demo date', () => {
    const ht = enterprises.flatMap((e) => e.qualifications.filter((q) => q.kind === 'high_tech'));
    for (const q of ht) {
      expect(q.issuedOn >= '2022-01-01' && q.issuedOn <= '2024-12-31').toBe(true);
      expect(q.expiresOn).toBe(addYears(q.issuedOn, 3));
      expect(q.certificateNo).toMatch(/^GR20(22|23|24)33\d{6}$/);
    }
    const soon = ht.filter((q) => (q.expiresOn ?? '') >= DEMO_AS_OF && (q.expiresOn ?? '') <= SIX_MONTHS_LATER);
    expect(soon.length).toBeGreaterThan(20);
  });

  it('other time-limited titles are valid on the demo date; every firm was founded before its first certificate', () => {
    for (const e of enterprises) {
      for (const q of e.qualifications) {
        if (q.expiresOn !== null) expect(q.expiresOn > q.issuedOn).toBe(true);
        if (q.kind !== 'high_tech' && q.expiresOn !== null) expect(q.expiresOn >= DEMO_AS_OF, `${q.kind} ${q.expiresOn}`).toBe(true);
        expect(e.foundedOn < q.issuedOn).toBe(true);
      }
    }
  });
});

describe('generateDemoCounty: referential integrity', () => {
  const townCodes = new Set(towns.map((t) => t.code));
  const deptCodes = new Set(departments.map((d) => d.code));
  const industryCodes = new Set(industries.map((i) => i.code));

  it('every referenced department, town and industry exists', () => {
    for (const s of serviceItems) {
      expect(deptCodes.has(s.leadDepartmentCode), s.name).toBe(true);
      for (const c of s.coDepartmentCodes) expect(deptCodes.has(c), `${s.name} → ${c}`).toBe(true);
    }
    for (const r of resources) {
      expect(deptCodes.has(r.departmentCode), r.name).toBe(true);
      expect(townCodes.has(r.townCode), r.name).toBe(true);
    }
    for (const e of enterprises) {
      expect(townCodes.has(e.townCode)).toBe(true);
      expect(industryCodes.has(e.industryCode)).toBe(true);
    }
    for (const t of talents) if (t.desiredTown !== null) expect(townCodes.has(t.desiredTown)).toBe(true);
  });

  it('resources owned by generated enterprises point at them', () => {
    const byCode = new Map(enterprises.map((e) => [e.creditCode, e]));
    const owned = resources.filter((r) => r.ownerCreditCode !== undefined);
    expect(owned.length).toBeGreaterThan(200);
    for (const r of owned) expect(byCode.get(r.ownerCreditCode ?? '')?.name).toBe(r.ownerOrg);
  });

  it('industry codes are GB/T 4754-2017 style section + 4 digits', () => {
    for (const i of industries) expect(i.code).toMatch(/^[A-T]\d{4}$/);
  });
});

describe('generateDemoCounty: service catalogue', () => {
  it('every department leads or co-handles at least one item, and the science bureau leads the most', () => {
    const involved = new Set(serviceItems.flatMap((s) => [s.leadDepartmentCode, ...s.coDepartmentCodes]));
    for (const d of departments) expect(involved.has(d.code), d.code).toBe(true);
    const leads = new Map<string, number>();
    for (const s of serviceItems) leads.set(s.leadDepartmentCode, (leads.get(s.leadDepartmentCode) ?? 0) + 1);
    const kjj = leads.get('kjj') ?? 0;
    for (const [code, n] of leads) if (code !== 'kjj') expect(n).toBeLessThan(kjj);
  });

  it('items are well-formed', () => {
    for (const s of serviceItems) {
      expect(s.code).toMatch(/^[A-Z]{2}-\d{3}$/);
      expect(Number.isInteger(s.promisedDays) && s.promisedDays >= 1 && s.promisedDays <= 30).toBe(true);
      expect(s.coDepartmentCodes.length).toBeLessThanOrEqual(3);
      expect(s.coDepartmentCodes).not.toContain(s.leadDepartmentCode);
      expect(unique(s.coDepartmentCodes)).toBe(true);
      expect(s.channels.length).toBeGreaterThan(0);
      expect(s.conditions.length).toBeGreaterThan(0);
      expect(s.materials.length).toBeGreaterThan(0);
      expect(s.materials.some((m) => m.required)).toBe(true);
      expect(s.legalBasis).toMatch(/《.+》/);
      expect(s.description.length).toBeGreaterThan(10);
    }
  });
});

describe('generateDemoCounty: people are never named', () => {
  it('contacts are surname + title only', () => {
    for (const r of resources) {
      expect(r.contactName).toMatch(/^\p{Script=Han}(老师|经理|主任|先生|女士)$/u);
      expect(r.contactPhone).toMatch(/^13900\d{6}$/);
    }
  });

  it('experts and talents carry pseudonyms', () => {
    for (const e of experts) {
      expect(e.name).toBe(`专家${e.code.slice(0, 8)}`);
      expect(e.code).toMatch(/^E[0-9a-f]{12}$/);
      expect(e.outputs.length).toBeGreaterThan(0);
      expect(e.fields.length).toBeGreaterThan(0);
    }
    for (const t of talents) expect(t.name).toBe(`人才${t.code}`);
  });

  const corpus = '/work/shared/eval/matching/experts/corpus.jsonl';
  it.skipIf(!existsSync(corpus))('experts.jsonl is a verbatim subset of the pseudonymised corpus', () => {
    const source = new Set(readFileSync(corpus, 'utf8').split('\n'));
    const copied = readFileSync(new URL('./data/experts.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean);
    expect(copied).toHaveLength(300);
    for (const line of copied) expect(source.has(line)).toBe(true);
  });
});

describe('generateDemoCounty: determinism, purity, speed', () => {
  it('is deterministic for a seed and varies with it', () => {
    expect(generateDemoCounty()).toEqual(county);
    expect(generateDemoCounty(20241209)).toEqual(county);
    const other = generateDemoCounty(7);
    expect(other.enterprises.map((e) => e.creditCode)).not.toEqual(county.enterprises.map((e) => e.creditCode));
    expect(other.enterprises).toHaveLength(1500);
    expect(holders('high_tech')).toHaveLength(other.enterprises.filter((e) => e.qualifications.some((q) => q.kind === 'high_tech')).length);
  });

  it('does not import a database or HTTP library nor use Math.random or the clock', () => {
    const src = readFileSync(new URL('./generate-demo-county.ts', import.meta.url), 'utf8');
    expect(src).not.toMatch(/from ['"](pg|drizzle-orm[^'"]*|fastify[^'"]*|@electric-sql\/[^'"]*|node:http|node:https|undici)['"]/);
    expect(src).not.toMatch(/Math\.random|Date\.now|new Date\(\)/);
  });

  it('runs in well under a second', () => {
    const t0 = performance.now();
    generateDemoCounty(12345);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
