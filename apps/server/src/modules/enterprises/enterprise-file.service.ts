import {
  hasPermission,
  normalizeUscc,
  validateUscc,
  type Contact,
  type ContactsInput,
  type CooperationInput,
  type EnterpriseDetail,
  type EnterpriseInput,
  type EnterpriseUpdateInput,
  type FieldError,
  type IndustryList,
  type IndustryQuery,
  type LinkedRecord,
  type QualificationInput,
  type QualificationKind,
  type RdInstitutionLevel,
  type YearlyStatsInput,
} from '@yunju/contracts';
import type { Db } from '../../platform/db.ts';
import { authorize, type Actor, type RequestContext } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { listCases } from '../cases/index.ts';
import { enterpriseMatchingRecords } from '../matching/index.ts';
import { enterpriseDepositsOverview } from '../safebox/index.ts';
import { GBT4754_BY_CODE, GBT4754_ENTRIES, GBT4754_SOURCE, levelOfCode } from './data/gbt4754-2017.ts';
import {
  countPendingCorrections,
  deleteCooperationRow,
  deleteQualificationRow,
  ensureIndustry,
  findEnterpriseByCreditCode,
  findEnterpriseFile,
  findIndustryName,
  findStatsRows,
  insertCooperation,
  insertEnterprise,
  insertQualification,
  listCooperationRows,
  listIndustryRows,
  listQualificationRows,
  listStatsRows,
  refreshCoverage,
  townExists,
  updateEnterpriseRow,
  updateQualificationRow,
  upsertStatsRows,
  type StatsRow,
} from './enterprise-file.repository.ts';

const invalid = (fieldErrors: FieldError[]) => new AppError('request.invalid', { fieldErrors });

/**
 * The canonical credit code, or a 400 naming `creditCode` with the position (and, for the check
 * character, the expected character) in both languages.
 */
export function checkCreditCode(raw: string, path = 'creditCode'): string {
  const code = normalizeUscc(raw);
  const v = validateUscc(code);
  if (v.ok) return code;
  throw invalid([{ path, code: `uscc.${v.reason}`, message: v.messageZh, messageEn: v.messageEn }]);
}

/** Enterprise users see only their own enterprise; everyone else with enterprise.read_all the county. */
export function canSeeEnterprise(actor: Actor, enterpriseId: string): boolean {
  return hasPermission(actor.role, 'enterprise.read_all') || actor.enterpriseId === enterpriseId;
}

async function resolveIndustry(db: Db, code: string): Promise<string> {
  const known = await findIndustryName(db, code);
  if (known) return known;
  const entry = GBT4754_BY_CODE.get(code);
  if (entry && entry.level !== 'section') return entry.name;
  throw invalid([{ path: 'industryCode', code: 'unknown_industry', message: `行业代码 ${code} 不在 GB/T 4754-2017 分类中`, messageEn: `Industry code ${code} is not in GB/T 4754-2017` }]);
}

async function checkTown(db: Db, tenantId: string, townId: string): Promise<void> {
  if (!(await townExists(db, tenantId, townId))) throw invalid([{ path: 'townId', code: 'unknown_town', message: '所选乡镇（街道）不存在', messageEn: 'No such town in this county' }]);
}

function statsOf(r: StatsRow) {
  return {
    year: r.year,
    revenueFen: r.revenueFen,
    rdSpendingFen: r.rdSpendingFen,
    highTechRevenueFen: r.highTechRevenueFen,
    exportFen: r.exportFen,
    employees: r.employees,
    rdStaff: r.rdStaff,
    techStaff: r.techStaff,
    inventionApplied: r.inventionApplied,
    inventionGranted: r.inventionGranted,
    utilityApplied: r.utilityApplied,
    utilityGranted: r.utilityGranted,
    validInventionPatents: r.validInventionPatents,
  };
}

async function linkedRecords(db: Db, ctx: RequestContext, enterpriseId: string): Promise<LinkedRecord[]> {
  const actor = ctx.actor;
  if (!actor || !hasPermission(actor.role, 'case.read')) return [];
  const page = await listCases(db, ctx, { enterprise: enterpriseId, page: 1, pageSize: 50 } as Parameters<typeof listCases>[2], new Date());
  return page.items.map((c) => ({ kind: 'case' as const, id: c.id, title: `${c.number} ${c.title}`, status: c.status, at: c.submittedAt }));
}

/** The whole file, as the caller may see it. */
export async function getEnterpriseFile(db: Db, ctx: RequestContext, id: string): Promise<EnterpriseDetail> {
  const actor = authorize(ctx, 'enterprise.read');
  if (!canSeeEnterprise(actor, id)) throw notFound();
  return loadDetail(db, ctx, actor.tenantId, id);
}

