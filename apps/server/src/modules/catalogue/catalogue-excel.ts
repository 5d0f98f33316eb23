import {
  catalogueStatusLabels,
  ResourceInput,
  resourceAvailabilityLabels,
  resourceKindLabels,
  serviceChannelLabels,
  serviceItemCategoryLabels,
  ServiceItemInput,
  type CatalogueStatus,
  type ImportReject,
  type Label,
  type MaterialSpec,
  type ResourceAvailability,
  type ResourceKind,
  type ServiceChannel,
  type ServiceItemCategory,
} from '@yunju/contracts';
import { AppError } from '../../platform/errors.ts';
import { headerTexts, loadFirstSheet, newSheet, workbookBuffer } from '../../platform/excel.ts';
import { describeIssue } from '../../platform/http/zod-messages.ts';

/*
 * The catalogue as Excel: one sheet, Chinese headers, one row per item or resource. Lists are
 * joined with "；", materials written as 名称(必需|可选)[pdf/jpg], departments by name (import
 * also takes the short name or code), enums by their Chinese labels. Export → import is a no-op.
 */

export const LIST_SEPARATOR = '；';

interface Column<K extends string> {
  key: K;
  header: string;
  required: boolean;
  width: number;
}

export const ITEM_COLUMNS = [
  { key: 'code', header: '事项编码', required: true, width: 12 },
  { key: 'name', header: '事项名称', required: true, width: 36 },
  { key: 'category', header: '事项类别', required: true, width: 10 },
  { key: 'leadDepartment', header: '牵头部门', required: true, width: 24 },
  { key: 'coDepartments', header: '协办部门', required: false, width: 30 },
  { key: 'promisedDays', header: '承诺时限（工作日）', required: true, width: 10 },
  { key: 'channels', header: '办理渠道', required: true, width: 18 },
  { key: 'conditions', header: '受理条件', required: false, width: 60 },
  { key: 'materials', header: '申请材料', required: false, width: 60 },
  { key: 'legalBasis', header: '设定依据', required: false, width: 40 },
  { key: 'description', header: '事项说明', required: false, width: 50 },
  { key: 'relatedResources', header: '关联资源编码', required: false, width: 20 },
  { key: 'status', header: '状态', required: false, width: 8 },
  { key: 'version', header: '版本', required: false, width: 6 },
] as const satisfies readonly Column<string>[];

export const RESOURCE_COLUMNS = [
  { key: 'code', header: '资源编码', required: true, width: 12 },
  { key: 'name', header: '资源名称', required: true, width: 40 },
  { key: 'kind', header: '资源类型', required: true, width: 10 },
  { key: 'ownerOrg', header: '所属单位', required: true, width: 30 },
  { key: 'department', header: '主管部门', required: true, width: 24 },
  { key: 'town', header: '所在乡镇（街道）', required: false, width: 14 },
  { key: 'address', header: '地址', required: false, width: 36 },
  { key: 'contactName', header: '联系人', required: true, width: 10 },
  { key: 'contactPhone', header: '联系电话', required: true, width: 16 },
  { key: 'availability', header: '开放方式', required: true, width: 10 },
  { key: 'tags', header: '标签', required: false, width: 24 },
  { key: 'description', header: '资源简介', required: false, width: 60 },
  { key: 'status', header: '状态', required: false, width: 8 },
] as const satisfies readonly Column<string>[];

export const REASON_HEADER = '原因';
/** Columns the export writes for information; import ignores them (status changes go through withdraw / restore). */
const INFORMATIONAL = new Set(['状态', '版本']);

type ItemKey = (typeof ITEM_COLUMNS)[number]['key'];
type ResourceKey = (typeof RESOURCE_COLUMNS)[number]['key'];

// ───────────── formatting ─────────────

export const joinList = (xs: readonly string[]) => xs.join(LIST_SEPARATOR);
export const splitList = (s: string) =>
  s
    .split(/[；;]/)
    .map((x) => x.trim())
    .filter(Boolean);

