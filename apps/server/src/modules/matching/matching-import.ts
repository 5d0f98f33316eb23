import type ExcelJS from 'exceljs';
import { ExpertInput, MatchTeamInput, TalentInput, TransferOutputInput, type ImportKind, type MatchImportReject } from '@yunju/contracts';
import type { z } from 'zod';
import { loadFirstSheet, newSheet, workbookBuffer } from '../../platform/excel.ts';

/**
 * Bulk profile files (pure: bytes in, validated rows and row-level rejects out).
 * Excel: the first sheet, Chinese headers in row 1 (the template), one profile per row; lists
 * separated by ；/;/、, outputs as `年份|类型|标题` separated by ；. JSON Lines: one JSON object per
 * line with the API field names (ExpertInput, MatchTeamInput, TalentInput, TransferOutputInput).
 */

interface Column {
  field: string;
  header: string;
  kind: 'text' | 'int' | 'list' | 'bool' | 'outputs' | 'enum' | 'nullableText' | 'nullableInt';
  /** zh label → code for enums (codes are accepted too). */
  labels?: Record<string, string>;
}

const orgTypes = { 高校: 'university', 高等院校: 'university', 科研院所: 'institute', 企业: 'enterprise', 医院: 'hospital', 医疗机构: 'hospital', 其他: 'other' };
const availabilities = { 可对接: 'available', 较忙: 'busy', 暂不可对接: 'unavailable', 暂不可: 'unavailable' };
const outputTypes = { 论文: 'paper', 专利: 'patent', 项目: 'project', 标准: 'standard', 软件著作权: 'software', 软著: 'software', 奖励: 'award', 其他: 'other' };
const transferModes = { 转让: 'assignment', 许可: 'license', 合作开发: 'joint_development', 作价入股: 'equity', 其他: 'other' };

export const importColumns: Record<ImportKind, Column[]> = {
  experts: [
    { field: 'code', header: '编码', kind: 'text' },
    { field: 'name', header: '姓名', kind: 'text' },
    { field: 'title', header: '职称', kind: 'text' },
    { field: 'rank', header: '职称级别', kind: 'text' },
    { field: 'org', header: '工作单位', kind: 'text' },
    { field: 'orgType', header: '单位类型', kind: 'enum', labels: orgTypes },
    { field: 'region', header: '所在地区', kind: 'text' },
    { field: 'disciplines', header: '学科', kind: 'list' },
    { field: 'fields', header: '研究方向', kind: 'list' },
    { field: 'outputs', header: '成果（年份|类型|标题）', kind: 'outputs' },
    { field: 'availability', header: '对接状态', kind: 'enum', labels: availabilities },
    { field: 'consentToContact', header: '同意被联系', kind: 'bool' },
    { field: 'contactPhone', header: '联系电话', kind: 'nullableText' },
    { field: 'contactEmail', header: '电子邮箱', kind: 'nullableText' },
  ],
  teams: [
    { field: 'code', header: '编码', kind: 'text' },
    { field: 'name', header: '团队名称', kind: 'text' },
    { field: 'org', header: '依托单位', kind: 'text' },
    { field: 'orgType', header: '单位类型', kind: 'enum', labels: orgTypes },
    { field: 'region', header: '所在地区', kind: 'text' },
    { field: 'leaderName', header: '负责人', kind: 'text' },
    { field: 'memberCount', header: '成员人数', kind: 'int' },
    { field: 'fields', header: '研究方向', kind: 'list' },
    { field: 'description', header: '团队简介', kind: 'text' },
    { field: 'outputs', header: '成果（年份|类型|标题）', kind: 'outputs' },
    { field: 'availability', header: '对接状态', kind: 'enum', labels: availabilities },
  ],
  talents: [
    { field: 'code', header: '编码', kind: 'text' },
    { field: 'name', header: '姓名', kind: 'text' },
    { field: 'education', header: '学历', kind: 'text' },
    { field: 'major', header: '专业', kind: 'text' },
    { field: 'skills', header: '技能', kind: 'list' },
    { field: 'experienceYears', header: '工作年限', kind: 'int' },
    { field: 'experience', header: '工作经历', kind: 'text' },
    { field: 'desiredRole', header: '意向岗位', kind: 'text' },
    { field: 'desiredPlace', header: '意向地点', kind: 'text' },
    { field: 'contactPhone', header: '联系电话', kind: 'nullableText' },
  ],
  outputs: [
    { field: 'code', header: '编码', kind: 'text' },
    { field: 'title', header: '成果名称', kind: 'text' },
    { field: 'type', header: '成果类型', kind: 'enum', labels: outputTypes },
    { field: 'year', header: '年份', kind: 'int' },
    { field: 'ownerOrg', header: '所属单位', kind: 'text' },
    { field: 'fields', header: '技术领域', kind: 'list' },
    { field: 'description', header: '成果简介', kind: 'text' },
    { field: 'transferMode', header: '转化方式', kind: 'enum', labels: transferModes },
    { field: 'askingPriceYuan', header: '意向价格（元）', kind: 'nullableInt' },
  ],
};

