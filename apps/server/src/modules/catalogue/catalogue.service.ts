import type {
  CatalogueSearchHit,
  CatalogueSearchPage,
  CatalogueSearchQuery,
  FieldError,
  ResourceDetail,
  ResourceInput,
  ResourceKind,
  ResourceListQuery,
  ResourcePage,
  ResourceSummary,
  ResourceUpdateInput,
  RestoreInput,
  ServiceItemDetail,
  ServiceItemInput,
  ServiceItemListQuery,
  ServiceItemPage,
  ServiceItemSnapshot,
  ServiceItemSummary,
  ServiceItemUpdateInput,
  ServiceItemVersion,
  ServiceItemVersionList,
  WithdrawInput,
  ResourceAvailability,
  ServiceItemCategory,
  ServiceChannel,
} from '@yunju/contracts';
import type { Db } from '../../platform/db.ts';
import { authorize, type Actor, type RequestContext } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { canManageDepartment, canSeeContactPhone, changedFields, maskPhone } from './catalogue-policy.ts';
import { highlight, itemSearchColumns, parseQuery, resourceSearchColumns, toTsQuery, type HighlightSource } from './catalogue-search.ts';
import {
  findItemRow,
  findItemRowByCode,
  findItemVersion,
  findResourceIdByCode,
  findResourceRow,
  insertItem,
  insertItemVersion,
  insertResource,
  listCoDepartments,
  listDepartmentRows,
  listItemIdsWithoutVersions,
  listItemRows,
  listItemsReferencingResource,
  listItemsWithoutSearch,
  listItemVersions,
  listResourceRefs,
  listResourceRows,
  listResourcesWithoutSearch,
  listTownRows,
  replaceCoDepartments,
  searchItemCandidates,
  searchResourceCandidates,
  setItemSearchColumns,
  setResourceSearchColumns,
  updateItem,
  updateResource,
  type ItemRow,
  type ResourceRow,
  type VersionRow,
} from './catalogue.repository.ts';

// ───────────── shapes ─────────────

/** A service item as other modules (cases) use it: the state of one version, with its id. */
export interface ServiceItemRecord extends ServiceItemSnapshot {
  id: string;
}

/** The editable content of an item (what create, edit and import write). */
export type ItemData = Omit<ServiceItemInput, never>;
/** The editable content of a resource. */
export type ResourceData = Omit<ResourceInput, never>;

/** The snapshot of an item row (co-departments given separately). */
export function snapshotOf(row: ItemRow, coDepartmentIds: string[]): ServiceItemSnapshot {
  return {
    code: row.code,
    name: row.name,
    category: row.category as ServiceItemCategory,
    leadDepartmentId: row.leadDepartmentId,
    coDepartmentIds,
    conditions: row.conditions,
    materials: row.materials,
    promisedDays: row.promisedDays,
    channels: row.channels as ServiceChannel[],
    legalBasis: row.legalBasis,
    description: row.description,
    relatedResourceIds: row.relatedResourceIds,
    status: row.status,
    version: row.version,
  };
}

/** The editable part of a snapshot, in the input's key order, for change detection. */
export function itemDataOf(s: ServiceItemSnapshot): ItemData {
  return {
    code: s.code,
    name: s.name,
    category: s.category,
    leadDepartmentId: s.leadDepartmentId,
    coDepartmentIds: [...s.coDepartmentIds].sort(),
    conditions: s.conditions,
    materials: s.materials,
    promisedDays: s.promisedDays,
    channels: s.channels,
    legalBasis: s.legalBasis,
    description: s.description,
    relatedResourceIds: [...s.relatedResourceIds].sort(),
  };
}

function normalizeItemData(d: ItemData): ItemData {
  return { ...d, coDepartmentIds: [...d.coDepartmentIds].sort(), relatedResourceIds: [...d.relatedResourceIds].sort() };
}

