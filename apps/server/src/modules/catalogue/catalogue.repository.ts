import { and, asc, count, desc, eq, ilike, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { users } from '../identity/identity.table.ts';
import { departments, towns } from '../org/org.table.ts';
import {
  catalogueImportRejects,
  resources,
  serviceItemCoDepartments,
  serviceItems,
  serviceItemVersions,
  type MaterialSpec,
} from './catalogue.table.ts';
import type { ServiceItemSnapshot } from '@yunju/contracts';

export type CatalogueStatusValue = 'in_force' | 'withdrawn';

export async function countServiceItems(db: Db, tenantId: string, leadDepartmentId?: string): Promise<number> {
  const conds = [eq(serviceItems.tenantId, tenantId), eq(serviceItems.status, 'in_force')];
  if (leadDepartmentId) conds.push(eq(serviceItems.leadDepartmentId, leadDepartmentId));
  const [r] = await db.select({ n: count() }).from(serviceItems).where(and(...conds));
  return r?.n ?? 0;
}

export async function countResources(db: Db, tenantId: string, departmentId?: string): Promise<number> {
  const conds = [eq(resources.tenantId, tenantId), eq(resources.status, 'in_force')];
  if (departmentId) conds.push(eq(resources.departmentId, departmentId));
  const [r] = await db.select({ n: count() }).from(resources).where(and(...conds));
  return r?.n ?? 0;
}

const escapeLike = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

// ───────────── org look-ups (names for display, codes for Excel) ─────────────

export interface DepartmentRow {
  id: string;
  code: string;
  name: string;
  shortName: string;
}

export async function listDepartmentRows(db: Db, tenantId: string): Promise<DepartmentRow[]> {
  return db
    .select({ id: departments.id, code: departments.code, name: departments.name, shortName: departments.shortName })
    .from(departments)
    .where(eq(departments.tenantId, tenantId))
    .orderBy(asc(departments.code));
}

export async function listTownRows(db: Db, tenantId: string): Promise<{ id: string; code: string; name: string }[]> {
  return db.select({ id: towns.id, code: towns.code, name: towns.name }).from(towns).where(eq(towns.tenantId, tenantId)).orderBy(asc(towns.code));
}

// ───────────── service items ─────────────

export interface ItemRow {
  id: string;
  code: string;
  name: string;
  category: string;
  leadDepartmentId: string;
  leadDepartmentCode: string;
  leadDepartmentName: string;
  promisedDays: number;
  channels: string[];
  conditions: string[];
  materials: MaterialSpec[];
  legalBasis: string;
  description: string;
  relatedResourceIds: string[];
  status: CatalogueStatusValue;
  version: number;
  updatedAt: Date;
}

const itemColumns = {
  id: serviceItems.id,
  code: serviceItems.code,
  name: serviceItems.name,
  category: serviceItems.category,
  leadDepartmentId: serviceItems.leadDepartmentId,
  leadDepartmentCode: departments.code,
  leadDepartmentName: departments.name,
  promisedDays: serviceItems.promisedDays,
  channels: serviceItems.channels,
  conditions: serviceItems.conditions,
  materials: serviceItems.materials,
  legalBasis: serviceItems.legalBasis,
  description: serviceItems.description,
  relatedResourceIds: serviceItems.relatedResourceIds,
  status: serviceItems.status,
  version: serviceItems.version,
  updatedAt: serviceItems.updatedAt,
};

export interface ItemFilter {
  tenantId: string;
  keyword?: string | undefined;
  departmentId?: string | undefined;
  category?: string | undefined;
  status?: CatalogueStatusValue | undefined;
  codes?: string[] | undefined;
  ids?: string[] | undefined;
}

function itemWhere(f: ItemFilter): SQL | undefined {
  const conds: (SQL | undefined)[] = [eq(serviceItems.tenantId, f.tenantId)];
  if (f.status) conds.push(eq(serviceItems.status, f.status));
  if (f.category) conds.push(eq(serviceItems.category, f.category));
  if (f.codes) conds.push(f.codes.length ? inArray(serviceItems.code, f.codes) : sql`false`);
  if (f.ids) conds.push(f.ids.length ? inArray(serviceItems.id, f.ids) : sql`false`);
  if (f.departmentId) {
    conds.push(
      or(
        eq(serviceItems.leadDepartmentId, f.departmentId),
        sql`exists (select 1 from ${serviceItemCoDepartments} where ${serviceItemCoDepartments.itemId} = ${serviceItems.id} and ${serviceItemCoDepartments.departmentId} = ${f.departmentId})`,
      ),
    );
  }
  if (f.keyword) conds.push(or(ilike(serviceItems.name, escapeLike(f.keyword)), ilike(serviceItems.code, escapeLike(f.keyword))));
  return and(...conds);
}

export type ItemSort = 'code' | 'name' | 'promisedDays';

function itemOrder(sort: ItemSort, order: 'asc' | 'desc'): SQL[] {
  const dir = order === 'asc' ? asc : desc;
  switch (sort) {
    case 'code':
      return [dir(serviceItems.code)];
    case 'name':
      // Pinyin initials first: Chinese readers expect 拼音 order, not code-point order.
      return [dir(sql`coalesce(${serviceItems.nameInitials}, '')`), dir(serviceItems.name), asc(serviceItems.code)];
    case 'promisedDays':
      return [dir(serviceItems.promisedDays), asc(serviceItems.code)];
  }
}

export async function listItemRows(
  db: Db,
  f: ItemFilter,
  opts: { sort: ItemSort; order: 'asc' | 'desc'; limit?: number; offset?: number; forUpdate?: boolean },
): Promise<{ rows: ItemRow[]; total: number }> {
  const where = itemWhere(f);
  const q = db.select(itemColumns).from(serviceItems).innerJoin(departments, eq(departments.id, serviceItems.leadDepartmentId)).where(where).orderBy(...itemOrder(opts.sort, opts.order));
  if (opts.limit !== undefined) {
    const [rows, totals] = await Promise.all([q.limit(opts.limit).offset(opts.offset ?? 0), db.select({ n: count() }).from(serviceItems).where(where)]);
    return { rows: rows as ItemRow[], total: totals[0]?.n ?? 0 };
  }
  const rows = (opts.forUpdate ? await q.for('update', { of: serviceItems }) : await q) as ItemRow[];
  return { rows, total: rows.length };
}

export async function findItemRow(db: Db, tenantId: string, id: string, forUpdate = false): Promise<ItemRow | undefined> {
  const { rows } = await listItemRows(db, { tenantId, ids: [id] }, { sort: 'code', order: 'asc', forUpdate });
  return rows[0];
}

export async function findItemRowByCode(db: Db, tenantId: string, code: string): Promise<{ id: string } | undefined> {
  const [r] = await db.select({ id: serviceItems.id }).from(serviceItems).where(and(eq(serviceItems.tenantId, tenantId), eq(serviceItems.code, code)));
  return r;
}

/** Co-handling departments per item, in department-code order. */
export async function listCoDepartments(db: Db, itemIds: string[]): Promise<Map<string, DepartmentRow[]>> {
  const map = new Map<string, DepartmentRow[]>();
  if (!itemIds.length) return map;
  const rows = await db
    .select({ itemId: serviceItemCoDepartments.itemId, id: departments.id, code: departments.code, name: departments.name, shortName: departments.shortName })
    .from(serviceItemCoDepartments)
    .innerJoin(departments, eq(departments.id, serviceItemCoDepartments.departmentId))
    .where(inArray(serviceItemCoDepartments.itemId, itemIds))
    .orderBy(asc(departments.code));
  for (const { itemId, ...d } of rows) map.set(itemId, [...(map.get(itemId) ?? []), d]);
  return map;
}

export interface ItemWrite {
  code: string;
  name: string;
  category: string;
  leadDepartmentId: string;
  promisedDays: number;
  channels: string[];
  conditions: string[];
  materials: MaterialSpec[];
  legalBasis: string;
  description: string;
  relatedResourceIds: string[];
  searchNameTokens: string;
  searchMainTokens: string;
  searchRestTokens: string;
  nameInitials: string;
}

export async function insertItem(tx: Db, tenantId: string, values: ItemWrite): Promise<string> {
  const [r] = await tx
    .insert(serviceItems)
    .values({ ...values, tenantId, version: 1, status: 'in_force' })
    .returning({ id: serviceItems.id });
  return r!.id;
}

/** Writes the new state and the next version number; returns that number. */
export async function updateItem(tx: Db, tenantId: string, id: string, values: Partial<ItemWrite> & { status?: CatalogueStatusValue }): Promise<number> {
  const [r] = await tx
    .update(serviceItems)
    .set({ ...values, version: sql`${serviceItems.version} + 1`, updatedAt: new Date() })
    .where(and(eq(serviceItems.tenantId, tenantId), eq(serviceItems.id, id)))
    .returning({ version: serviceItems.version });
  return r!.version;
}

export async function replaceCoDepartments(tx: Db, tenantId: string, itemId: string, departmentIds: string[]): Promise<void> {
  await tx.delete(serviceItemCoDepartments).where(and(eq(serviceItemCoDepartments.tenantId, tenantId), eq(serviceItemCoDepartments.itemId, itemId)));
  if (departmentIds.length) await tx.insert(serviceItemCoDepartments).values(departmentIds.map((departmentId) => ({ tenantId, itemId, departmentId })));
}

export async function insertItemVersion(tx: Db, v: { tenantId: string; itemId: string; snapshot: ServiceItemSnapshot; changedBy: string | null; changeNote: string }): Promise<void> {
  await tx.insert(serviceItemVersions).values({ ...v, version: v.snapshot.version });
}

export interface VersionRow {
  version: number;
  snapshot: ServiceItemSnapshot;
  changedAt: Date;
  changedBy: string | null;
  changeNote: string;
}

const versionColumns = {
  version: serviceItemVersions.version,
  snapshot: serviceItemVersions.snapshot,
  changedAt: serviceItemVersions.changedAt,
  changedBy: users.displayName,
  changeNote: serviceItemVersions.changeNote,
};

export async function listItemVersions(db: Db, tenantId: string, itemId: string): Promise<VersionRow[]> {
  return db
    .select(versionColumns)
    .from(serviceItemVersions)
    .leftJoin(users, eq(users.id, serviceItemVersions.changedBy))
    .where(and(eq(serviceItemVersions.tenantId, tenantId), eq(serviceItemVersions.itemId, itemId)))
    .orderBy(desc(serviceItemVersions.version));
}

export async function findItemVersion(db: Db, tenantId: string, itemId: string, version: number): Promise<VersionRow | undefined> {
  const [r] = await db
    .select(versionColumns)
    .from(serviceItemVersions)
    .leftJoin(users, eq(users.id, serviceItemVersions.changedBy))
    .where(and(eq(serviceItemVersions.tenantId, tenantId), eq(serviceItemVersions.itemId, itemId), eq(serviceItemVersions.version, version)));
  return r;
}

// ───────────── resources ─────────────

export interface ResourceRow {
  id: string;
  code: string;
  name: string;
  kind: string;
  ownerOrg: string;
  departmentId: string;
  departmentCode: string;
  departmentName: string;
  townId: string | null;
  townCode: string | null;
  townName: string | null;
  address: string;
  contactName: string;
  contactPhone: string;
  description: string;
  tags: string[];
  availability: string;
  status: CatalogueStatusValue;
  updatedAt: Date;
}

const resourceColumns = {
  id: resources.id,
  code: resources.code,
  name: resources.name,
  kind: resources.kind,
  ownerOrg: resources.ownerOrg,
  departmentId: resources.departmentId,
  departmentCode: departments.code,
  departmentName: departments.name,
  townId: resources.townId,
  townCode: towns.code,
  townName: towns.name,
  address: resources.address,
  contactName: resources.contactName,
  contactPhone: resources.contactPhone,
  description: resources.description,
  tags: resources.tags,
  availability: resources.availability,
  status: resources.status,
  updatedAt: resources.updatedAt,
};

export interface ResourceFilterRow {
  tenantId: string;
  keyword?: string | undefined;
  departmentId?: string | undefined;
  townId?: string | undefined;
  kind?: string | undefined;
  availability?: string | undefined;
  status?: CatalogueStatusValue | undefined;
  codes?: string[] | undefined;
  ids?: string[] | undefined;
}

function resourceWhere(f: ResourceFilterRow): SQL | undefined {
  const conds: (SQL | undefined)[] = [eq(resources.tenantId, f.tenantId)];
  if (f.status) conds.push(eq(resources.status, f.status));
  if (f.kind) conds.push(eq(resources.kind, f.kind));
  if (f.availability) conds.push(eq(resources.availability, f.availability));
  if (f.departmentId) conds.push(eq(resources.departmentId, f.departmentId));
  if (f.townId) conds.push(eq(resources.townId, f.townId));
  if (f.codes) conds.push(f.codes.length ? inArray(resources.code, f.codes) : sql`false`);
  if (f.ids) conds.push(f.ids.length ? inArray(resources.id, f.ids) : sql`false`);
  if (f.keyword) {
    const p = escapeLike(f.keyword);
    conds.push(or(ilike(resources.name, p), ilike(resources.code, p), ilike(resources.ownerOrg, p)));
  }
  return and(...conds);
}

export async function listResourceRows(
  db: Db,
  f: ResourceFilterRow,
  opts: { sort: 'code' | 'name'; order: 'asc' | 'desc'; limit?: number; offset?: number; forUpdate?: boolean },
): Promise<{ rows: ResourceRow[]; total: number }> {
  const where = resourceWhere(f);
  const dir = opts.order === 'asc' ? asc : desc;
  const orderBy = opts.sort === 'code' ? [dir(resources.code)] : [dir(sql`coalesce(${resources.nameInitials}, '')`), dir(resources.name), asc(resources.code)];
  const q = db
    .select(resourceColumns)
    .from(resources)
    .innerJoin(departments, eq(departments.id, resources.departmentId))
    .leftJoin(towns, eq(towns.id, resources.townId))
    .where(where)
    .orderBy(...orderBy);
  if (opts.limit !== undefined) {
    const [rows, totals] = await Promise.all([q.limit(opts.limit).offset(opts.offset ?? 0), db.select({ n: count() }).from(resources).where(where)]);
    return { rows: rows as ResourceRow[], total: totals[0]?.n ?? 0 };
  }
  const rows = (opts.forUpdate ? await q.for('update', { of: resources }) : await q) as ResourceRow[];
  return { rows, total: rows.length };
}

export async function findResourceRow(db: Db, tenantId: string, id: string, forUpdate = false): Promise<ResourceRow | undefined> {
  const { rows } = await listResourceRows(db, { tenantId, ids: [id] }, { sort: 'code', order: 'asc', forUpdate });
  return rows[0];
}

export async function findResourceIdByCode(db: Db, tenantId: string, code: string): Promise<{ id: string } | undefined> {
  const [r] = await db.select({ id: resources.id }).from(resources).where(and(eq(resources.tenantId, tenantId), eq(resources.code, code)));
  return r;
}

export async function listResourceRefs(db: Db, tenantId: string, ids: string[]): Promise<{ id: string; code: string; name: string; kind: string; status: CatalogueStatusValue }[]> {
  if (!ids.length) return [];
  return db
    .select({ id: resources.id, code: resources.code, name: resources.name, kind: resources.kind, status: resources.status })
    .from(resources)
    .where(and(eq(resources.tenantId, tenantId), inArray(resources.id, ids)))
    .orderBy(asc(resources.code));
}

/** Resource id by code, for the whole tenant (Excel refers to resources by code). */
export async function listResourceCodes(db: Db, tenantId: string): Promise<{ id: string; code: string }[]> {
  return db.select({ id: resources.id, code: resources.code }).from(resources).where(eq(resources.tenantId, tenantId));
}

export async function listItemsReferencingResource(db: Db, tenantId: string, resourceId: string): Promise<{ id: string; code: string; name: string; status: CatalogueStatusValue }[]> {
  return db
    .select({ id: serviceItems.id, code: serviceItems.code, name: serviceItems.name, status: serviceItems.status })
    .from(serviceItems)
    .where(and(eq(serviceItems.tenantId, tenantId), sql`${resourceId}::uuid = any(${serviceItems.relatedResourceIds})`))
    .orderBy(asc(serviceItems.code));
}

export interface ResourceWrite {
  code: string;
  name: string;
  kind: string;
  ownerOrg: string;
  departmentId: string;
  townId: string | null;
  address: string;
  contactName: string;
  contactPhone: string;
  description: string;
  tags: string[];
  availability: string;
  searchNameTokens: string;
  searchMainTokens: string;
  searchRestTokens: string;
  nameInitials: string;
}

export async function insertResource(tx: Db, tenantId: string, values: ResourceWrite): Promise<string> {
  const [r] = await tx
    .insert(resources)
    .values({ ...values, tenantId, status: 'in_force' })
    .returning({ id: resources.id });
  return r!.id;
}

export async function updateResource(tx: Db, tenantId: string, id: string, values: Partial<ResourceWrite> & { status?: CatalogueStatusValue }): Promise<void> {
  await tx
    .update(resources)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(resources.tenantId, tenantId), eq(resources.id, id)));
}

