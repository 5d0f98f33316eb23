import type { CatalogueImportMode, CatalogueImportReport, ImportReject, ResourceFilter, ServiceItemFilter, ServiceItemSnapshot } from '@yunju/contracts';
import type { Db } from '../../platform/db.ts';
import { authorize, type Actor, type RequestContext } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { canManageDepartment, canSeeContactPhone, changedFields, isMaskedFormOf, maskPhone } from './catalogue-policy.ts';
import {
  buildItemWorkbook,
  buildRejectsWorkbook,
  buildResourceWorkbook,
  duplicateCodeRejects,
  ITEM_COLUMNS,
  parseItemRow,
  parseResourceRow,
  readSheet,
  RESOURCE_COLUMNS,
  type Lookups,
  type ParsedRow,
} from './catalogue-excel.ts';
import {
  findImportRejects,
  insertImportRejects,
  listCoDepartments,
  listDepartmentRows,
  listItemRows,
  listResourceCodes,
  listResourceRows,
  listTownRows,
} from './catalogue.repository.ts';
import { itemDataOf, resourceDataOf, snapshotOf, writeItemChange, writeNewItem, writeNewResource, writeResourceChange, type ItemData, type ResourceData } from './catalogue.service.ts';

/** An uploaded import: the workbook bytes and the mode field. */
export interface ImportUpload {
  file: Buffer;
  mode: CatalogueImportMode;
}

const REJECTS_TTL_MS = 24 * 3600 * 1000;
const IMPORT_NOTE = '批量导入';

async function lookups(db: Db, tenantId: string): Promise<Lookups> {
  const [departments, towns, codes] = [await listDepartmentRows(db, tenantId), await listTownRows(db, tenantId), await listResourceCodes(db, tenantId)];
  return { departments, towns, resourceIds: new Map(codes.map((r) => [r.code, r.id])) };
}

/** Exports the items matching the filter (every role may read the whole catalogue). */
export async function exportServiceItems(db: Db, ctx: RequestContext, f: ServiceItemFilter): Promise<Buffer> {
  const actor = authorize(ctx, 'catalogue.read');
  const { rows } = await listItemRows(db, { tenantId: actor.tenantId, keyword: f.keyword, departmentId: f.department, category: f.category, status: f.status === 'all' ? undefined : f.status }, { sort: f.sort, order: f.order });
  const co = await listCoDepartments(db, rows.map((r) => r.id));
  const codeOf = new Map((await listResourceCodes(db, actor.tenantId)).map((r) => [r.id, r.code]));
  return buildItemWorkbook(
    rows.map((r) => ({
      code: r.code,
      name: r.name,
      category: r.category as ServiceItemSnapshot['category'],
      leadDepartment: r.leadDepartmentName,
      coDepartments: (co.get(r.id) ?? []).map((d) => d.name),
      promisedDays: r.promisedDays,
      channels: r.channels as ServiceItemSnapshot['channels'],
      conditions: r.conditions,
      materials: r.materials,
      legalBasis: r.legalBasis,
      description: r.description,
      relatedResources: r.relatedResourceIds.map((id) => codeOf.get(id) ?? id).sort(),
      status: r.status,
      version: r.version,
    })),
  );
}

/** Exports the resources matching the filter; phones masked as in lists (unmasked exports are audited). */
export async function exportResources(db: Db, ctx: RequestContext, f: ResourceFilter): Promise<Buffer> {
  const actor = authorize(ctx, 'catalogue.read');
  const { rows } = await listResourceRows(
    db,
    { tenantId: actor.tenantId, keyword: f.keyword, departmentId: f.department, townId: f.town, kind: f.kind, availability: f.availability, status: f.status === 'all' ? undefined : f.status },
    { sort: f.sort, order: f.order },
  );
  const unmasked = rows.filter((r) => canSeeContactPhone(actor, r.departmentId)).map((r) => r.id);
  if (unmasked.length) {
    await db.transaction((tx) => recordAudit(tx, ctx, { action: 'catalogue.resource.contacts_viewed', targetType: 'resource', summary: { via: 'export', count: unmasked.length, resourceIds: unmasked.slice(0, 200) } }));
  }
  const shown = new Set(unmasked);
  return buildResourceWorkbook(
    rows.map((r) => ({
      code: r.code,
      name: r.name,
      kind: r.kind as never,
      ownerOrg: r.ownerOrg,
      department: r.departmentName,
      town: r.townName ?? '',
      address: r.address,
      contactName: r.contactName,
      contactPhone: shown.has(r.id) ? r.contactPhone : maskPhone(r.contactPhone),
      availability: r.availability as never,
      tags: r.tags,
      description: r.description,
      status: r.status,
    })),
  );
}