function itemSummaryOf(row: ItemRow): ServiceItemSummary {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    category: row.category as ServiceItemCategory,
    leadDepartmentId: row.leadDepartmentId,
    leadDepartmentName: row.leadDepartmentName,
    promisedDays: row.promisedDays,
    channels: row.channels as ServiceChannel[],
    status: row.status,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

function resourceSummaryOf(actor: Actor, row: ResourceRow): ResourceSummary {
  const full = canSeeContactPhone(actor, row.departmentId);
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    kind: row.kind as ResourceKind,
    ownerOrg: row.ownerOrg,
    departmentId: row.departmentId,
    departmentName: row.departmentName,
    townId: row.townId,
    townName: row.townName,
    contactName: row.contactName,
    contactPhone: full ? row.contactPhone : maskPhone(row.contactPhone),
    isPhoneMasked: !full,
    tags: row.tags,
    availability: row.availability as ResourceAvailability,
    status: row.status,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Every view that shows a phone in full is audited (SECURITY.md: personal data). */
async function auditUnmaskedContacts(db: Db, ctx: RequestContext, shown: ResourceSummary[], via: string): Promise<void> {
  const ids = shown.filter((r) => !r.isPhoneMasked).map((r) => r.id);
  if (!ids.length) return;
  await db.transaction((tx) => recordAudit(tx, ctx, { action: 'catalogue.resource.contacts_viewed', targetType: 'resource', targetId: ids.length === 1 ? ids[0]! : null, summary: { via, count: ids.length, resourceIds: ids.slice(0, 200) } }));
}

const fieldError = (path: string, code: string, message: string, messageEn: string): FieldError => ({ path, code, message, messageEn });

// ───────────── for other modules (cases) ─────────────

/** The current state of a service item (any status); throws NotFound. */
export async function getServiceItem(db: Db, tenantId: string, id: string): Promise<ServiceItemRecord> {
  const row = await findItemRow(db, tenantId, id);
  if (!row) throw notFound();
  const co = await listCoDepartments(db, [id]);
  return { id, ...snapshotOf(row, (co.get(id) ?? []).map((d) => d.id)) };
}

/** A service item as it stood at one version (cases keep the version they were filed under); throws NotFound. */
export async function getServiceItemVersion(db: Db, tenantId: string, id: string, version: number): Promise<ServiceItemRecord> {
  const v = await findItemVersion(db, tenantId, id, version);
  if (!v) throw notFound();
  return { id, ...v.snapshot };
}

/** A resource with its full contact (callers decide what to show); throws NotFound. */
export async function getResource(db: Db, tenantId: string, id: string): Promise<ResourceRow> {
  const row = await findResourceRow(db, tenantId, id);
  if (!row) throw notFound();
  return row;
}

// ───────────── service items: reads ─────────────

/** Lists service items (every role may read the catalogue). */
export async function listServiceItems(db: Db, ctx: RequestContext, q: ServiceItemListQuery): Promise<ServiceItemPage> {
  const actor = authorize(ctx, 'catalogue.read');
  const { rows, total } = await listItemRows(
    db,
    { tenantId: actor.tenantId, keyword: q.keyword, departmentId: q.department, category: q.category, status: q.status === 'all' ? undefined : q.status },
    { sort: q.sort, order: q.order, limit: q.pageSize, offset: (q.page - 1) * q.pageSize },
  );
  return { items: rows.map(itemSummaryOf), total, page: q.page, pageSize: q.pageSize };
}

/** One service item with its departments and related resources. */
export async function getServiceItemDetail(db: Db, ctx: RequestContext, id: string): Promise<ServiceItemDetail> {
  const actor = authorize(ctx, 'catalogue.read');
  const row = await findItemRow(db, actor.tenantId, id);
  if (!row) throw notFound();
  const [co, related] = [await listCoDepartments(db, [id]), await listResourceRefs(db, actor.tenantId, row.relatedResourceIds)];
  return {
    ...itemSummaryOf(row),
    leadDepartment: { id: row.leadDepartmentId, code: row.leadDepartmentCode, name: row.leadDepartmentName },
    coDepartments: (co.get(id) ?? []).map(({ id: did, code, name }) => ({ id: did, code, name })),
    conditions: row.conditions,
    materials: row.materials,
    legalBasis: row.legalBasis,
    description: row.description,
    relatedResources: related.map((r) => ({ ...r, kind: r.kind as ResourceKind })),
  };
}

const versionSummaryOf = (v: VersionRow) => ({ version: v.version, status: v.snapshot.status, changedAt: v.changedAt.toISOString(), changedBy: v.changedBy, changeNote: v.changeNote });

/** The version history of an item, newest first. */
export async function listServiceItemVersions(db: Db, ctx: RequestContext, id: string): Promise<ServiceItemVersionList> {
  const actor = authorize(ctx, 'catalogue.read');
  const row = await findItemRow(db, actor.tenantId, id);
  if (!row) throw notFound();
  const versions = await listItemVersions(db, actor.tenantId, id);
  return { itemId: id, currentVersion: row.version, versions: versions.map(versionSummaryOf) };
}

/** One version of an item, with the full snapshot. */
export async function getServiceItemVersionDetail(db: Db, ctx: RequestContext, id: string, version: number): Promise<ServiceItemVersion> {
  const actor = authorize(ctx, 'catalogue.read');
  const v = await findItemVersion(db, actor.tenantId, id, version);
  if (!v) throw notFound();
  return { ...versionSummaryOf(v), itemId: id, snapshot: v.snapshot };
}

// ───────────── service items: writes ─────────────

/** Semantic checks the schema cannot make: departments and resources exist in the tenant, co ≠ lead. */
async function checkItemReferences(db: Db, tenantId: string, d: ItemData): Promise<void> {
  const depts = new Set((await listDepartmentRows(db, tenantId)).map((x) => x.id));
  const errors: FieldError[] = [];
  if (!depts.has(d.leadDepartmentId)) errors.push(fieldError('leadDepartmentId', 'unknown_department', '部门不存在', 'No such department'));
  d.coDepartmentIds.forEach((c, i) => {
    if (!depts.has(c)) errors.push(fieldError(`coDepartmentIds.${i}`, 'unknown_department', '部门不存在', 'No such department'));
    else if (c === d.leadDepartmentId) errors.push(fieldError(`coDepartmentIds.${i}`, 'lead_as_co', '牵头部门不能同时作为协办部门', 'The lead department cannot also co-handle'));
  });
  const known = new Set((await listResourceRefs(db, tenantId, d.relatedResourceIds)).map((r) => r.id));
  d.relatedResourceIds.forEach((r, i) => {
    if (!known.has(r)) errors.push(fieldError(`relatedResourceIds.${i}`, 'unknown_resource', '资源不存在', 'No such resource'));
  });
  if (errors.length) throw new AppError('request.invalid', { fieldErrors: errors });
}

function itemWriteOf(d: ItemData) {
  const { coDepartmentIds: _co, ...rest } = d;
  return { ...rest, ...itemSearchColumns(d) };
}

/** Inserts a new item as version 1 with its version row and audit row (caller's transaction). */
export async function writeNewItem(tx: Db, ctx: RequestContext, actor: Actor, d: ItemData, changeNote: string, audit = true): Promise<string> {
  const id = await insertItem(tx, actor.tenantId, itemWriteOf(d));
  await replaceCoDepartments(tx, actor.tenantId, id, d.coDepartmentIds);
  const snapshot: ServiceItemSnapshot = { ...normalizeItemData(d), status: 'in_force', version: 1 };
  await insertItemVersion(tx, { tenantId: actor.tenantId, itemId: id, snapshot, changedBy: actor.userId, changeNote });
  if (audit) await recordAudit(tx, ctx, { action: 'catalogue.item.created', targetType: 'service_item', targetId: id, summary: { after: snapshot } });
  return id;
}

/**
 * Writes an edit as the next version (caller's transaction); returns the new version, or null
 * when nothing changed (no version, no audit).
 */
export async function writeItemChange(tx: Db, ctx: RequestContext, actor: Actor, before: ServiceItemSnapshot, id: string, d: ItemData, changeNote: string, audit = true): Promise<number | null> {
  const after = normalizeItemData(d);
  const changed = changedFields(itemDataOf(before), after);
  if (!changed.length) return null;
  const version = await updateItem(tx, actor.tenantId, id, itemWriteOf(d));
  if (changed.includes('coDepartmentIds')) await replaceCoDepartments(tx, actor.tenantId, id, d.coDepartmentIds);
  const snapshot: ServiceItemSnapshot = { ...after, status: before.status, version };
  await insertItemVersion(tx, { tenantId: actor.tenantId, itemId: id, snapshot, changedBy: actor.userId, changeNote });
  if (audit) {
    const pick = (s: object) => Object.fromEntries(changed.map((k) => [k, (s as Record<string, unknown>)[k]]));
    await recordAudit(tx, ctx, { action: 'catalogue.item.updated', targetType: 'service_item', targetId: id, summary: { version, changeNote, before: pick(itemDataOf(before)), after: pick(after) } });
  }
  return version;
}

/** Creates a service item (version 1); an officer only for its own department. */
export async function createServiceItem(db: Db, ctx: RequestContext, input: ServiceItemInput): Promise<ServiceItemDetail> {
  const actor = authorize(ctx, 'catalogue.manage');
  if (!canManageDepartment(actor, input.leadDepartmentId)) throw new AppError('auth.forbidden');
  const id = await db.transaction(async (tx) => {
    await checkItemReferences(tx, actor.tenantId, input);
    if (await findItemRowByCode(tx, actor.tenantId, input.code)) throw duplicateCode();
    return writeNewItem(tx, ctx, actor, input, '新增事项');
  });
  return getServiceItemDetail(db, ctx, id);
}

const duplicateCode = () => new AppError('catalogue.duplicate_code', { fieldErrors: [fieldError('code', 'duplicate', '编码已存在', 'The code is already in use')] });

async function lockItemForWrite(tx: Db, actor: Actor, id: string): Promise<{ row: ItemRow; snapshot: ServiceItemSnapshot }> {
  const row = await findItemRow(tx, actor.tenantId, id, true);
  if (!row) throw notFound();
  if (!canManageDepartment(actor, row.leadDepartmentId)) throw new AppError('auth.forbidden');
  const co = await listCoDepartments(tx, [id]);
  return { row, snapshot: snapshotOf(row, (co.get(id) ?? []).map((d) => d.id)) };
}

/** Edits a service item: a new version with the change note. */
export async function updateServiceItem(db: Db, ctx: RequestContext, id: string, input: ServiceItemUpdateInput): Promise<ServiceItemDetail> {
  const actor = authorize(ctx, 'catalogue.manage');
  await db.transaction(async (tx) => {
    const { snapshot } = await lockItemForWrite(tx, actor, id);
    if (!canManageDepartment(actor, input.leadDepartmentId)) throw new AppError('auth.forbidden');
    await checkItemReferences(tx, actor.tenantId, input);
    if (input.code !== snapshot.code) {
      const other = await findItemRowByCode(tx, actor.tenantId, input.code);
      if (other && other.id !== id) throw duplicateCode();
    }
    const { changeNote, ...data } = input;
    await writeItemChange(tx, ctx, actor, snapshot, id, data, changeNote);
  });
  return getServiceItemDetail(db, ctx, id);
}

async function setItemStatus(db: Db, ctx: RequestContext, id: string, to: 'in_force' | 'withdrawn', note: string): Promise<ServiceItemDetail> {
  const actor = authorize(ctx, 'catalogue.manage');
  await db.transaction(async (tx) => {
    const { snapshot } = await lockItemForWrite(tx, actor, id);
    if (snapshot.status === to) throw new AppError(to === 'withdrawn' ? 'catalogue.already_withdrawn' : 'catalogue.not_withdrawn');
    const version = await updateItem(tx, actor.tenantId, id, { status: to });
    await insertItemVersion(tx, { tenantId: actor.tenantId, itemId: id, snapshot: { ...snapshot, status: to, version }, changedBy: actor.userId, changeNote: note });
    await recordAudit(tx, ctx, {
      action: to === 'withdrawn' ? 'catalogue.item.withdrawn' : 'catalogue.item.restored',
      targetType: 'service_item',
      targetId: id,
      summary: { version, reason: note, before: { status: snapshot.status }, after: { status: to } },
    });
  });
  return getServiceItemDetail(db, ctx, id);
}

/** Withdraws an item (停止办理): a new version; cases filed under earlier versions keep them. */
export async function withdrawServiceItem(db: Db, ctx: RequestContext, id: string, input: WithdrawInput): Promise<ServiceItemDetail> {
  return setItemStatus(db, ctx, id, 'withdrawn', input.reason);
}

/** Puts a withdrawn item back in force: a new version. */
export async function restoreServiceItem(db: Db, ctx: RequestContext, id: string, input: RestoreInput | null | undefined): Promise<ServiceItemDetail> {
  return setItemStatus(db, ctx, id, 'in_force', input?.reason ?? '恢复办理');
}

// ───────────── resources ─────────────

/** Lists resources; contact phones masked unless the caller manages the owning department. */
export async function listResources(db: Db, ctx: RequestContext, q: ResourceListQuery): Promise<ResourcePage> {
  const actor = authorize(ctx, 'catalogue.read');
  const { rows, total } = await listResourceRows(
    db,
    { tenantId: actor.tenantId, keyword: q.keyword, departmentId: q.department, townId: q.town, kind: q.kind, availability: q.availability, status: q.status === 'all' ? undefined : q.status },
    { sort: q.sort, order: q.order, limit: q.pageSize, offset: (q.page - 1) * q.pageSize },
  );
  const items = rows.map((r) => resourceSummaryOf(actor, r));
  await auditUnmaskedContacts(db, ctx, items, 'list');
  return { items, total, page: q.page, pageSize: q.pageSize };
}

/** One resource with the items that list it. */
export async function getResourceDetail(db: Db, ctx: RequestContext, id: string, audit = true): Promise<ResourceDetail> {
  const actor = authorize(ctx, 'catalogue.read');
  const row = await findResourceRow(db, actor.tenantId, id);
  if (!row) throw notFound();
  const summary = resourceSummaryOf(actor, row);
  if (audit) await auditUnmaskedContacts(db, ctx, [summary], 'detail');
  return { ...summary, address: row.address, description: row.description, relatedItems: await listItemsReferencingResource(db, actor.tenantId, id) };
}

async function checkResourceReferences(db: Db, tenantId: string, d: ResourceData): Promise<void> {
  const errors: FieldError[] = [];
  if (!(await listDepartmentRows(db, tenantId)).some((x) => x.id === d.departmentId)) errors.push(fieldError('departmentId', 'unknown_department', '部门不存在', 'No such department'));
  if (d.townId && !(await listTownRows(db, tenantId)).some((x) => x.id === d.townId)) errors.push(fieldError('townId', 'unknown_town', '乡镇（街道）不存在', 'No such town'));
  if (errors.length) throw new AppError('request.invalid', { fieldErrors: errors });
}

export function resourceDataOf(r: ResourceRow): ResourceData {
  return {
    code: r.code,
    name: r.name,
    kind: r.kind as ResourceKind,
    ownerOrg: r.ownerOrg,
    departmentId: r.departmentId,
    townId: r.townId,
    address: r.address,
    contactName: r.contactName,
    contactPhone: r.contactPhone,
    description: r.description,
    tags: r.tags,
    availability: r.availability as ResourceAvailability,
  };
}

const resourceWriteOf = (d: ResourceData) => ({ ...d, ...resourceSearchColumns(d) });

/** Inserts a resource (caller's transaction). */
export async function writeNewResource(tx: Db, ctx: RequestContext, actor: Actor, d: ResourceData, audit = true): Promise<string> {
  const id = await insertResource(tx, actor.tenantId, resourceWriteOf(d));
  if (audit) await recordAudit(tx, ctx, { action: 'catalogue.resource.created', targetType: 'resource', targetId: id, summary: { after: { ...d, contactPhone: maskPhone(d.contactPhone) } } });
  return id;
}

/** Writes a resource edit; returns false when nothing changed. Phones are audited masked. */
export async function writeResourceChange(tx: Db, ctx: RequestContext, tenantId: string, before: ResourceRow, d: ResourceData, changeNote: string | undefined, audit = true): Promise<boolean> {
  const old = resourceDataOf(before);
  const changed = changedFields(old, d);
  if (!changed.length) return false;
  await updateResource(tx, tenantId, before.id, resourceWriteOf(d));
  if (audit) {
    const pick = (s: ResourceData) => Object.fromEntries(changed.map((k) => [k, k === 'contactPhone' ? maskPhone(s.contactPhone) : s[k]]));
    await recordAudit(tx, ctx, { action: 'catalogue.resource.updated', targetType: 'resource', targetId: before.id, summary: { changeNote: changeNote ?? null, before: pick(old), after: pick(d) } });
  }
  return true;
}

/** Creates a resource; an officer only for its own department. */
export async function createResource(db: Db, ctx: RequestContext, input: ResourceInput): Promise<ResourceDetail> {
  const actor = authorize(ctx, 'catalogue.manage');
  if (!canManageDepartment(actor, input.departmentId)) throw new AppError('auth.forbidden');
  const id = await db.transaction(async (tx) => {
    await checkResourceReferences(tx, actor.tenantId, input);
    if (await findResourceIdByCode(tx, actor.tenantId, input.code)) throw duplicateCode();
    return writeNewResource(tx, ctx, actor, input);
  });
  return getResourceDetail(db, ctx, id, false);
}

async function lockResourceForWrite(tx: Db, actor: Actor, id: string): Promise<ResourceRow> {
  const row = await findResourceRow(tx, actor.tenantId, id, true);
  if (!row) throw notFound();
  if (!canManageDepartment(actor, row.departmentId)) throw new AppError('auth.forbidden');
  return row;
}

/** Edits a resource. */
export async function updateResourceEntry(db: Db, ctx: RequestContext, id: string, input: ResourceUpdateInput): Promise<ResourceDetail> {
  const actor = authorize(ctx, 'catalogue.manage');
  await db.transaction(async (tx) => {
    const row = await lockResourceForWrite(tx, actor, id);
    if (!canManageDepartment(actor, input.departmentId)) throw new AppError('auth.forbidden');
    await checkResourceReferences(tx, actor.tenantId, input);
    if (input.code !== row.code) {
      const other = await findResourceIdByCode(tx, actor.tenantId, input.code);
      if (other && other.id !== id) throw duplicateCode();
    }
    const { changeNote, ...data } = input;
    await writeResourceChange(tx, ctx, actor.tenantId, row, data, changeNote);
  });
  return getResourceDetail(db, ctx, id, false);
}

async function setResourceStatus(db: Db, ctx: RequestContext, id: string, to: 'in_force' | 'withdrawn', note: string): Promise<ResourceDetail> {
  const actor = authorize(ctx, 'catalogue.manage');
  await db.transaction(async (tx) => {
    const row = await lockResourceForWrite(tx, actor, id);
    if (row.status === to) throw new AppError(to === 'withdrawn' ? 'catalogue.already_withdrawn' : 'catalogue.not_withdrawn');
    await updateResource(tx, actor.tenantId, id, { status: to });
    await recordAudit(tx, ctx, {
      action: to === 'withdrawn' ? 'catalogue.resource.withdrawn' : 'catalogue.resource.restored',
      targetType: 'resource',
      targetId: id,
      summary: { reason: note, before: { status: row.status }, after: { status: to } },
    });
  });
  return getResourceDetail(db, ctx, id, false);
}

/** Withdraws a resource (no longer offered). */
export async function withdrawResource(db: Db, ctx: RequestContext, id: string, input: WithdrawInput): Promise<ResourceDetail> {
  return setResourceStatus(db, ctx, id, 'withdrawn', input.reason);
}

/** Offers a withdrawn resource again. */
export async function restoreResource(db: Db, ctx: RequestContext, id: string, input: RestoreInput | null | undefined): Promise<ResourceDetail> {
  return setResourceStatus(db, ctx, id, 'in_force', input?.reason ?? '恢复');
}

// ───────────── search ─────────────

/** At most this many candidates per type are ranked; enough for a county catalogue (ADR 0005). */
const CANDIDATES = 500;

/** Ranked full-text search over items and resources, with highlighted fragments. */
export async function searchCatalogue(db: Db, ctx: RequestContext, q: CatalogueSearchQuery): Promise<CatalogueSearchPage> {
  const actor = authorize(ctx, 'catalogue.read');
  const parsed = parseQuery(q.q);
  const status = q.status === 'all' ? undefined : q.status;
  // A filter that exists only on one side (category on items; kind and town on resources) narrows the type.
  const wantItems = q.type !== 'resource' && !q.kind && !q.town;
  const wantResources = q.type !== 'item' && !q.category;
  const run = async (mode: 'and' | 'or') => {
    const base = { tenantId: actor.tenantId, tsquery: toTsQuery(parsed, mode), initials: parsed.initials, phrases: parsed.phrases, status, departmentId: q.department, limit: CANDIDATES };
    const items = wantItems ? await searchItemCandidates(db, { ...base, category: q.category }) : [];
    const res = wantResources ? await searchResourceCandidates(db, { ...base, kind: q.kind, townId: q.town }) : [];
    return [...items.map((x) => ({ ...x, type: 'item' as const })), ...res.map((x) => ({ ...x, type: 'resource' as const }))].sort((a, b) => b.score - a.score || a.type.localeCompare(b.type));
  };
  let ranked = await run('and');
  // Nothing has every word: fall back to any word, still ranked by how much matched.
  if (!ranked.length && parsed.groups.length > 1) ranked = await run('or');
  const page = ranked.slice((q.page - 1) * q.pageSize, q.page * q.pageSize);
  const itemIds = page.filter((h) => h.type === 'item').map((h) => h.id);
  const resourceIds = page.filter((h) => h.type === 'resource').map((h) => h.id);
  const items = new Map((await listItemRows(db, { tenantId: actor.tenantId, ids: itemIds }, { sort: 'code', order: 'asc' })).rows.map((r) => [r.id, r]));
  const res = new Map((await listResourceRows(db, { tenantId: actor.tenantId, ids: resourceIds }, { sort: 'code', order: 'asc' })).rows.map((r) => [r.id, r]));
  const hits: CatalogueSearchHit[] = [];
  for (const h of page) {
    const score = Math.round(h.score * 10000) / 10000;
    if (h.type === 'item') {
      const r = items.get(h.id);
      if (!r) continue;
      const sources: HighlightSource[] = [
        { field: 'conditions', texts: r.conditions },
        { field: 'materials', texts: r.materials.map((m) => m.name) },
        { field: 'description', texts: [r.description] },
        { field: 'legalBasis', texts: [r.legalBasis] },
      ];
      hits.push({ type: 'item', id: r.id, code: r.code, name: r.name, score, status: r.status, departmentName: r.leadDepartmentName, category: r.category as ServiceItemCategory, kind: null, townName: null, ...highlight(parsed, r.name, sources) });
    } else {
      const r = res.get(h.id);
      if (!r) continue;
      const sources: HighlightSource[] = [
        { field: 'tags', texts: r.tags },
        { field: 'ownerOrg', texts: [r.ownerOrg] },
        { field: 'description', texts: [r.description] },
        { field: 'address', texts: [r.address] },
      ];
      hits.push({ type: 'resource', id: r.id, code: r.code, name: r.name, score, status: r.status, departmentName: r.departmentName, category: null, kind: r.kind as ResourceKind, townName: r.townName, ...highlight(parsed, r.name, sources) });
    }
  }
  return { items: hits, total: ranked.length, page: q.page, pageSize: q.pageSize, terms: parsed.groups.map((g) => g.term), expandedTerms: parsed.expandedTerms };
}

// ───────────── backfill ─────────────

/**
 * Fills the search columns of rows written without them and records version 1 of items that
 * have no version yet (the demo loader inserts raw rows). Idempotent; runs in the caller's transaction.
 */
export async function backfillCatalogue(tx: Db, tenantId: string): Promise<{ items: number; resources: number; versions: number }> {
  const items = await listItemsWithoutSearch(tx, tenantId);
  for (const it of items) await setItemSearchColumns(tx, it.id, itemSearchColumns(it));
  const res = await listResourcesWithoutSearch(tx, tenantId);
  for (const r of res) await setResourceSearchColumns(tx, r.id, resourceSearchColumns(r));
  const ids = await listItemIdsWithoutVersions(tx, tenantId);
  for (const id of ids) {
    const row = await findItemRow(tx, tenantId, id);
    if (!row) continue;
    const co = await listCoDepartments(tx, [id]);
    const snapshot = snapshotOf(row, (co.get(id) ?? []).map((d) => d.id));
    await insertItemVersion(tx, { tenantId, itemId: id, snapshot: { ...snapshot, coDepartmentIds: [...snapshot.coDepartmentIds].sort(), relatedResourceIds: [...snapshot.relatedResourceIds].sort() }, changedBy: null, changeNote: '初始导入' });
  }
  return { items: items.length, resources: res.length, versions: ids.length };
}