async function loadDetail(db: Db, ctx: RequestContext, tenantId: string, id: string): Promise<EnterpriseDetail> {
  const row = await findEnterpriseFile(db, tenantId, id);
  if (!row) throw notFound();
  const [quals, stats, coops, pending, linked, matching, deposits] = await Promise.all([
    listQualificationRows(db, id),
    listStatsRows(db, id),
    listCooperationRows(db, id),
    countPendingCorrections(db, id),
    linkedRecords(db, ctx, id),
    // Each module scopes its own records to the caller (null: not shown to this caller).
    enterpriseMatchingRecords(db, ctx, id),
    enterpriseDepositsOverview(db, ctx, id),
  ]);
  const e = row.e;
  return {
    id: e.id,
    creditCode: e.creditCode,
    name: e.name,
    townId: e.townId,
    townCode: row.townCode,
    townName: row.townName,
    industryCode: e.industryCode,
    industryName: row.industryName,
    size: e.size,
    isAboveScale: e.isAboveScale,
    qualifications: [...new Set(quals.map((q) => q.kind))].sort() as QualificationKind[],
    address: e.address,
    foundedOn: e.foundedOn,
    legalRepresentative: e.legalRepresentative,
    contactPhone: e.contactPhone,
    rdInstitutionLevel: e.rdInstitutionLevel,
    rdInstitutionName: e.rdInstitutionName,
    rdInstitutionSince: e.rdInstitutionSince,
    qualificationDetails: quals.map((q) => ({ id: q.id, kind: q.kind as QualificationKind, level: q.level, certificateNo: q.certificateNo, issuedOn: q.issuedOn, expiresOn: q.expiresOn })),
    stats: stats.map(statsOf),
    cooperations: coops.map((c) => ({ id: c.id, partner: c.partner, partnerKind: c.partnerKind, project: c.project, startYear: c.startYear, endYear: c.endYear, amountFen: c.amountFen })),
    contacts: e.contacts.map((c) => ({ name: c.name, role: c.role, phone: c.phone, email: c.email ?? null })),
    linked,
    ...(matching ? { matching } : {}),
    ...(deposits ? { deposits } : {}),
    pendingCorrections: pending,
    updatedAt: e.updatedAt.toISOString(),
  };
}

function institutionFields(input: { rdInstitutionLevel?: RdInstitutionLevel | undefined; rdInstitutionName?: string | null | undefined; rdInstitutionSince?: number | null | undefined }) {
  if (input.rdInstitutionLevel && input.rdInstitutionLevel !== 'none' && !input.rdInstitutionName) {
    throw invalid([{ path: 'rdInstitutionName', code: 'required', message: '请填写研发机构名称', messageEn: 'Name the R&D institution' }]);
  }
}

/** Creates an enterprise file (officers, admins); the credit code is validated per GB 32100-2015. */
export async function createEnterprise(db: Db, ctx: RequestContext, input: EnterpriseInput): Promise<EnterpriseDetail> {
  const actor = authorize(ctx, 'enterprise.manage');
  const creditCode = checkCreditCode(input.creditCode);
  institutionFields(input);
  await checkTown(db, actor.tenantId, input.townId);
  const industryName = await resolveIndustry(db, input.industryCode);
  const id = await db.transaction(async (tx) => {
    if (await findEnterpriseByCreditCode(tx, actor.tenantId, creditCode)) throw new AppError('enterprise.duplicate_credit_code');
    await ensureIndustry(tx, input.industryCode, industryName);
    const values = {
      tenantId: actor.tenantId,
      creditCode,
      name: input.name,
      townId: input.townId,
      address: input.address,
      industryCode: input.industryCode,
      size: input.size,
      isAboveScale: input.isAboveScale,
      foundedOn: input.foundedOn ?? null,
      legalRepresentative: input.legalRepresentative ?? null,
      contactPhone: input.contactPhone ?? null,
      rdInstitutionLevel: input.rdInstitutionLevel ?? 'none',
      rdInstitutionName: input.rdInstitutionName ?? null,
      rdInstitutionSince: input.rdInstitutionSince ?? null,
    };
    const newId = await insertEnterprise(tx, values);
    await recordAudit(tx, ctx, { action: 'enterprise.created', targetType: 'enterprise', targetId: newId, summary: { after: { ...values, tenantId: undefined } } });
    return newId;
  });
  return loadDetail(db, ctx, actor.tenantId, id);
}

const PROFILE_FIELDS = ['name', 'townId', 'address', 'industryCode', 'size', 'isAboveScale', 'foundedOn', 'legalRepresentative', 'contactPhone', 'rdInstitutionLevel', 'rdInstitutionName', 'rdInstitutionSince'] as const;

