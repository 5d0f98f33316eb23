import { hasPermission, type CaseDetail, type CaseExportQuery, type CaseListQuery, type CasePage, type CaseSummary } from '@yunju/contracts';
import type { Db } from '../../platform/db.ts';
import { authorize, type Actor, type RequestContext } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { getAttachmentMeta, listAttachmentMetas, type AttachmentMeta } from '../attachments/index.ts';
import { recordAudit } from '../audit/index.ts';
import { getWorkingCalendar, todayInShanghai } from '../calendar/index.ts';
import { caseRowFilterOf } from './case-filters.ts';
import { allowedActions, type CaseFacts, type CaseParty } from './case-lifecycle.ts';
import { calendarDaysBetween } from './case-sla.ts';
import { partyOf, permissionFor } from './case-scope.ts';
import { toCaseSummary } from './case-view.ts';
import {
  countOpenCaseTasks,
  findCaseMaterialRow,
  findCaseRatingRow,
  findCaseSummaryRow,
  listCaseEventRows,
  listCaseMaterialRows,
  listCaseRows,
  listCaseTaskRows,
  listOfficerRows,
  type CaseRow,
  type CaseSummaryRow,
} from './cases.repository.ts';

/** What the guards of the state machine need, as of `today`, for the caller's department. */
export async function factsOf(db: Db, c: CaseRow, actor: Actor, today: string): Promise<CaseFacts> {
  return factsWith(c, await countOpenCaseTasks(db, c.id, actor.departmentId), today);
}

/** The guards' facts from the open task counts (all, and the caller's department's). */
function factsWith(c: CaseRow, open: { all: number; own: number }, today: string): CaseFacts {
  return {
    status: c.status,
    kind: c.kind,
    resumeStatus: c.resumeStatus,
    openTaskCount: open.all,
    ownOpenTaskCount: open.own,
    daysSinceResolution: c.resolvedAt ? calendarDaysBetween(todayInShanghai(c.resolvedAt), today) : null,
  };
}

/** A case in the caller's scope with its party, or 404 (no existence leak). */
async function loadInScope(db: Db, actor: Actor, id: string): Promise<{ row: CaseSummaryRow; party: CaseParty }> {
  const row = await findCaseSummaryRow(db, actor.tenantId, id);
  const party = row ? await partyOf(db, actor, row.c) : null;
  if (!row || !party) throw notFound();
  return { row, party };
}

/** One case with its timeline, tasks, materials, rating and the actions the caller may take now. */
export async function getCase(db: Db, ctx: RequestContext, id: string, now: Date): Promise<CaseDetail> {
  const actor = authorize(ctx, 'case.read');
  const { row, party } = await loadInScope(db, actor, id);
  return caseDetailOf(db, actor, row, party, now);
}

/**
 * The case as an action just left it. The caller may have handed it on (transfer, triage) and
 * be out of scope now: it still sees the result of its own action, with no further actions.
 */
export async function getCaseAfterAction(db: Db, ctx: RequestContext, id: string, now: Date): Promise<CaseDetail> {
  const actor = authorize(ctx, 'case.read');
  const row = await findCaseSummaryRow(db, actor.tenantId, id);
  if (!row) throw notFound();
  return caseDetailOf(db, actor, row, await partyOf(db, actor, row.c), now);
}

