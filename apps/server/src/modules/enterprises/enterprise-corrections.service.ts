import { hasPermission, YearlyStatsInput, type Correction, type CorrectionDecision, type CorrectionInput, type CorrectionListQuery, type CorrectionPage } from '@yunju/contracts';
import type { Db } from '../../platform/db.ts';
import { authorize, type RequestContext } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { notify } from '../notifications/index.ts';
import { checkYearlyStats, writeContacts, writeStats } from './enterprise-file.service.ts';
import { decideCorrectionRow, findCorrection, findEnterpriseFile, findStatsRows, insertCorrection, listCorrectionRows, updateEnterpriseRow, type CorrectionRow } from './enterprise-file.repository.ts';

function toCorrection(r: { c: CorrectionRow; enterpriseName: string }): Correction {
  const c = r.c;
  return {
    id: c.id,
    enterpriseId: c.enterpriseId,
    enterpriseName: r.enterpriseName,
    kind: c.kind,
    year: c.year,
    changes: c.changes,
    before: c.before ?? null,
    note: c.note,
    status: c.status,
    submittedAt: c.submittedAt.toISOString(),
    decidedAt: c.decidedAt?.toISOString() ?? null,
    decisionNote: c.decisionNote,
  };
}

/**
 * The enterprise corrects its own file. Contact data (address, phone, contacts) applies at once,
 * audited; statistics are held as a pending correction until an officer confirms them.
 */
export async function submitCorrection(db: Db, ctx: RequestContext, enterpriseId: string, input: CorrectionInput): Promise<Correction> {
  const actor = authorize(ctx, 'enterprise.correct_own');
  if (actor.enterpriseId !== enterpriseId) throw notFound();
  const file = await findEnterpriseFile(db, actor.tenantId, enterpriseId);
  if (!file) throw notFound();
  const id = await db.transaction(async (tx) => {
    if (input.kind === 'stats') {
      checkYearlyStats(input.stats);
      const existing = (await findStatsRows(tx, actor.tenantId, [{ enterpriseId, year: input.year }])).get(`${enterpriseId}:${input.year}`);
      const cid = await insertCorrection(tx, {
        tenantId: actor.tenantId,
        enterpriseId,
        kind: 'stats',
        year: input.year,
        changes: input.stats,
        before: existing ? { ...existing, tenantId: undefined, enterpriseId: undefined } : null,
        note: input.note ?? null,
        status: 'pending',
        submittedBy: actor.userId,
      });
      await recordAudit(tx, ctx, { action: 'enterprise.correction_submitted', targetType: 'enterprise', targetId: enterpriseId, summary: { correctionId: cid, kind: 'stats', year: input.year } });
      await notify(tx, actor.tenantId, { roles: ['bureau_admin'] }, {
        kind: 'enterprise.correction_submitted',
        titleZh: `${file.e.name}提交了 ${input.year} 年度统计数据更正`,
        titleEn: `${file.e.name} submitted corrected ${input.year} statistics`,
        bodyZh: '请核对后确认或退回。',
        bodyEn: 'Check and confirm or reject.',
        link: '/enterprises/corrections',
      });
      return cid;
    }
    const before = { address: file.e.address, contactPhone: file.e.contactPhone, contacts: file.e.contacts };
    const changes: Record<string, unknown> = {};
    if (input.address !== undefined) changes.address = input.address;
    if (input.contactPhone !== undefined) changes.contactPhone = input.contactPhone;
    if (Object.keys(changes).length) await updateEnterpriseRow(tx, actor.tenantId, enterpriseId, changes);
    if (input.contacts !== undefined) {
      await writeContacts(tx, ctx, actor.tenantId, enterpriseId, file.e.contacts, input.contacts, 'enterprise');
      changes.contacts = input.contacts;
    }
    const cid = await insertCorrection(tx, { tenantId: actor.tenantId, enterpriseId, kind: 'profile', year: null, changes, before, note: input.note ?? null, status: 'applied', submittedBy: actor.userId });
    await recordAudit(tx, ctx, { action: 'enterprise.profile_corrected', targetType: 'enterprise', targetId: enterpriseId, summary: { correctionId: cid, before, after: changes } });
    return cid;
  });
  const row = await findCorrection(db, actor.tenantId, id);
  return toCorrection(row!);
}

/** Officers see every correction (pending first); an enterprise its own. */
export async function listCorrections(db: Db, ctx: RequestContext, q: CorrectionListQuery): Promise<CorrectionPage> {
  const actor = authorize(ctx, 'enterprise.read');
  const officer = hasPermission(actor.role, 'enterprise.manage') || hasPermission(actor.role, 'enterprise.read_all');
  if (!officer && !hasPermission(actor.role, 'enterprise.correct_own')) throw new AppError('auth.forbidden');
  const enterpriseId = officer ? undefined : (actor.enterpriseId ?? '00000000-0000-0000-0000-000000000000');
  const { rows, total } = await listCorrectionRows(db, actor.tenantId, { enterpriseId, status: q.status }, { limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
  return { items: rows.map(toCorrection), total, page: q.page, pageSize: q.pageSize };
}

/** An officer confirms (the statistics are written, audited) or rejects a pending correction. */
export async function decideCorrection(db: Db, ctx: RequestContext, id: string, d: CorrectionDecision): Promise<Correction> {
  const actor = authorize(ctx, 'enterprise.manage');
  const row = await findCorrection(db, actor.tenantId, id);
  if (!row) throw notFound();
  if (row.c.status !== 'pending') throw new AppError('enterprise.correction_decided');
  await db.transaction(async (tx) => {
    const ok = await decideCorrectionRow(tx, id, { status: d.approve ? 'approved' : 'rejected', decidedBy: actor.userId, decisionNote: d.note ?? null });
    if (!ok) throw new AppError('enterprise.correction_decided');
    if (d.approve && row.c.kind === 'stats' && row.c.year !== null) {
      const stats = YearlyStatsInput.parse(row.c.changes);
      await writeStats(tx, ctx, actor.tenantId, row.c.enterpriseId, row.c.year, stats, `correction:${id}`);
    }
    await recordAudit(tx, ctx, { action: d.approve ? 'enterprise.correction_approved' : 'enterprise.correction_rejected', targetType: 'enterprise', targetId: row.c.enterpriseId, summary: { correctionId: id, note: d.note ?? null } });
    await notify(tx, actor.tenantId, { enterpriseIds: [row.c.enterpriseId] }, {
      kind: d.approve ? 'enterprise.correction_approved' : 'enterprise.correction_rejected',
      titleZh: d.approve ? `您提交的 ${row.c.year ?? ''} 年度统计数据更正已确认` : `您提交的 ${row.c.year ?? ''} 年度统计数据更正被退回`,
      titleEn: d.approve ? `Your corrected ${row.c.year ?? ''} statistics were confirmed` : `Your corrected ${row.c.year ?? ''} statistics were rejected`,
      bodyZh: d.note ?? '',
      bodyEn: d.note ?? '',
      link: `/enterprises/${row.c.enterpriseId}`,
    });
  });
  const after = await findCorrection(db, actor.tenantId, id);
  return toCorrection(after!);
}