// ───────────── search ─────────────

export interface SearchArgs {
  tenantId: string;
  /** Text for to_tsquery('simple', …); built from letters and digits only (catalogue-search.ts). */
  tsquery: string | null;
  initials: string | null;
  /** Exact phrases (the normalised query, synonyms of a one-word query) earning a bonus; each at least 2 characters. */
  phrases: string[];
  status?: CatalogueStatusValue | undefined;
  departmentId?: string | undefined;
  category?: string | undefined;
  kind?: string | undefined;
  townId?: string | undefined;
  limit: number;
}

/** ts_rank weights {D, C, B, A}: name (A) ≫ conditions, materials, tags (B) > description, legal basis (C). */
const RANK_WEIGHTS = '{0.02, 0.1, 0.3, 1.0}';

function rankedMatch(args: SearchArgs, cols: { name: SQL; vector: SQL; initials: SQL; mainText: SQL; restText: SQL }): { where: SQL; score: SQL<number> } {
  // search_vector: stored, generated from the token columns, GIN-indexed (migration 0008).
  const vector = cols.vector;
  const query = args.tsquery ? sql`to_tsquery('simple', ${args.tsquery})` : undefined;
  const matches: SQL[] = [];
  const score: SQL[] = [];
  if (query) {
    matches.push(sql`${vector} @@ ${query}`);
    score.push(sql`ts_rank(${RANK_WEIGHTS}::float4[], ${vector}, ${query})`);
  }
  if (args.initials) {
    matches.push(sql`coalesce(${cols.initials}, '') like ${`%${args.initials}%`}`);
    score.push(sql`(case when coalesce(${cols.initials}, '') like ${`${args.initials}%`} then 0.8 when coalesce(${cols.initials}, '') like ${`%${args.initials}%`} then 0.5 else 0 end)`);
  }
  if (args.phrases.length) {
    const contains = (text: SQL) => sql`(${sql.join(
      args.phrases.map((p) => sql`strpos(lower(${text}), ${p}) > 0`),
      sql` or `,
    )})`;
    matches.push(contains(cols.name));
    score.push(sql`(case when ${contains(cols.name)} then 1.0 else 0 end)`);
    score.push(sql`(case when ${contains(cols.mainText)} then 0.3 else 0 end)`);
    score.push(sql`(case when ${contains(cols.restText)} then 0.1 else 0 end)`);
  }
  return { where: matches.length ? sql`(${sql.join(matches, sql` or `)})` : sql`false`, score: sql<number>`(${sql.join(score.length ? score : [sql`0`], sql` + `)})::float8` };
}