type Plan<T> = { row: ParsedRow<T>; action: 'create' | 'update' | 'unchanged' };

const officerReject = (row: number, column: string, value: string): ImportReject => ({
  row,
  column,
  value,
  reasonZh: '只能导入本部门牵头（主管）的记录',
  reasonEn: 'You may import only records your department leads or owns',
});

async function finishImport(
  tx: Db,
  ctx: RequestContext,
  actor: Actor,
  kind: 'items' | 'resources',
  mode: CatalogueImportMode,
  headers: string[],
  parsed: ParsedRow<unknown>[],
  counts: { created: number; updated: number; unchanged: number },
  committed: boolean,
): Promise<CatalogueImportReport> {
  const rejectedRows = parsed.filter((p) => p.rejects.length);
  const rejected = rejectedRows.flatMap((p) => p.rejects);
  let rejectsFileId: string | null = null;
  if (committed && mode === 'good_rows' && rejectedRows.length) {
    const workbook = await buildRejectsWorkbook(kind === 'items' ? '未导入的事项' : '未导入的资源', headers, rejectedRows);
    rejectsFileId = await insertImportRejects(tx, { tenantId: actor.tenantId, createdBy: actor.userId, kind, workbook, expiresAt: new Date(Date.now() + REJECTS_TTL_MS) });
  }
  const report: CatalogueImportReport = { mode, committed, totalRows: parsed.length, ...counts, rejected, rejectsFileId };
  await recordAudit(tx, ctx, {
    action: kind === 'items' ? 'catalogue.items.imported' : 'catalogue.resources.imported',
    targetType: kind === 'items' ? 'service_item' : 'resource',
    summary: { mode, committed, totalRows: parsed.length, ...counts, rejectedRows: rejectedRows.length },
  });
  return report;
}

/**
 * Imports service items from a workbook, idempotent by code: unchanged rows write nothing, changed
 * rows a new version. all_or_nothing writes nothing when any row is rejected; good_rows writes the
 * good rows and keeps the rejected ones as a workbook for download. One audit row per import.
 */
export async function importServiceItems(db: Db, ctx: RequestContext, read: () => Promise<ImportUpload>): Promise<CatalogueImportReport> {
  const actor = authorize(ctx, 'catalogue.manage');
  const { file, mode } = await read();
  const sheet = await readSheet(file, ITEM_COLUMNS);
  return db.transaction(async (tx) => {
    const lk = await lookups(tx, actor.tenantId);
    const dups = duplicateCodeRejects(sheet.rows, ITEM_COLUMNS[0].header);
    const parsed = sheet.rows.map((r) => {
      const p = parseItemRow(r, lk);
      const dup = dups.get(r.row);
      return dup ? { ...p, data: undefined, rejects: [dup, ...p.rejects] } : p;
    });
    const codes = parsed.flatMap((p) => (p.data ? [p.data.code] : []));
    const { rows: existingRows } = await listItemRows(tx, { tenantId: actor.tenantId, codes }, { sort: 'code', order: 'asc', forUpdate: true });
    const co = await listCoDepartments(tx, existingRows.map((r) => r.id));
    const existing = new Map(existingRows.map((r) => [r.code, { id: r.id, snapshot: snapshotOf(r, (co.get(r.id) ?? []).map((d) => d.id)) }]));
    const plans: Plan<ItemData>[] = [];
    for (const p of parsed) {
      if (!p.data) continue;
      const old = existing.get(p.data.code);
      const next = { ...p.data, coDepartmentIds: [...p.data.coDepartmentIds].sort(), relatedResourceIds: [...p.data.relatedResourceIds].sort() };
      const action = !old ? 'create' : changedFields(itemDataOf(old.snapshot), next).length ? 'update' : 'unchanged';
      if (action !== 'unchanged' && !(canManageDepartment(actor, p.data.leadDepartmentId) && (!old || canManageDepartment(actor, old.snapshot.leadDepartmentId)))) {
        p.rejects.push(officerReject(p.row, ITEM_COLUMNS[3].header, p.cells[ITEM_COLUMNS[3].header] ?? ''));
        p.data = undefined;
        continue;
      }
      plans.push({ row: p as ParsedRow<ItemData>, action });
    }
    const anyRejected = parsed.some((p) => p.rejects.length);
    const counts = { created: 0, updated: 0, unchanged: 0 };
    if (anyRejected && mode === 'all_or_nothing') return finishImport(tx, ctx, actor, 'items', mode, sheet.headers, parsed, counts, false);
    for (const plan of plans) {
      const d = plan.row.data!;
      if (plan.action === 'create') {
        await writeNewItem(tx, ctx, actor, d, IMPORT_NOTE, false);
        counts.created++;
      } else if (plan.action === 'update') {
        const old = existing.get(d.code)!;
        await writeItemChange(tx, ctx, actor, old.snapshot, old.id, d, IMPORT_NOTE, false);
        counts.updated++;
      } else counts.unchanged++;
    }
    return finishImport(tx, ctx, actor, 'items', mode, sheet.headers, parsed, counts, true);
  });
}