export function formatMaterial(m: MaterialSpec): string {
  return `${m.name}(${m.required ? '必需' : '可选'})[${m.fileTypes.join('/')}]`;
}

/** Parses 名称(必需|可选)[pdf/jpg]; the name itself may contain brackets. */
export function parseMaterial(s: string): MaterialSpec | undefined {
  const m = /^(.+?)\s*[(（](必需|可选)[)）]\s*\[([^\]]*)\]$/.exec(s.trim());
  if (!m) return undefined;
  const fileTypes = m[3]!
    .split(/[/,，、\s]+/)
    .map((x) => x.trim().toLowerCase())
    .filter(Boolean);
  return { name: m[1]!.trim(), required: m[2] === '必需', fileTypes };
}

function reverseLabels<K extends string>(labels: Record<K, Label>): Map<string, K> {
  const map = new Map<string, K>();
  for (const [k, l] of Object.entries(labels) as [K, Label][]) {
    map.set(l.zh, k);
    map.set(k, k);
    map.set(l.en.toLowerCase(), k);
  }
  return map;
}
const categoryByLabel = reverseLabels(serviceItemCategoryLabels);
const channelByLabel = reverseLabels(serviceChannelLabels);
const kindByLabel = reverseLabels(resourceKindLabels);
const availabilityByLabel = reverseLabels(resourceAvailabilityLabels);
const choices = (labels: Record<string, Label>) => Object.values(labels).map((l) => l.zh).join('、');

// ───────────── export ─────────────

export interface ItemSheetRow {
  code: string;
  name: string;
  category: ServiceItemCategory;
  leadDepartment: string;
  coDepartments: string[];
  promisedDays: number;
  channels: ServiceChannel[];
  conditions: string[];
  materials: MaterialSpec[];
  legalBasis: string;
  description: string;
  relatedResources: string[];
  status: CatalogueStatus;
  version: number;
}

export interface ResourceSheetRow {
  code: string;
  name: string;
  kind: ResourceKind;
  ownerOrg: string;
  department: string;
  town: string;
  address: string;
  contactName: string;
  contactPhone: string;
  availability: ResourceAvailability;
  tags: string[];
  description: string;
  status: CatalogueStatus;
}

/** The service items as an .xlsx workbook. */
export async function buildItemWorkbook(rows: ItemSheetRow[]): Promise<Buffer> {
  const { wb, ws } = newSheet('创新事项', ITEM_COLUMNS);
  for (const r of rows) {
    const values: Record<ItemKey, string | number> = {
      code: r.code,
      name: r.name,
      category: serviceItemCategoryLabels[r.category].zh,
      leadDepartment: r.leadDepartment,
      coDepartments: joinList(r.coDepartments),
      promisedDays: r.promisedDays,
      channels: joinList(r.channels.map((c) => serviceChannelLabels[c].zh)),
      conditions: joinList(r.conditions),
      materials: joinList(r.materials.map(formatMaterial)),
      legalBasis: r.legalBasis,
      description: r.description,
      relatedResources: joinList(r.relatedResources),
      status: catalogueStatusLabels[r.status].zh,
      version: r.version,
    };
    ws.addRow(values);
  }
  return workbookBuffer(wb);
}

/** The resources as an .xlsx workbook (phones as the caller may see them). */
export async function buildResourceWorkbook(rows: ResourceSheetRow[]): Promise<Buffer> {
  const { wb, ws } = newSheet('创新资源', RESOURCE_COLUMNS);
  for (const r of rows) {
    const values: Record<ResourceKey, string> = {
      code: r.code,
      name: r.name,
      kind: resourceKindLabels[r.kind].zh,
      ownerOrg: r.ownerOrg,
      department: r.department,
      town: r.town,
      address: r.address,
      contactName: r.contactName,
      contactPhone: r.contactPhone,
      availability: resourceAvailabilityLabels[r.availability].zh,
      tags: joinList(r.tags),
      description: r.description,
      status: catalogueStatusLabels[r.status].zh,
    };
    ws.addRow(values);
  }
  return workbookBuffer(wb);
}