export const importSchemas = { experts: ExpertInput, teams: MatchTeamInput, talents: TalentInput, outputs: TransferOutputInput } as const;
export type ImportInput<K extends ImportKind> = z.infer<(typeof importSchemas)[K]>;

export interface ParsedImport<K extends ImportKind> {
  format: 'xlsx' | 'jsonl';
  rows: { row: number; input: ImportInput<K> }[];
  rejected: MatchImportReject[];
  totalRows: number;
}

export class ImportFileError extends Error {}

/** Text columns that may be left empty in a sheet (an empty cell is then omitted, not ''). */
const OPTIONAL_TEXT_FIELDS = ['description', 'experience', 'desiredPlace'];

const splitList = (s: string) =>
  s
    .split(/[；;、\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

function cellValue(c: Column, text: string): unknown {
  const t = text.trim();
  switch (c.kind) {
    case 'text':
      return t;
    case 'nullableText':
      return t === '' ? null : t;
    case 'int':
      return t === '' ? undefined : /^-?\d+$/.test(t) ? Number(t) : t;
    case 'nullableInt':
      return t === '' ? null : /^-?\d+$/.test(t) ? Number(t) : t;
    case 'list':
      return splitList(t);
    case 'bool':
      return ['是', 'true', 'TRUE', '1', 'Y', 'y'].includes(t) ? true : ['否', 'false', 'FALSE', '0', 'N', 'n', ''].includes(t) ? false : t;
    case 'enum':
      return c.labels?.[t] ?? t;
    case 'outputs':
      return t
        .split(/[；;\n]/)
        .map((x) => x.trim())
        .filter(Boolean)
        .map((x) => {
          const [year, type, ...title] = x.split('|');
          const y = (year ?? '').trim();
          return { year: /^\d+$/.test(y) ? Number(y) : y, type: outputTypes[(type ?? '').trim() as keyof typeof outputTypes] ?? (type ?? '').trim(), title: title.join('|').trim() };
        });
  }
}

function rejectsOf(kind: ImportKind, row: number, err: z.ZodError, raw: Record<string, unknown>, rawText: (field: string) => string): MatchImportReject[] {
  return err.issues.map((i) => {
    const field = String(i.path[0] ?? '');
    const col = importColumns[kind].find((c) => c.field === field);
    const path = i.path.join('.');
    return {
      row,
      field: path || field,
      column: col?.header ?? field,
      value: rawText(field) || (raw[field] === undefined ? '' : JSON.stringify(raw[field])),
      reasonZh: i.code === 'invalid_type' && raw[field] === undefined ? '必填项为空' : `取值不符合要求（${i.message}）`,
      reasonEn: i.code === 'invalid_type' && raw[field] === undefined ? 'Required' : i.message,
    };
  });
}

const cellText = (cell: ExcelJS.Cell): string => {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return cell.text ?? '';
};

export async function parseImportFile<K extends ImportKind>(kind: K, fileName: string, data: Buffer): Promise<ParsedImport<K>> {
  const schema = importSchemas[kind];
  const rows: { row: number; input: ImportInput<K> }[] = [];
  const rejected: MatchImportReject[] = [];
  const codes = new Map<string, number>();
  const checkCode = (row: number, code: unknown, column: string): boolean => {
    if (typeof code !== 'string' || !code) return true;
    const first = codes.get(code);
    if (first !== undefined) {
      rejected.push({ row, field: 'code', column, value: code, reasonZh: `与第 ${first} 行编码重复`, reasonEn: `Same code as row ${first}` });
      return false;
    }
    codes.set(code, row);
    return true;
  };
  /** Validates one row's object: a row to import, or its rejects. */
  const accept = (row: number, obj: Record<string, unknown>, rawText: (field: string) => string) => {
    const parsed = schema.safeParse(obj);
    if (!parsed.success) rejected.push(...rejectsOf(kind, row, parsed.error, obj, rawText));
    else if (checkCode(row, obj.code, '编码')) rows.push({ row, input: parsed.data as ImportInput<K> });
  };

  if (/\.jsonl?$/i.test(fileName) || /\.ndjson$/i.test(fileName)) {
    const lines = data.toString('utf8').split(/\r?\n/);
    let total = 0;
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      total++;
      const row = i + 1;
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch {
        rejected.push({ row, field: '', column: '', value: line.slice(0, 100), reasonZh: '不是有效的 JSON', reasonEn: 'Not valid JSON' });
        return;
      }
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        rejected.push({ row, field: '', column: '', value: line.slice(0, 100), reasonZh: '每行须为一个 JSON 对象', reasonEn: 'Each line must be a JSON object' });
        return;
      }
      accept(row, raw as Record<string, unknown>, () => '');
    });
    return { format: 'jsonl', rows, rejected, totalRows: total };
  }

  if (!/\.xlsx$/i.test(fileName)) throw new ImportFileError('extension');
  const ws = await loadFirstSheet(data, (fault) => new ImportFileError(fault === 'no_sheet' ? 'no sheet' : 'not xlsx'));
  const headerRow = ws.getRow(1);
  const positions = new Map<string, number>();
  headerRow.eachCell((cell, col) => positions.set(cellText(cell).trim(), col));
  const cols = importColumns[kind];
  const required = cols.filter((c) => c.field === 'code' || c.kind === 'text' || c.kind === 'enum' || c.kind === 'int').filter((c) => !OPTIONAL_TEXT_FIELDS.includes(c.field));
  if (required.some((c) => !positions.has(c.header))) throw new ImportFileError('columns');
  let total = 0;
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const texts = new Map<string, string>();
    for (const c of cols) {
      const p = positions.get(c.header);
      texts.set(c.field, p ? cellText(row.getCell(p)) : '');
    }
    if ([...texts.values()].every((t) => t.trim() === '')) continue;
    total++;
    const obj: Record<string, unknown> = {};
    for (const c of cols) {
      const v = cellValue(c, texts.get(c.field) ?? '');
      if (v !== undefined && !(c.kind === 'text' && v === '' && OPTIONAL_TEXT_FIELDS.includes(c.field))) obj[c.field] = v;
    }
    accept(r, obj, (f) => texts.get(f) ?? '');
  }
  return { format: 'xlsx', rows, rejected, totalRows: total };
}

/** An empty workbook with the kind's headers (the import template). */
export async function importTemplate(kind: ImportKind): Promise<Buffer> {
  const { wb } = newSheet(
    '导入模板',
    importColumns[kind].map((c) => ({ header: c.header, key: c.field, width: 18 })),
    { frozenHeader: false },
  );
  return workbookBuffer(wb);
}