/** Edits the file's profile fields; the audit row keeps only the changed fields, before and after. */
export async function updateEnterprise(db: Db, ctx: RequestContext, id: string, input: EnterpriseUpdateInput): Promise<EnterpriseDetail> {
  const actor = authorize(ctx, 'enterprise.manage');
  const current = await findEnterpriseFile(db, actor.tenantId, id);
  if (!current) throw notFound();
  if (input.townId !== undefined) await checkTown(db, actor.tenantId, input.townId);
  const industryName = input.industryCode !== undefined ? await resolveIndustry(db, input.industryCode) : undefined;
  const merged = { ...current.e, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) } as typeof current.e;
  institutionFields(merged);
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const k of PROFILE_FIELDS) {
    const v = (input as Record<string, unknown>)[k];
    if (v === undefined) continue;
    const old = (current.e as Record<string, unknown>)[k];
    if (JSON.stringify(old) === JSON.stringify(v)) continue;
    before[k] = old;
    after[k] = v;
  }
  if (Object.keys(after).length > 0) {
    await db.transaction(async (tx) => {
      if (input.industryCode !== undefined && industryName) await ensureIndustry(tx, input.industryCode, industryName);
      await updateEnterpriseRow(tx, actor.tenantId, id, after);
      await refreshCoverage(tx, actor.tenantId, [id]);
      await recordAudit(tx, ctx, { action: 'enterprise.updated', targetType: 'enterprise', targetId: id, summary: { before, after, changeNote: input.changeNote ?? null } });
    });
  }
  return loadDetail(db, ctx, actor.tenantId, id);
}

function checkStats(s: YearlyStatsInput): void {
  const errors: FieldError[] = [];
  if (s.highTechRevenueFen > s.revenueFen) errors.push({ path: 'highTechRevenueFen', code: 'too_big', message: '高新技术产品收入不能大于营业收入', messageEn: 'High-tech product revenue cannot exceed revenue' });
  if (s.rdStaff > s.employees) errors.push({ path: 'rdStaff', code: 'too_big', message: '研发人员不能多于从业人员', messageEn: 'R&D staff cannot exceed employees' });
  if (s.techStaff > s.employees) errors.push({ path: 'techStaff', code: 'too_big', message: '科技人员不能多于从业人员', messageEn: 'S&T staff cannot exceed employees' });
  if (s.inventionGranted > 0 && s.validInventionPatents === 0) errors.push({ path: 'validInventionPatents', code: 'too_small', message: '当年有发明专利授权，有效发明专利数不应为 0', messageEn: 'Invention patents were granted this year; valid invention patents cannot be 0' });
  if (errors.length) throw invalid(errors);
}
export { checkStats as checkYearlyStats };

/** Writes one year's statistics (in the caller's transaction) and recomputes the coverage flags. */
export async function writeStats(tx: Db, ctx: RequestContext, tenantId: string, enterpriseId: string, year: number, s: YearlyStatsInput, via: string): Promise<void> {
  const existing = (await findStatsRows(tx, tenantId, [{ enterpriseId, year }])).get(`${enterpriseId}:${year}`);
  await upsertStatsRows(tx, [{ tenantId, enterpriseId, year, ...s }]);
  await refreshCoverage(tx, tenantId, [enterpriseId]);
  await recordAudit(tx, ctx, { action: 'enterprise.stats_saved', targetType: 'enterprise', targetId: enterpriseId, summary: { year, via, before: existing ? statsOf(existing) : null, after: { year, ...s } } });
}

export async function putStats(db: Db, ctx: RequestContext, id: string, year: number, s: YearlyStatsInput): Promise<EnterpriseDetail> {
  const actor = authorize(ctx, 'enterprise.manage');
  if (!(await findEnterpriseFile(db, actor.tenantId, id))) throw notFound();
  checkStats(s);
  await db.transaction((tx) => writeStats(tx, ctx, actor.tenantId, id, year, s, 'officer'));
  return loadDetail(db, ctx, actor.tenantId, id);
}

function checkQualification(q: QualificationInput): void {
  if (q.expiresOn && q.expiresOn < q.issuedOn) throw invalid([{ path: 'expiresOn', code: 'too_small', message: '有效期截止日不能早于发证日期', messageEn: 'The expiry date cannot be before the issue date' }]);
}

async function editFile(db: Db, ctx: RequestContext, id: string, work: (tx: Db, actor: Actor) => Promise<void>): Promise<EnterpriseDetail> {
  const actor = authorize(ctx, 'enterprise.manage');
  if (!(await findEnterpriseFile(db, actor.tenantId, id))) throw notFound();
  await db.transaction(async (tx) => {
    await work(tx, actor);
    await refreshCoverage(tx, actor.tenantId, [id]);
  });
  return loadDetail(db, ctx, actor.tenantId, id);
}