// ───────────── import ─────────────

export interface SheetRow {
  /** Row number in the sheet (the header is row 1). */
  row: number;
  /** Cell texts by header, trimmed. */
  cells: Record<string, string>;
}

export interface Sheet {
  headers: string[];
  rows: SheetRow[];
}

const MAX_ROWS = 5000;

/** Reads the first worksheet; throws catalogue.import_file_invalid when it is not an xlsx or lacks a required column. */
export async function readSheet(file: Buffer, columns: readonly Column<string>[]): Promise<Sheet> {
  const invalid = (detail: string) => new AppError('catalogue.import_file_invalid', { detail });
  const ws = await loadFirstSheet(file, (_fault, detail) => invalid(detail));
  const headers = headerTexts(ws);
  const missing = columns.filter((c) => c.required && !headers.includes(c.header)).map((c) => c.header);
  if (missing.length) throw invalid(`Missing columns: ${missing.join(', ')}`);
  if (ws.rowCount - 1 > MAX_ROWS) throw invalid(`At most ${MAX_ROWS} rows per file`);
  const rows: SheetRow[] = [];
  for (let n = 2; n <= ws.rowCount; n++) {
    const row = ws.getRow(n);
    const cells: Record<string, string> = {};
    let hasValue = false;
    headers.forEach((h, i) => {
      if (!h) return;
      const text = row.getCell(i + 1).text.trim();
      cells[h] = text;
      if (text) hasValue = true;
    });
    if (hasValue) rows.push({ row: n, cells });
  }
  return { headers: headers.map((h) => h ?? ''), rows };
}

export interface Lookups {
  departments: { id: string; code: string; name: string; shortName: string }[];
  towns: { id: string; code: string; name: string }[];
  /** resource code → id */
  resourceIds: Map<string, string>;
}

export interface ParsedRow<T> {
  row: number;
  cells: Record<string, string>;
  data: T | undefined;
  rejects: ImportReject[];
}

const reject = (row: number, column: string, value: string, reasonZh: string, reasonEn: string): ImportReject => ({ row, column, value, reasonZh, reasonEn });

function departmentFinder(departments: Lookups['departments']): (s: string) => string | undefined {
  const map = new Map<string, string>();
  for (const d of departments) for (const key of [d.name, d.shortName, d.code, d.code.toLowerCase()]) if (!map.has(key)) map.set(key, d.id);
  return (s) => map.get(s) ?? map.get(s.toLowerCase());
}

/** Maps zod issues of the assembled row to the columns they came from. */
function schemaRejects(row: number, cells: Record<string, string>, issues: { path: PropertyKey[]; code: string; message: string }[], headerOf: (key: string) => string): ImportReject[] {
  return issues.map((issue) => {
    const header = headerOf(String(issue.path[0] ?? ''));
    const fe = describeIssue(issue, String(issue.path[0] ?? ''));
    return reject(row, header, cells[header] ?? '', `${fe.path}：${fe.message}`, `${fe.path}: ${fe.messageEn}`);
  });
}