/** Imports resources from a workbook; same rules as items. A masked phone keeps the stored one. */
export async function importResources(db: Db, ctx: RequestContext, read: () => Promise<ImportUpload>): Promise<CatalogueImportReport> {
  const actor = authorize(ctx, 'catalogue.manage');
  const { file, mode } = await read();
  const sheet = await readSheet(file, RESOURCE_COLUMNS);
  return db.transaction(async (tx) => {
    const lk = await lookups(tx, actor.tenantId);
    const dups = duplicateCodeRejects(sheet.rows, RESOURCE_COLUMNS[0].header);
    const parsed = sheet.rows.map((r) => {
      const p = parseResourceRow(r, lk);
      const dup = dups.get(r.row);
      return dup ? { ...p, data: undefined, rejects: [dup, ...p.rejects] } : p;
    });
    const codes = parsed.flatMap((p) => (p.data ? [p.data.code] : []));
    const { rows: existingRows } = await listResourceRows(tx, { tenantId: actor.tenantId, codes }, { sort: 'code', order: 'asc', forUpdate: true });
    const existing = new Map(existingRows.map((r) => [r.code, r]));
    const phoneHeader = RESOURCE_COLUMNS[8].header;
    const plans: Plan<ResourceData>[] = [];
    for (const p of parsed) {
      if (!p.data) continue;
      const old = existing.get(p.data.code);
      if (p.data.contactPhone.includes('****')) {
        if (old && isMaskedFormOf(p.data.contactPhone, old.contactPhone)) p.data.contactPhone = old.contactPhone;
        else {
          p.rejects.push({ row: p.row, column: phoneHeader, value: p.data.contactPhone, reasonZh: '联系电话不完整（脱敏号码只能用于未修改的原有资源）', reasonEn: 'Incomplete phone (a masked number only keeps an existing one)' });
          p.data = undefined;
          continue;
        }
      }
      const action = !old ? 'create' : changedFields(resourceDataOf(old), p.data).length ? 'update' : 'unchanged';
      if (action !== 'unchanged' && !(canManageDepartment(actor, p.data.departmentId) && (!old || canManageDepartment(actor, old.departmentId)))) {
        p.rejects.push(officerReject(p.row, RESOURCE_COLUMNS[4].header, p.cells[RESOURCE_COLUMNS[4].header] ?? ''));
        p.data = undefined;
        continue;
      }
      plans.push({ row: p as ParsedRow<ResourceData>, action });
    }
    const anyRejected = parsed.some((p) => p.rejects.length);
    const counts = { created: 0, updated: 0, unchanged: 0 };
    if (anyRejected && mode === 'all_or_nothing') return finishImport(tx, ctx, actor, 'resources', mode, sheet.headers, parsed, counts, false);
    for (const plan of plans) {
      const d = plan.row.data!;
      if (plan.action === 'create') {
        await writeNewResource(tx, ctx, actor, d, false);
        counts.created++;
      } else if (plan.action === 'update') {
        await writeResourceChange(tx, ctx, actor.tenantId, existing.get(d.code)!, d, IMPORT_NOTE, false);
        counts.updated++;
      } else counts.unchanged++;
    }
    return finishImport(tx, ctx, actor, 'resources', mode, sheet.headers, parsed, counts, true);
  });
}

/** The rejected rows of one's own good_rows import, within 24 hours; anyone else gets 404. */
export async function getImportRejects(db: Db, ctx: RequestContext, id: string): Promise<{ fileName: string; workbook: Buffer }> {
  const actor = authorize(ctx, 'catalogue.manage');
  const r = await findImportRejects(db, actor.tenantId, id);
  if (!r || r.createdBy !== actor.userId || r.expiresAt.getTime() < Date.now()) throw notFound();
  return { fileName: r.kind === 'items' ? '未导入的事项.xlsx' : '未导入的资源.xlsx', workbook: r.workbook };
}