async function caseDetailOf(db: Db, actor: Actor, row: CaseSummaryRow, party: CaseParty | null, now: Date): Promise<CaseDetail> {
  const cal = await getWorkingCalendar(db);
  const today = todayInShanghai(now);
  const c = row.c;
  const [events, tasks, materialRows, rating] = await Promise.all([
    listCaseEventRows(db, c.id),
    listCaseTaskRows(db, c.id),
    listCaseMaterialRows(db, c.id),
    findCaseRatingRow(db, c.id),
  ]);
  // The task list holds every task of the case: the open counts come from it, not from a second read.
  const open = tasks.filter(({ t }) => t.status === 'open');
  const facts = factsWith(c, { all: open.length, own: open.filter(({ t }) => t.departmentId === actor.departmentId).length }, today);
  const actions = party ? allowedActions(party, facts).filter((a) => hasPermission(actor.role, permissionFor(a, actor))) : [];
  const metas = await listAttachmentMetas(db, actor.tenantId, materialRows.map((m) => m.m.attachmentId));
  const submitter = events.find((e) => e.e.action === 'submit' || e.e.action === 'register_walk_in');
  return {
    ...toCaseSummary(row, cal, today),
    description: c.description,
    conditionsConfirmed: c.conditionsConfirmed,
    submittedById: c.submittedBy,
    submittedByName: submitter?.e.actorName ?? null,
    events: events.map(({ e, departmentName }) => ({
      seq: e.seq,
      at: e.at.toISOString(),
      actorId: e.actorId,
      actorName: e.actorName,
      actorRole: (e.actorRole as CaseDetail['events'][number]['actorRole']) ?? null,
      departmentId: e.departmentId,
      departmentName,
      action: e.action as CaseDetail['events'][number]['action'],
      fromStatus: (e.fromStatus as CaseDetail['status'] | null) ?? null,
      toStatus: (e.toStatus as CaseDetail['status'] | null) ?? null,
      note: e.note,
      data: e.data,
    })),
    tasks: tasks.map(({ t, departmentName, createdByName, completedByName }) => ({
      id: t.id,
      departmentId: t.departmentId,
      departmentName,
      kind: t.kind,
      status: t.status,
      note: t.note,
      resultNote: t.resultNote,
      createdAt: t.createdAt.toISOString(),
      createdByName,
      completedAt: t.completedAt?.toISOString() ?? null,
      completedByName,
      canComplete: t.status === 'open' && t.departmentId === actor.departmentId && actions.includes('complete_task'),
    })),
    materials: materialRows.map(({ m, uploadedByName }) => {
      const meta = metas.get(m.attachmentId);
      return {
        id: m.id,
        name: m.name,
        attachmentId: m.attachmentId,
        originalName: meta?.originalName ?? null,
        contentType: meta?.contentType ?? null,
        sizeBytes: meta?.sizeBytes ?? null,
        uploadedByName,
        uploadedAt: m.uploadedAt.toISOString(),
        downloadUrl: `/api/cases/${c.id}/materials/${m.id}`,
      };
    }),
    rating: rating
      ? { level: rating.r.level, comment: rating.r.comment, reason: rating.r.reason, ratedAt: rating.r.ratedAt.toISOString(), ratedByName: rating.ratedByName }
      : null,
    allowedActions: actions,
    assignableUsers: actions.includes('assign') ? await listOfficerRows(db, actor.tenantId, c.leadDepartmentId) : [],
  };
}

/** Lists the cases in the caller's scope matching the filters, newest first (a queue: most urgent first). */
export async function listCases(db: Db, ctx: RequestContext, q: CaseListQuery, now: Date): Promise<CasePage> {
  const actor = authorize(ctx, 'case.read');
  const cal = await getWorkingCalendar(db);
  const today = todayInShanghai(now);
  const { page, pageSize, ...filter } = q;
  const { rows, total } = await listCaseRows(db, caseRowFilterOf(actor, filter, cal, today), { limit: pageSize, offset: (page - 1) * pageSize }, q.queue ? 'due' : 'recent');
  return { items: rows.map((r) => toCaseSummary(r, cal, today)), total, page, pageSize };
}

/** The most rows one export writes. */
export const EXPORT_LIMIT = 5000;

/** The cases of the current list filter for a spreadsheet (officer, bureau admin, leader); audited as a bulk read. */
export async function listCasesForExport(db: Db, ctx: RequestContext, q: CaseExportQuery, now: Date): Promise<{ items: CaseSummary[]; total: number }> {
  const actor = authorize(ctx, 'case.export');
  const cal = await getWorkingCalendar(db);
  const today = todayInShanghai(now);
  const { rows, total } = await listCaseRows(db, caseRowFilterOf(actor, q, cal, today), { limit: EXPORT_LIMIT, offset: 0 });
  await db.transaction(async (tx) => {
    await recordAudit(tx, ctx, { action: 'case.exported', targetType: 'case', summary: { filter: q, rows: rows.length, total } });
  });
  return { items: rows.map((r) => toCaseSummary(r, cal, today)), total };
}

/** A material of a case the caller may read (404 otherwise); the download is audited. */
export async function getCaseMaterialFile(db: Db, ctx: RequestContext, caseId: string, materialId: string): Promise<AttachmentMeta> {
  const actor = authorize(ctx, 'case.read');
  const { row } = await loadInScope(db, actor, caseId);
  const material = await findCaseMaterialRow(db, caseId, materialId);
  if (!material) throw notFound();
  const meta = await getAttachmentMeta(db, actor.tenantId, material.attachmentId);
  await db.transaction(async (tx) => {
    await recordAudit(tx, ctx, { action: 'case.material_downloaded', targetType: 'case', targetId: caseId, summary: { number: row.c.number, materialId, name: material.name } });
  });
  return meta;
}
