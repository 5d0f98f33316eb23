import type ExcelJS from 'exceljs';
import { normalizeUscc, statsImportHeaders, validateUscc, type EnterpriseSummary, type ImportReject, type YearlyStatsInput } from '@yunju/contracts';
import { AppError } from '../../platform/errors.ts';
import { headerTexts, loadFirstSheet, newSheet, workbookBuffer } from '../../platform/excel.ts';

/*
 * Yearly statistics as Excel: one sheet, Chinese headers (`statsImportHeaders`), one row per
 * enterprise and year, money in 万元 (converted to fen exactly: at most 6 decimals), counts as
 * whole numbers. Parsing is pure: it returns the rows and every reject (row, column, value, reason).
 */

type StatsKey = keyof YearlyStatsInput;
const MONEY: [string, StatsKey][] = [
  ['营业收入（万元）', 'revenueFen'],
  ['研发费用（万元）', 'rdSpendingFen'],
  ['高新技术产品收入（万元）', 'highTechRevenueFen'],
  ['出口额（万元）', 'exportFen'],
];
const COUNTS: [string, StatsKey][] = [
  ['从业人员', 'employees'],
  ['研发人员', 'rdStaff'],
  ['科技人员', 'techStaff'],
  ['发明专利申请', 'inventionApplied'],
  ['发明专利授权', 'inventionGranted'],
  ['实用新型申请', 'utilityApplied'],
  ['实用新型授权', 'utilityGranted'],
  ['有效发明专利', 'validInventionPatents'],
];
export const CODE_HEADER = '统一社会信用代码';
export const YEAR_HEADER = '年度';
const MAX_ROWS = 20_000;
const FEN_PER_WAN = 1_000_000;

export interface ParsedStatsRow {
  row: number;
  creditCode: string;
  year: number;
  stats: YearlyStatsInput;
}

const reject = (row: number, column: string, value: string, reasonZh: string, reasonEn: string): ImportReject => ({ row, column, value, reasonZh, reasonEn });

/** 万元 text → fen, exactly (no floating point): up to 6 decimals. */
export function wanToFen(text: string): number | undefined {
  const m = /^(\d{1,12})(?:\.(\d{1,6}))?$/.exec(text.replace(/,/g, ''));
  if (!m) return undefined;
  return Number(m[1]) * FEN_PER_WAN + Number((m[2] ?? '').padEnd(6, '0'));
}
export function fenToWan(fen: number): number {
  return fen / FEN_PER_WAN;
}

const loadSheet = (file: Buffer): Promise<ExcelJS.Worksheet> => loadFirstSheet(file, (_fault, detail) => new AppError('enterprise.import_file_invalid', { detail }));

/**
 * Reads the statistics sheet. `knownCodes`: credit codes on file in this county.
 * `maxYear`: the latest year statistics may be given for.
 */