export async function searchItemCandidates(db: Db, args: SearchArgs): Promise<{ id: string; score: number }[]> {
  const { where, score } = rankedMatch(args, {
    name: sql`${serviceItems.name}`,
    vector: sql`${serviceItems.searchVector}`,
    initials: sql`${serviceItems.nameInitials}`,
    mainText: sql`(${serviceItems.conditions}::text || ' ' || ${serviceItems.materials}::text)`,
    restText: sql`(${serviceItems.description} || ' ' || ${serviceItems.legalBasis})`,
  });
  const filter = itemWhere({ tenantId: args.tenantId, status: args.status, departmentId: args.departmentId, category: args.category });
  const rows = await db
    .select({ id: serviceItems.id, score })
    .from(serviceItems)
    .where(and(filter, where))
    .orderBy(desc(score), asc(serviceItems.code))
    .limit(args.limit);
  return rows.map((r) => ({ id: r.id, score: Number(r.score) }));
}

export async function searchResourceCandidates(db: Db, args: SearchArgs): Promise<{ id: string; score: number }[]> {
  const { where, score } = rankedMatch(args, {
    name: sql`${resources.name}`,
    vector: sql`${resources.searchVector}`,
    initials: sql`${resources.nameInitials}`,
    mainText: sql`(array_to_string(${resources.tags}, ' ') || ' ' || ${resources.ownerOrg})`,
    restText: sql`(${resources.description} || ' ' || ${resources.address})`,
  });
  const filter = resourceWhere({ tenantId: args.tenantId, status: args.status, departmentId: args.departmentId, kind: args.kind, townId: args.townId });
  const rows = await db
    .select({ id: resources.id, score })
    .from(resources)
    .where(and(filter, where))
    .orderBy(desc(score), asc(resources.code))
    .limit(args.limit);
  return rows.map((r) => ({ id: r.id, score: Number(r.score) }));
}