/** Validates one item row into item data (department and resource ids resolved); collects every problem. */
export function parseItemRow(r: SheetRow, lk: Lookups): ParsedRow<ServiceItemInput> {
  const rejects: ImportReject[] = [];
  const c = (key: ItemKey) => r.cells[ITEM_COLUMNS.find((x) => x.key === key)!.header] ?? '';
  const bad = (key: ItemKey, zh: string, en: string) => rejects.push(reject(r.row, ITEM_COLUMNS.find((x) => x.key === key)!.header, c(key), zh, en));
  for (const col of ITEM_COLUMNS) if (col.required && !c(col.key)) bad(col.key, '必填项为空', 'Required');
  const findDept = departmentFinder(lk.departments);

  const category = categoryByLabel.get(c('category'));
  if (c('category') && !category) bad('category', `无法识别的事项类别，可选：${choices(serviceItemCategoryLabels)}`, 'Unknown category');
  const leadDepartmentId = findDept(c('leadDepartment'));
  if (c('leadDepartment') && !leadDepartmentId) bad('leadDepartment', '部门不存在（可填部门全称、简称或编码）', 'No such department (name, short name or code)');
  const coDepartmentIds: string[] = [];
  for (const name of splitList(c('coDepartments'))) {
    const id = findDept(name);
    if (!id) bad('coDepartments', `协办部门不存在：${name}`, `No such department: ${name}`);
    else if (id === leadDepartmentId) bad('coDepartments', `牵头部门不能同时作为协办部门：${name}`, `The lead department cannot also co-handle: ${name}`);
    else if (!coDepartmentIds.includes(id)) coDepartmentIds.push(id);
  }
  const daysText = c('promisedDays');
  const promisedDays = /^\d{1,3}$/.test(daysText) ? Number(daysText) : NaN;
  if (daysText && !(promisedDays >= 1 && promisedDays <= 90)) bad('promisedDays', '承诺时限须为 1–90 之间的整数（工作日）', 'Promised days must be a whole number from 1 to 90');
  const channels: ServiceChannel[] = [];
  for (const label of splitList(c('channels'))) {
    const ch = channelByLabel.get(label);
    if (!ch) bad('channels', `无法识别的办理渠道“${label}”，可选：${choices(serviceChannelLabels)}`, `Unknown channel: ${label}`);
    else if (!channels.includes(ch)) channels.push(ch);
  }
  const materials: MaterialSpec[] = [];
  for (const text of splitList(c('materials'))) {
    const m = parseMaterial(text);
    if (!m) bad('materials', `申请材料格式应为“名称(必需|可选)[pdf/jpg]”：${text}`, `Materials must read name(必需|可选)[pdf/jpg]: ${text}`);
    else materials.push(m);
  }
  const relatedResourceIds: string[] = [];
  for (const code of splitList(c('relatedResources'))) {
    const id = lk.resourceIds.get(code);
    if (!id) bad('relatedResources', `关联资源编码不存在：${code}`, `No resource with code ${code}`);
    else if (!relatedResourceIds.includes(id)) relatedResourceIds.push(id);
  }
  if (rejects.length) return { row: r.row, cells: r.cells, data: undefined, rejects };

  const parsed = ServiceItemInput.safeParse({
    code: c('code'),
    name: c('name'),
    category,
    leadDepartmentId,
    coDepartmentIds,
    conditions: splitList(c('conditions')),
    materials,
    promisedDays,
    channels,
    legalBasis: c('legalBasis'),
    description: c('description'),
    relatedResourceIds,
  });
  if (!parsed.success) {
    const headerOf = (key: string) => ITEM_COLUMNS.find((x) => x.key === ({ leadDepartmentId: 'leadDepartment', coDepartmentIds: 'coDepartments', relatedResourceIds: 'relatedResources' }[key] ?? key))?.header ?? key;
    return { row: r.row, cells: r.cells, data: undefined, rejects: schemaRejects(r.row, r.cells, parsed.error.issues, headerOf) };
  }
  return { row: r.row, cells: r.cells, data: parsed.data, rejects: [] };
}

