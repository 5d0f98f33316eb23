import ExcelJS from 'exceljs';
import { computeUsccCheckChar, statsImportHeaders } from '@yunju/contracts';
import { and, count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as schema from '../../platform/schema.ts';
import { useTestApp } from '../../../test/harness.ts';
import { postFile } from '../../../test/multipart.ts';

const t = useTestApp();
const N = 1000;
const YEAR = 2025;

/** Deterministic PRNG so the file is the same every run. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

interface Firm {
  code: string;
  industrial: boolean;
  institution: boolean;
  iur: boolean;
  highTech: boolean;
}
const firms: Firm[] = [];

function codeOf(i: number): string {
  const first17 = `91330699MA${String(i).padStart(6, '0')}X`.slice(0, 17);
  return first17 + computeUsccCheckChar(first17);
}

/** One sheet row per firm: some below 2,000 万 revenue, some without patents or R&D. */
function rowsOf(): (string | number)[][] {
  const r = rng(42);
  return firms.map((f) => {
    const revenueWan = r() < 0.15 ? Math.round(500 + r() * 1400) : Math.round(2000 + r() * 50000);
    const rdWan = r() < 0.1 ? 0 : Math.round(revenueWan * (0.01 + r() * 0.04) * 100) / 100;
    const patents = r() < 0.2 ? [0, 0, 0, 0, 0] : [Math.floor(r() * 3), Math.floor(r() * 2), Math.floor(r() * 5), Math.floor(r() * 4), Math.floor(r() * 6)];
    const employees = 50 + Math.floor(r() * 500);
    return [f.code, YEAR, revenueWan, rdWan, Math.round(revenueWan * r() * 0.8), 0, employees, Math.floor(employees * 0.1), Math.floor(employees * 0.12), patents[0]!, patents[1]!, patents[2]!, patents[3]!, patents[1]! + patents[4]!];
  });
}

async function workbookOf(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('年度统计');
  ws.addRow([...statsImportHeaders]);
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

beforeAll(async () => {
  const db = t.database.db;
  await db.insert(schema.industries).values({ code: 'I6510', name: '软件开发' }).onConflictDoNothing();
  const r = rng(7);
  for (let i = 0; i < N; i++) firms.push({ code: codeOf(i), industrial: r() > 0.1, institution: r() > 0.05, iur: r() > 0.35, highTech: r() > 0.45 });
  const rows = await db
    .insert(schema.enterprises)
    .values(
      firms.map((f, i) => ({
        tenantId: t.fixture.tenantId,
        creditCode: f.code,
        name: `测试导入企业${String(i).padStart(4, '0')}有限公司`,
        townId: i % 2 ? t.fixture.towns.a : t.fixture.towns.b,
        industryCode: f.industrial ? 'C3451' : 'I6510',
        size: 'small' as const,
        isAboveScale: true,
        address: '测试地址',
        rdInstitutionLevel: f.institution ? ('county' as const) : ('none' as const),
        rdInstitutionName: f.institution ? '企业研发中心' : null,
        rdInstitutionSince: f.institution ? 2020 : null,
      })),
    )
    .returning({ id: schema.enterprises.id });
  const ids = rows.map((x) => x.id);
  await db.insert(schema.enterpriseCooperations).values(
    firms.flatMap((f, i) => (f.iur ? [{ tenantId: t.fixture.tenantId, enterpriseId: ids[i]!, partner: '测试大学', partnerKind: 'university' as const, project: '合作项目', startYear: 2024, endYear: 2026 }] : [])),
  );
  await db.insert(schema.enterpriseQualifications).values(
    firms.flatMap((f, i) => (f.highTech ? [{ tenantId: t.fixture.tenantId, enterpriseId: ids[i]!, kind: 'high_tech', level: 'national' as const, certificateNo: `GR2024${i}`, issuedOn: '2024-12-01', expiresOn: '2027-11-30' }] : [])),
  );
});

async function statsCount(year: number): Promise<number> {
  const [r] = await t.database.db.select({ n: count() }).from(schema.enterpriseYearlyStats).where(and(eq(schema.enterpriseYearlyStats.tenantId, t.fixture.tenantId), eq(schema.enterpriseYearlyStats.year, year)));
  return r?.n ?? 0;
}

describe('POST /api/enterprises/stats/import (1,000 enterprises)', () => {
  it('reports exactly the 3 bad rows (row, column, value, reason) and writes nothing', async () => {
    const rows = rowsOf();
    const badCode = rows[10]![0] as string;
    rows[10]![0] = badCode.slice(0, 17) + (badCode.endsWith('0') ? '1' : '0'); // sheet row 12: wrong check character
    rows[500]![1] = '二〇二五'; // sheet row 502: year not a number
    rows[998]![2] = -35; // sheet row 1000: negative revenue
    const res = await postFile(t, await t.login('officer'), '/api/enterprises/stats/import', 'stats.xlsx', await workbookOf(rows));
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({ committed: false, totalRows: N, created: 0, updated: 0 });
    expect(report.rejected.map((x: { row: number }) => x.row)).toEqual([12, 502, 1000]);
    expect(report.rejected[0]).toMatchObject({ column: '统一社会信用代码', value: rows[10]![0], reasonZh: `第 18 位校验码应为 ${badCode.charAt(17)}，实际为 ${(rows[10]![0] as string).charAt(17)}` });
    expect(report.rejected[1]).toMatchObject({ column: '年度', value: '二〇二五' });
    expect(report.rejected[2]).toMatchObject({ column: '营业收入（万元）', value: '-35' });
    expect(await statsCount(YEAR)).toBe(0);
  });

  it('imports the corrected file; a second import changes nothing; coverage equals an independent count over the file', async () => {
    const file = await workbookOf(rowsOf());
    const s = await t.login('officer');
    const res = await postFile(t, s, '/api/enterprises/stats/import', 'stats.xlsx', file);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ committed: true, totalRows: N, created: N, updated: 0, unchanged: 0, rejected: [], years: [YEAR] });
    expect(await statsCount(YEAR)).toBe(N);

    const again = await postFile(t, s, '/api/enterprises/stats/import', 'stats.xlsx', file);
    expect(again.json()).toMatchObject({ committed: true, created: 0, updated: 0, unchanged: N });
    expect(await statsCount(YEAR)).toBe(N);

    // independent count: read the workbook back and apply the published definitions
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const byCode = new Map(firms.map((f) => [f.code, f]));
    const expected = { total: 0, patent: 0, rd_spending: 0, rd_institution: 0, iur: 0, high_tech: 0 };
    ws.eachRow((row, n) => {
      if (n === 1) return;
      const v = (i: number) => Number(row.getCell(i).value);
      const f = byCode.get(String(row.getCell(1).value))!;
      if (!f.industrial || v(3) < 2000) return;
      expected.total++;
      if (v(10) + v(11) + v(12) + v(13) + v(14) > 0) expected.patent++;
      if (v(4) > 0) expected.rd_spending++;
      if (f.institution) expected.rd_institution++;
      if (f.iur) expected.iur++;
      if (f.highTech) expected.high_tech++;
    });
    expect(expected.total).toBeGreaterThan(600);
    const dash = (await t.as(await t.login('leader'), 'GET', `/api/coverage/dashboard?year=${YEAR}`)).json();
    expect({ total: dash.county.total, ...dash.county.covered }).toEqual(expected);
    expect(dash.county.rates.iur).toBeCloseTo(expected.iur / expected.total, 10);
    expect(dash.byTown.reduce((a: number, c: { total: number }) => a + c.total, 0)).toBe(expected.total);

    // a changed row updates only that row
    const rows = rowsOf();
    rows[3]![3] = 0;
    const third = await postFile(t, s, '/api/enterprises/stats/import', 'stats.xlsx', await workbookOf(rows));
    expect(third.json()).toMatchObject({ created: 0, updated: 1, unchanged: N - 1 });
  });

  it('is forbidden to the leader and the enterprise', async () => {
    const file = await workbookOf(rowsOf().slice(0, 2));
    expect((await postFile(t, await t.login('leader'), '/api/enterprises/stats/import', 'stats.xlsx', file)).statusCode).toBe(403);
    expect((await postFile(t, await t.login('enterprise'), '/api/enterprises/stats/import', 'stats.xlsx', file)).statusCode).toBe(403);
  });

  it('rejects a file that is not a workbook, or lacks columns', async () => {
    const s = await t.login('officer');
    const notXlsx = await postFile(t, s, '/api/enterprises/stats/import', 'stats.xlsx', Buffer.from('hello'));
    expect(notXlsx.statusCode).toBe(400);
    expect(notXlsx.json().code).toBe('enterprise.import_file_invalid');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('x').addRow(['统一社会信用代码', '年度']);
    const missing = await postFile(t, s, '/api/enterprises/stats/import', 'stats.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(missing.statusCode).toBe(400);
    const wrongName = await postFile(t, s, '/api/enterprises/stats/import', 'stats.csv', Buffer.from('a,b'));
    expect(wrongName.statusCode).toBe(400);
    expect(wrongName.json().errors[0].path).toBe('file');
  });
});

describe('statistics export and template', () => {
  it('exports a year that imports back unchanged; template has the headers', async () => {
    const s = await t.login('officer');
    const exp = await t.as(s, 'GET', `/api/enterprises/stats/export.xlsx?year=${YEAR}`);
    expect(exp.statusCode).toBe(200);
    const back = await postFile(t, s, '/api/enterprises/stats/import', 'back.xlsx', exp.rawPayload);
    expect(back.json()).toMatchObject({ committed: true, created: 0, updated: 0 });
    const tpl = await t.as(s, 'GET', '/api/enterprises/stats/template.xlsx');
    expect(tpl.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(tpl.rawPayload as unknown as ArrayBuffer);
    expect((wb.worksheets[0]!.getRow(1).values as unknown[]).slice(1)).toEqual([...statsImportHeaders]);
  });
  it('is forbidden to the enterprise; a bad year is 400', async () => {
    expect((await t.as(await t.login('enterprise'), 'GET', `/api/enterprises/stats/export.xlsx?year=${YEAR}`)).statusCode).toBe(403);
    expect((await t.as(await t.login('enterprise'), 'GET', '/api/enterprises/stats/template.xlsx')).statusCode).toBe(403);
    expect((await t.as(await t.login('officer'), 'GET', '/api/enterprises/stats/export.xlsx?year=19')).statusCode).toBe(400);
  });
});