// ───────────── backfill (demo data, rows written before search columns existed) ─────────────

export async function listItemsWithoutSearch(db: Db, tenantId: string): Promise<{ id: string; name: string; conditions: string[]; materials: MaterialSpec[]; description: string; legalBasis: string }[]> {
  return db
    .select({ id: serviceItems.id, name: serviceItems.name, conditions: serviceItems.conditions, materials: serviceItems.materials, description: serviceItems.description, legalBasis: serviceItems.legalBasis })
    .from(serviceItems)
    .where(and(eq(serviceItems.tenantId, tenantId), isNull(serviceItems.searchNameTokens)));
}

export async function listResourcesWithoutSearch(db: Db, tenantId: string): Promise<{ id: string; name: string; tags: string[]; ownerOrg: string; description: string; address: string }[]> {
  return db
    .select({ id: resources.id, name: resources.name, tags: resources.tags, ownerOrg: resources.ownerOrg, description: resources.description, address: resources.address })
    .from(resources)
    .where(and(eq(resources.tenantId, tenantId), isNull(resources.searchNameTokens)));
}

type SearchWrite = Pick<ItemWrite, 'searchNameTokens' | 'searchMainTokens' | 'searchRestTokens' | 'nameInitials'>;

export async function setItemSearchColumns(tx: Db, id: string, cols: SearchWrite): Promise<void> {
  await tx.update(serviceItems).set(cols).where(eq(serviceItems.id, id));
}

