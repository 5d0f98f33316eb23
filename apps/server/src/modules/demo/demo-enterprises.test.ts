import { describe, expect, it } from 'vitest';
import { DEFAULT_DEMO_SEED, generateDemoCounty } from './generate-demo-county.ts';
import { DEMO_COVERAGE_TARGETS, generateEnterpriseFiles } from './demo-enterprises.ts';

const county = generateDemoCounty();
const files = generateEnterpriseFiles(county.enterprises, DEFAULT_DEMO_SEED);

/** The same definitions as refreshCoverage, applied to the generated records. */
function coverage(year: number) {
  const c = { total: 0, patent: 0, rdInstitution: 0, rdSpending: 0, iur: 0 };
  county.enterprises.forEach((e, i) => {
    const f = files[i]!;
    const s = f.stats.find((x) => x.year === year);
    if (!s || !/^[BCD]/.test(e.industryCode) || s.revenueFen < 2_000_000_000) return;
    c.total++;
    if (s.inventionApplied + s.inventionGranted + s.utilityApplied + s.utilityGranted + s.validInventionPatents > 0) c.patent++;
    if (f.rdInstitutionLevel !== 'none' && (f.rdInstitutionSince ?? 0) <= year) c.rdInstitution++;
    if (s.rdSpendingFen > 0) c.rdSpending++;
    if (f.cooperations.some((x) => x.startYear <= year && x.endYear >= year)) c.iur++;
  });
  return c;
}
const pct1 = (a: number, b: number) => Math.round((a / b) * 1000) / 10;

describe('demo enterprise files', () => {
  it('reproduce the seed report’s five-coverage picture in 2025', () => {
    const c = coverage(2025);
    expect(c.total).toBe(DEMO_COVERAGE_TARGETS.population);
    expect([pct1(c.rdSpending, c.total), pct1(c.patent, c.total), pct1(c.rdInstitution, c.total), pct1(c.iur, c.total)]).toEqual([100, 100, 97.6, 62.9]);
  });
  it('show rising coverage over 2021–2025', () => {
    const years = [2021, 2022, 2023, 2024, 2025].map(coverage);
    for (let k = 1; k < years.length; k++) {
      expect(years[k]!.iur / years[k]!.total).toBeGreaterThan(years[k - 1]!.iur / years[k - 1]!.total);
      expect(years[k]!.total).toBeGreaterThanOrEqual(years[k - 1]!.total);
    }
  });
  it('keep 2024 as generated and the 2024 roster of 600', () => {
    county.enterprises.forEach((e, i) => {
      const s = files[i]!.stats.find((x) => x.year === 2024);
      if (s) expect([s.revenueFen, s.rdSpendingFen, s.employees]).toEqual([e.revenue2024Fen, e.rdSpending2024Fen, e.employees2024]);
    });
    expect(coverage(2024).total).toBe(600);
    expect(files.filter((f) => f.isAboveScale).length).toBe(614);
  });
  it('use no personal names in contacts (surname + title only)', () => {
    for (const f of files) for (const c of f.contacts) expect(c.name).toMatch(/^.{1,2}(经理|会计)$/);
  });
});