/** Validates one resource row. */
export function parseResourceRow(r: SheetRow, lk: Lookups): ParsedRow<ResourceInput> {
  const rejects: ImportReject[] = [];
  const c = (key: ResourceKey) => r.cells[RESOURCE_COLUMNS.find((x) => x.key === key)!.header] ?? '';
  const bad = (key: ResourceKey, zh: string, en: string) => rejects.push(reject(r.row, RESOURCE_COLUMNS.find((x) => x.key === key)!.header, c(key), zh, en));
  for (const col of RESOURCE_COLUMNS) if (col.required && !c(col.key)) bad(col.key, '必填项为空', 'Required');
  const kind = kindByLabel.get(c('kind'));
  if (c('kind') && !kind) bad('kind', `无法识别的资源类型，可选：${choices(resourceKindLabels)}`, 'Unknown resource kind');
  const availability = availabilityByLabel.get(c('availability'));
  if (c('availability') && !availability) bad('availability', `无法识别的开放方式，可选：${choices(resourceAvailabilityLabels)}`, 'Unknown availability');
  const departmentId = departmentFinder(lk.departments)(c('department'));
  if (c('department') && !departmentId) bad('department', '部门不存在（可填部门全称、简称或编码）', 'No such department (name, short name or code)');
  let townId: string | null = null;
  if (c('town')) {
    townId = lk.towns.find((t) => t.name === c('town') || t.code === c('town'))?.id ?? null;
    if (!townId) bad('town', '乡镇（街道）不存在（可填名称或代码）', 'No such town (name or code)');
  }
  if (rejects.length) return { row: r.row, cells: r.cells, data: undefined, rejects };
  const parsed = ResourceInput.safeParse({
    code: c('code'),
    name: c('name'),
    kind,
    ownerOrg: c('ownerOrg'),
    departmentId,
    townId,
    address: c('address'),
    contactName: c('contactName'),
    // A masked phone (139****1234) is resolved against the stored one by the import service.
    contactPhone: c('contactPhone').includes('****') ? '00000000' : c('contactPhone'),
    description: c('description'),
    tags: splitList(c('tags')),
    availability,
  });
  if (!parsed.success) {
    const headerOf = (key: string) => RESOURCE_COLUMNS.find((x) => x.key === ({ departmentId: 'department', townId: 'town' }[key] ?? key))?.header ?? key;
    return { row: r.row, cells: r.cells, data: undefined, rejects: schemaRejects(r.row, r.cells, parsed.error.issues, headerOf) };
  }
  return { row: r.row, cells: r.cells, data: { ...parsed.data, contactPhone: c('contactPhone') }, rejects: [] };
}

/** Rows whose code appears more than once in the file: every occurrence is rejected (which one is meant is unclear). */
export function duplicateCodeRejects(rows: SheetRow[], codeHeader: string): Map<number, ImportReject> {
  const byCode = new Map<string, number[]>();
  for (const r of rows) {
    const code = r.cells[codeHeader] ?? '';
    if (code) byCode.set(code, [...(byCode.get(code) ?? []), r.row]);
  }
  const out = new Map<number, ImportReject>();
  for (const [code, rowNumbers] of byCode) {
    if (rowNumbers.length < 2) continue;
    for (const n of rowNumbers) {
      const others = rowNumbers.filter((x) => x !== n).join('、');
      out.set(n, reject(n, codeHeader, code, `文件中编码重复（另见第 ${others} 行）`, `Duplicate code in the file (also row ${others})`));
    }
  }
  return out;
}

/** The rejected rows as they were uploaded, with a 原因 column. */
export async function buildRejectsWorkbook(title: string, headers: string[], rows: { cells: Record<string, string>; rejects: ImportReject[] }[]): Promise<Buffer> {
  const cols = headers.filter((h) => h && h !== REASON_HEADER && !INFORMATIONAL.has(h));
  const { wb, ws } = newSheet(title, [...cols.map((h) => ({ key: h, header: h, required: false, width: 20 })), { key: REASON_HEADER, header: REASON_HEADER, required: false, width: 60 }]);
  for (const r of rows) {
    ws.addRow({ ...Object.fromEntries(cols.map((h) => [h, r.cells[h] ?? ''])), [REASON_HEADER]: r.rejects.map((x) => `${x.column}：${x.reasonZh}`).join(LIST_SEPARATOR) });
  }
  return workbookBuffer(wb);
}