export async function addQualification(db: Db, ctx: RequestContext, id: string, q: QualificationInput): Promise<EnterpriseDetail> {
  checkQualification(q);
  return editFile(db, ctx, id, async (tx, actor) => {
    const qid = await insertQualification(tx, { tenantId: actor.tenantId, enterpriseId: id, kind: q.kind, level: q.level, certificateNo: q.certificateNo, issuedOn: q.issuedOn, expiresOn: q.expiresOn ?? null });
    await recordAudit(tx, ctx, { action: 'enterprise.qualification_added', targetType: 'enterprise', targetId: id, summary: { qualificationId: qid, after: q } });
  });
}

export async function updateQualification(db: Db, ctx: RequestContext, id: string, qid: string, q: QualificationInput): Promise<EnterpriseDetail> {
  checkQualification(q);
  return editFile(db, ctx, id, async (tx) => {
    const ok = await updateQualificationRow(tx, id, qid, { kind: q.kind, level: q.level, certificateNo: q.certificateNo, issuedOn: q.issuedOn, expiresOn: q.expiresOn ?? null });
    if (!ok) throw notFound();
    await recordAudit(tx, ctx, { action: 'enterprise.qualification_updated', targetType: 'enterprise', targetId: id, summary: { qualificationId: qid, after: q } });
  });
}

export async function removeQualification(db: Db, ctx: RequestContext, id: string, qid: string): Promise<EnterpriseDetail> {
  return editFile(db, ctx, id, async (tx) => {
    const removed = await deleteQualificationRow(tx, id, qid);
    if (!removed) throw notFound();
    await recordAudit(tx, ctx, { action: 'enterprise.qualification_removed', targetType: 'enterprise', targetId: id, summary: { before: removed } });
  });
}

export async function addCooperation(db: Db, ctx: RequestContext, id: string, c: CooperationInput): Promise<EnterpriseDetail> {
  return editFile(db, ctx, id, async (tx, actor) => {
    const cid = await insertCooperation(tx, { tenantId: actor.tenantId, enterpriseId: id, partner: c.partner, partnerKind: c.partnerKind, project: c.project, startYear: c.startYear, endYear: c.endYear, amountFen: c.amountFen ?? null });
    await recordAudit(tx, ctx, { action: 'enterprise.cooperation_added', targetType: 'enterprise', targetId: id, summary: { cooperationId: cid, after: c } });
  });
}

export async function removeCooperation(db: Db, ctx: RequestContext, id: string, cid: string): Promise<EnterpriseDetail> {
  return editFile(db, ctx, id, async (tx) => {
    const removed = await deleteCooperationRow(tx, id, cid);
    if (!removed) throw notFound();
    await recordAudit(tx, ctx, { action: 'enterprise.cooperation_removed', targetType: 'enterprise', targetId: id, summary: { before: removed } });
  });
}

export async function putContacts(db: Db, ctx: RequestContext, id: string, input: ContactsInput): Promise<EnterpriseDetail> {
  return editFile(db, ctx, id, async (tx, actor) => {
    const current = await findEnterpriseFile(tx, actor.tenantId, id);
    await writeContacts(tx, ctx, actor.tenantId, id, current?.e.contacts ?? [], input.contacts, 'officer');
  });
}

export async function writeContacts(tx: Db, ctx: RequestContext, tenantId: string, id: string, before: unknown, contacts: Contact[], via: string): Promise<void> {
  await updateEnterpriseRow(tx, tenantId, id, { contacts: contacts.map((c) => ({ name: c.name, role: c.role, phone: c.phone, email: c.email ?? null })) });
  await recordAudit(tx, ctx, { action: 'enterprise.contacts_saved', targetType: 'enterprise', targetId: id, summary: { via, before, after: contacts } });
}

/** GB/T 4754-2017: sections, divisions and (manufacturing) groups from the bundled data; classes from the table. */
export async function listIndustries(db: Db, ctx: RequestContext, q: IndustryQuery): Promise<IndustryList> {
  authorize(ctx, 'enterprise.read');
  const classes = (await listIndustryRows(db))
    .filter((r) => levelOfCode(r.code) === 'class')
    .map((r) => ({ code: r.code, name: r.name, level: 'class' as const, parent: GBT4754_BY_CODE.has(r.code.slice(0, 4)) ? r.code.slice(0, 4) : r.code.slice(0, 3) }));
  const all = [...GBT4754_ENTRIES, ...classes];
  const items = all.filter((e) => (q.parent !== undefined ? e.parent === q.parent : q.level !== undefined ? true : e.level === 'section')).filter((e) => q.level === undefined || e.level === q.level);
  return { items, source: GBT4754_SOURCE };
}