export async function parseStatsWorkbook(file: Buffer, knownCodes: (codes: string[]) => Promise<Set<string>>, maxYear: number): Promise<{ rows: ParsedStatsRow[]; rejected: ImportReject[]; totalRows: number }> {
  const ws = await loadSheet(file);
  const headers = headerTexts(ws);
  const missing = statsImportHeaders.filter((h) => !headers.includes(h));
  if (missing.length) throw new AppError('enterprise.import_file_invalid', { detail: `Missing columns: ${missing.join(', ')}` });
  if (ws.rowCount - 1 > MAX_ROWS) throw new AppError('enterprise.import_file_invalid', { detail: `At most ${MAX_ROWS} rows per file` });
  const col = new Map(headers.map((h, i) => [h, i + 1]));
  const raw: { row: number; cells: Record<string, string> }[] = [];
  for (let n = 2; n <= ws.rowCount; n++) {
    const r = ws.getRow(n);
    const cells: Record<string, string> = {};
    let any = false;
    for (const h of statsImportHeaders) {
      const text = r.getCell(col.get(h)!).text.trim();
      cells[h] = text;
      if (text) any = true;
    }
    if (any) raw.push({ row: n, cells });
  }
  const codes = raw.map((r) => normalizeUscc(r.cells[CODE_HEADER] ?? ''));
  const known = await knownCodes([...new Set(codes.filter((c) => validateUscc(c).ok))]);
  const rejected: ImportReject[] = [];
  const rows: ParsedStatsRow[] = [];
  const seen = new Map<string, number>();
  raw.forEach((r, i) => {
    const before = rejected.length;
    const codeText = r.cells[CODE_HEADER] ?? '';
    const code = codes[i] ?? '';
    const v = validateUscc(code);
    if (!v.ok) rejected.push(reject(r.row, CODE_HEADER, codeText, v.messageZh, v.messageEn));
    else if (!known.has(code)) rejected.push(reject(r.row, CODE_HEADER, codeText, '本县企业名录中没有该统一社会信用代码，请先建档', 'No enterprise with this credit code is on file in this county'));
    const yearText = r.cells[YEAR_HEADER] ?? '';
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
    if (!(year >= 2000 && year <= maxYear)) rejected.push(reject(r.row, YEAR_HEADER, yearText, `年度应为 2000 至 ${maxYear} 之间的四位年份`, `Year must be a four-digit year from 2000 to ${maxYear}`));
    const stats: Partial<Record<StatsKey, number>> = {};
    for (const [h, key] of MONEY) {
      const text = r.cells[h] ?? '';
      const fen = text === '' ? undefined : wanToFen(text);
      if (fen === undefined) rejected.push(reject(r.row, h, text, text === '' ? '此项为必填项（没有请填 0）' : '应为不小于 0 的数字（万元，最多 6 位小数）', text === '' ? 'Required (enter 0 if none)' : 'Must be a non-negative number of 万元 with at most 6 decimals'));
      else stats[key] = fen;
    }
    for (const [h, key] of COUNTS) {
      const text = r.cells[h] ?? '';
      if (!/^\d{1,7}$/.test(text)) rejected.push(reject(r.row, h, text, text === '' ? '此项为必填项（没有请填 0）' : '应为不小于 0 的整数', text === '' ? 'Required (enter 0 if none)' : 'Must be a whole number, 0 or more'));
      else stats[key] = Number(text);
    }
    if (rejected.length === before) {
      const s = stats as YearlyStatsInput;
      if (s.highTechRevenueFen > s.revenueFen) rejected.push(reject(r.row, '高新技术产品收入（万元）', r.cells['高新技术产品收入（万元）'] ?? '', '高新技术产品收入不能大于营业收入', 'High-tech product revenue cannot exceed revenue'));
      if (s.rdStaff > s.employees) rejected.push(reject(r.row, '研发人员', r.cells['研发人员'] ?? '', '研发人员不能多于从业人员', 'R&D staff cannot exceed employees'));
      if (s.techStaff > s.employees) rejected.push(reject(r.row, '科技人员', r.cells['科技人员'] ?? '', '科技人员不能多于从业人员', 'S&T staff cannot exceed employees'));
      const key = `${code}:${year}`;
      const first = seen.get(key);
      if (first !== undefined) rejected.push(reject(r.row, CODE_HEADER, codeText, `与第 ${first} 行的企业和年度重复`, `Same enterprise and year as row ${first}`));
      else seen.set(key, r.row);
    }
    if (rejected.length === before) rows.push({ row: r.row, creditCode: code, year, stats: stats as YearlyStatsInput });
  });
  return { rows, rejected, totalRows: raw.length };
}

export interface StatsSheetRow {
  creditCode: string;
  year: number;
  stats: YearlyStatsInput;
}

/** The statistics of one year as a workbook that imports back unchanged. */
export async function buildStatsWorkbook(rows: StatsSheetRow[]): Promise<Buffer> {
  const { wb, ws } = newSheet(
    '年度统计',
    statsImportHeaders.map((h, i) => ({ header: h, key: h, width: i === 0 ? 22 : 14 })),
  );
  for (const r of rows) {
    const values: Record<string, string | number> = { [CODE_HEADER]: r.creditCode, [YEAR_HEADER]: r.year };
    for (const [h, key] of MONEY) values[h] = fenToWan(r.stats[key]);
    for (const [h, key] of COUNTS) values[h] = r.stats[key];
    ws.addRow(values);
  }
  return workbookBuffer(wb);
}

const sizeZh = { large: '大型', medium: '中型', small: '小型', micro: '微型' } as const;

/** An enterprise list view as a workbook. */
export async function buildEnterpriseListWorkbook(rows: EnterpriseSummary[], qualificationName: (kind: string) => string): Promise<Buffer> {
  const { wb, ws } = newSheet('企业名录', [
    { header: '统一社会信用代码', key: 'code', width: 22 },
    { header: '企业名称', key: 'name', width: 36 },
    { header: '乡镇（街道）', key: 'town', width: 12 },
    { header: '行业代码', key: 'industryCode', width: 10 },
    { header: '行业名称', key: 'industryName', width: 24 },
    { header: '企业规模', key: 'size', width: 8 },
    { header: '规上企业', key: 'above', width: 8 },
    { header: '资质', key: 'quals', width: 40 },
  ]);
  for (const e of rows) {
    ws.addRow({ code: e.creditCode, name: e.name, town: e.townName, industryCode: e.industryCode, industryName: e.industryName, size: sizeZh[e.size], above: e.isAboveScale ? '是' : '否', quals: e.qualifications.map(qualificationName).join('；') });
  }
  return workbookBuffer(wb);
}