export async function setResourceSearchColumns(tx: Db, id: string, cols: SearchWrite): Promise<void> {
  await tx.update(resources).set(cols).where(eq(resources.id, id));
}

/** Items that have no version row yet (loaded by the demo seeder): their current state becomes version N. */
export async function listItemIdsWithoutVersions(db: Db, tenantId: string): Promise<string[]> {
  const rows = await db
    .select({ id: serviceItems.id })
    .from(serviceItems)
    .where(and(eq(serviceItems.tenantId, tenantId), sql`not exists (select 1 from ${serviceItemVersions} where ${serviceItemVersions.itemId} = ${serviceItems.id})`));
  return rows.map((r) => r.id);
}

// ───────────── import rejects ─────────────

export async function insertImportRejects(tx: Db, v: { tenantId: string; createdBy: string; kind: 'items' | 'resources'; workbook: Buffer; expiresAt: Date }): Promise<string> {
  await tx.delete(catalogueImportRejects).where(lt(catalogueImportRejects.expiresAt, new Date()));
  const [r] = await tx.insert(catalogueImportRejects).values(v).returning({ id: catalogueImportRejects.id });
  return r!.id;
}

export async function findImportRejects(db: Db, tenantId: string, id: string): Promise<{ createdBy: string; kind: 'items' | 'resources'; workbook: Buffer; expiresAt: Date } | undefined> {
  const [r] = await db
    .select({ createdBy: catalogueImportRejects.createdBy, kind: catalogueImportRejects.kind, workbook: catalogueImportRejects.workbook, expiresAt: catalogueImportRejects.expiresAt })
    .from(catalogueImportRejects)
    .where(and(eq(catalogueImportRejects.tenantId, tenantId), eq(catalogueImportRejects.id, id)));
  return r;
}
