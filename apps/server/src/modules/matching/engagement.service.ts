import { hasPermission, type EngagementAction, type EngagementActionInput, type EngagementDetail, type EngagementEventAction, type EngagementListQuery, type EngagementPage, type EngagementStatus, type EngagementSummary, type Role } from '@yunju/contracts';
import type { Db } from '../../platform/db.ts';
import { authorize, requireActor, type Actor, type RequestContext } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { getAttachmentMeta, type AttachmentMeta } from '../attachments/index.ts';
import { recordAudit } from '../audit/index.ts';
import { notify, type Recipients } from '../notifications/index.ts';
import { accessTo, isBroker } from './demand-scope.ts';
import { allowedActions, contactShared, decide, talentContactShared, trackOf, type EngagementParty } from './engagement-lifecycle.ts';
import { demandDoc } from './match-ranking.ts';
import { syncDocuments } from './match-index.service.ts';
import { matchingNotice, type MatchingNoticeKind } from './matching-notices.ts';
import {
  countCandidateEngagementsByStatus,
  countOpenEngagementsOfDemand,
  expertIdsWithUsers,
  findAgreement,
  findDemandRow,
  findEnterpriseContact,
  findExpertRow,
  findTalentRow,
  insertAgreement,
  insertEngagementEvent,
  insertInvitation,
  listEngagementEvents,
  listEngagementRows,
  listExpertUserIds,
  listTalentUserIds,
  listResourceBriefs,
  lockEngagementRow,
  talentHasUser,
  updateDemand,
  updateEngagement,
  type DemandRow,
  type EngagementRow,
  type EngagementSummaryRow,
  type EngagementVisibility,
  type NewEngagementRow,
} from './matching.repository.ts';

export interface EngagementStep {
  action: EngagementEventAction;
  at: Date;
  from: EngagementStatus | null;
  to: EngagementStatus;
  note: string | null;
  data: Record<string, unknown>;
}

/** One event row (actor and time) and its audit row, in the caller's transaction. */
export async function recordEngagementEvent(tx: Db, ctx: RequestContext, actor: Actor, e: EngagementRow, step: EngagementStep): Promise<void> {
  await insertEngagementEvent(tx, {
    tenantId: e.tenantId,
    engagementId: e.id,
    at: step.at,
    actorId: actor.userId,
    actorName: actor.displayName,
    actorRole: actor.role,
    action: step.action,
    fromStatus: step.from,
    toStatus: step.to,
    note: step.note,
    data: step.data,
  });
  await recordAudit(tx, ctx, {
    action: `matching.engagement.${step.action}`,
    targetType: 'match_engagement',
    targetId: e.id,
    summary: { demandId: e.demandId, candidateKind: e.candidateKind, candidateId: e.candidateId, from: step.from, to: step.to, ...step.data },
  });
}

/**
 * Who may read engagements at all: `match.read` (scoped below), or a talent that sees and answers
 * those where it is the candidate (`engagement.answer_own`; it does not browse supply or demands).
 */
function authorizeEngagements(ctx: RequestContext): Actor {
  const actor = requireActor(ctx);
  return authorize(ctx, hasPermission(actor.role, 'engagement.answer_own') ? 'engagement.answer_own' : 'match.read');
}

function partyOf(actor: Actor, e: EngagementRow, d: DemandRow): EngagementParty | null {
  if (isBroker(actor)) return 'broker';
  if (actor.role === 'leader') return 'observer';
  if (actor.role === 'enterprise') return actor.enterpriseId === d.enterpriseId ? 'enterprise' : null;
  if (actor.role === 'expert') return e.candidateKind === 'expert' && e.candidateId === actor.expertId ? 'candidate' : null;
  if (actor.role === 'talent') return e.candidateKind === 'talent' && e.candidateId === actor.talentId ? 'candidate' : null;
  return null;
}

function visibilityOf(actor: Actor): EngagementVisibility {
  if (isBroker(actor) || actor.role === 'leader') return { kind: 'tenant' };
  if (actor.role === 'enterprise' && actor.enterpriseId) return { kind: 'enterprise', enterpriseId: actor.enterpriseId };
  // An expert account without a profile has no engagements (the nil id matches none).
  if (actor.role === 'expert') return { kind: 'expert', expertId: actor.expertId ?? '00000000-0000-0000-0000-000000000000' };
  if (actor.role === 'talent') return { kind: 'talent', talentId: actor.talentId ?? '00000000-0000-0000-0000-000000000000' };
  throw new AppError('auth.forbidden');
}

const CONFIDENTIAL_TITLE = '保密难题';

function summaryOf(r: EngagementSummaryRow, canSeeDemand: boolean): EngagementSummary {
  return {
    id: r.e.id,
    demandId: r.d.id,
    demandNumber: r.d.number,
    demandKind: r.d.kind,
    demandTitle: canSeeDemand ? r.d.title : CONFIDENTIAL_TITLE,
    enterpriseId: r.d.enterpriseId,
    enterpriseName: r.enterpriseName,
    candidateKind: r.e.candidateKind as EngagementSummary['candidateKind'],
    candidateId: r.e.candidateId,
    candidateName: r.e.candidateName,
    status: r.e.status,
    createdAt: r.e.createdAt.toISOString(),
    updatedAt: r.e.updatedAt.toISOString(),
    closedAt: r.e.closedAt?.toISOString() ?? null,
  };
}

export async function listEngagements(db: Db, ctx: RequestContext, q: EngagementListQuery): Promise<EngagementPage> {
  const actor = authorizeEngagements(ctx);
  const { rows, total } = await listEngagementRows(db, { tenantId: actor.tenantId, visibility: visibilityOf(actor), status: q.status, demandId: q.demandId }, q);
  const items: EngagementSummary[] = [];
  for (const r of rows) items.push(summaryOf(r, !r.d.confidential || (await accessTo(db, actor, r.d)) !== null));
  return { items, total, page: q.page, pageSize: q.pageSize };
}

async function candidateIsUser(db: Db, e: EngagementRow): Promise<boolean> {
  if (e.candidateKind === 'talent') return talentHasUser(db, e.tenantId, e.candidateId);
  return e.candidateKind === 'expert' && (await expertIdsWithUsers(db, e.tenantId, [e.candidateId])).has(e.candidateId);
}

async function detailOf(db: Db, actor: Actor, r: EngagementSummaryRow, party: EngagementParty): Promise<EngagementDetail> {
  const e = r.e;
  // A talent's contact (and the enterprise's, for the talent) only after the talent itself consented.
  const sharedByStatus = e.candidateKind === 'talent' ? talentContactShared(e.status, e.consentedAt !== null) : contactShared(e.status);
  const shared = sharedByStatus || party === 'broker';
  let candidateContact: EngagementDetail['candidateContact'] = null;
  if (shared && party !== 'candidate') {
    if (e.candidateKind === 'expert') {
      const x = await findExpertRow(db, e.tenantId, e.candidateId);
      if (x) candidateContact = { phone: x.contactPhone, email: x.contactEmail };
    } else if (e.candidateKind === 'talent') {
      const x = await findTalentRow(db, e.tenantId, e.candidateId);
      candidateContact = { phone: x?.contactPhone ?? null, email: null };
    } else if (e.candidateKind === 'resource') {
      const [res] = await listResourceBriefs(db, e.tenantId, [e.candidateId]);
      if (res) candidateContact = { phone: res.contactPhone, email: null };
    } else {
      candidateContact = { phone: null, email: null };
    }
  }
  const enterpriseContact = shared ? await findEnterpriseContact(db, e.tenantId, r.d.enterpriseId) : null;
  const agreement = await findAgreement(db, e.id);
  const events = await listEngagementEvents(db, e.id);
  const canSeeDemand = !r.d.confidential || (await accessTo(db, actor, r.d)) !== null;
  return {
    ...summaryOf(r, canSeeDemand),
    candidateContact,
    enterpriseContact: party === 'enterprise' ? null : enterpriseContact,
    meeting: e.meetingOn ? { on: e.meetingOn, place: e.meetingPlace ?? '', note: e.meetingNote ?? '' } : null,
    agreement: agreement
      ? {
          title: agreement.title,
          parties: agreement.parties,
          amountYuan: agreement.amountYuan,
          signedOn: agreement.signedOn,
          startOn: agreement.startOn,
          endOn: agreement.endOn,
          contractAttachmentId: agreement.contractAttachmentId,
          contractFileName: agreement.fileName,
        }
      : null,
    events: events.map((v) => ({
      seq: v.seq,
      at: v.at.toISOString(),
      actorId: v.actorId,
      actorName: v.actorName,
      actorRole: (v.actorRole as Role | null) ?? null,
      action: v.action as EngagementEventAction,
      fromStatus: v.fromStatus,
      toStatus: v.toStatus,
      note: v.note,
      data: v.data,
    })),
    allowedActions: party === 'observer' ? [] : allowedActions(trackOf(r.d.kind), e.status, party, await candidateIsUser(db, e)),
  };
}

async function loadInScope(db: Db, actor: Actor, id: string): Promise<{ r: EngagementSummaryRow; party: EngagementParty }> {
  const { rows } = await listEngagementRows(db, { tenantId: actor.tenantId, visibility: { kind: 'tenant' }, ids: [id] }, null);
  const r = rows[0];
  const party = r ? partyOf(actor, r.e, r.d) : null;
  if (!r || !party) throw notFound();
  return { r, party };
}

export async function getEngagement(db: Db, ctx: RequestContext, id: string): Promise<EngagementDetail> {
  const actor = authorizeEngagements(ctx);
  const { r, party } = await loadInScope(db, actor, id);
  return detailOf(db, actor, r, party);
}

/**
 * The contract file of the engagement's IUR agreement, for anyone who may read the engagement
 * (enterprise, candidate expert, brokers, leader) — whoever uploaded it. Out of scope, no
 * agreement or no contract file: 404. The download is audited.
 */
export async function getEngagementContractFile(db: Db, ctx: RequestContext, id: string): Promise<AttachmentMeta> {
  const actor = authorizeEngagements(ctx);
  const { r } = await loadInScope(db, actor, id);
  const agreement = await findAgreement(db, r.e.id);
  if (!agreement?.contractAttachmentId) throw notFound();
  const meta = await getAttachmentMeta(db, actor.tenantId, agreement.contractAttachmentId);
  await db.transaction(async (tx) => {
    await recordAudit(tx, ctx, { action: 'matching.contract_downloaded', targetType: 'match_engagement', targetId: r.e.id, summary: { demandId: r.d.id, attachmentId: meta.id, name: meta.originalName } });
  });
  return meta;
}

/** The engagement as the caller sees it after a write (used by the services that change it). */
export async function getEngagementAfterWrite(db: Db, ctx: RequestContext, id: string): Promise<EngagementDetail> {
  return getEngagement(db, ctx, id);
}

/** For the talent's workbench: contact requests awaiting its answer, and its engagements still open. */
export async function talentEngagementCounts(db: Db, tenantId: string, talentId: string): Promise<{ awaitingAnswer: number; open: number }> {
  const byStatus = await countCandidateEngagementsByStatus(db, tenantId, 'talent', talentId);
  const n = (s: EngagementStatus) => byStatus.get(s) ?? 0;
  return { awaitingAnswer: n('contact_requested'), open: n('recommended') + n('contact_requested') + n('consented') + n('interview') };
}

// ───────────── actions ─────────────

const noticeOf: Partial<Record<EngagementAction, MatchingNoticeKind>> = {
  request_contact: 'matching.contact_requested',
  consent: 'matching.consented',
  decline: 'matching.declined',
  meet: 'matching.meeting',
  agree: 'matching.agreement',
  solve: 'matching.solved',
  interview: 'matching.interview',
  hire: 'matching.hired',
  cancel: 'matching.cancelled',
};

type AnyActionInput = { action: EngagementAction } & Record<string, unknown>;

/**
 * Takes one step of the brokerage: scope (404), party and state machine (403 / 409), effects,
 * event row, audit row and inbox notices to the other party — one transaction under the row lock.
 */
export async function performEngagementAction<A extends EngagementAction>(db: Db, ctx: RequestContext, id: string, action: A, body: EngagementActionInput[A], now: Date): Promise<EngagementDetail> {
  const actor = authorizeEngagements(ctx);
  if (actor.role === 'leader') throw new AppError('auth.read_only');
  const input = { action, ...(body as object) } as AnyActionInput;
  const demandAfter = await db.transaction(async (tx) => {
    const e = await lockEngagementRow(tx, actor.tenantId, id);
    const d = e ? await findDemandRow(tx, actor.tenantId, e.demandId, true) : undefined;
    const party = e && d ? partyOf(actor, e, d) : null;
    if (!e || !d || !party) throw notFound();
    const decision = decide(trackOf(d.kind), e.status, action, party, await candidateIsUser(tx, e));
    if (!decision.ok) throw new AppError(decision.code);
    const patch: Partial<NewEngagementRow> = { status: decision.to, updatedAt: now };
    const data: Record<string, unknown> = {};
    let note: string | null = typeof input.note === 'string' && input.note ? input.note : null;
    let demandPatch: Partial<DemandRow> | null = null;
    switch (action) {
      case 'request_contact':
        if (d.confidential && e.candidateKind === 'expert') await insertInvitation(tx, { tenantId: d.tenantId, demandId: d.id, expertId: e.candidateId, invitedBy: actor.userId, invitedAt: now });
        break;
      case 'consent':
        patch.consentedAt = now;
        break;
      case 'decline':
      case 'cancel':
        note = String(input.reason);
        patch.closedAt = now;
        break;
      case 'meet':
      case 'interview':
        Object.assign(patch, { meetingOn: String(input.on), meetingPlace: String(input.place), meetingNote: note ?? '' });
        Object.assign(data, { on: input.on, place: input.place });
        break;
      case 'agree': {
        const fileId = (input.contractAttachmentId as string | null) ?? null;
        if (fileId) {
          const meta = await getAttachmentMeta(tx, actor.tenantId, fileId).catch(() => null);
          if (!meta || meta.uploadedBy !== actor.userId) {
            throw new AppError('request.invalid', { fieldErrors: [{ path: 'contractAttachmentId', code: 'not_found', message: '合同文件不存在或不是您上传的', messageEn: 'No such upload of yours' }] });
          }
        }
        const a = { title: String(input.title), parties: input.parties as string[], amountYuan: Number(input.amountYuan), signedOn: String(input.signedOn), startOn: String(input.startOn), endOn: String(input.endOn) };
        await insertAgreement(tx, { tenantId: d.tenantId, engagementId: e.id, demandId: d.id, ...a, contractAttachmentId: fileId, createdAt: now });
        Object.assign(data, a, { contractAttachmentId: fileId });
        break;
      }
      case 'solve':
        patch.closedAt = now;
        demandPatch = { status: 'solved', solvedAt: now };
        break;
      case 'hire': {
        patch.closedAt = now;
        data.startOn = input.startOn;
        const hired = (await countOpenEngagementsOfDemand(tx, d.id, 'hired')) + 1;
        if (hired >= (d.headcount ?? 1)) demandPatch = { status: 'solved', solvedAt: now };
        break;
      }
    }
    await updateEngagement(tx, e.id, patch);
    if (demandPatch) await updateDemand(tx, d.id, demandPatch);
    await recordEngagementEvent(tx, ctx, actor, e, { action, at: now, from: e.status, to: decision.to, note, data });

    // Notices to the other party (and the brokers' department when the expert answers).
    const kind = action === 'consent' && e.candidateKind === 'talent' ? 'matching.talent_consented' : noticeOf[action];
    if (kind) {
      const facts = { demandNumber: d.number, title: d.title, link: `/matching/engagements/${e.id}`, candidateName: e.candidateName, note };
      const recipients: Recipients[] = [];
      const expertUsers =
        e.candidateKind === 'expert' ? await listExpertUserIds(tx, d.tenantId, e.candidateId) : e.candidateKind === 'talent' ? await listTalentUserIds(tx, d.tenantId, e.candidateId) : [];
      if (party !== 'enterprise') recipients.push({ enterpriseIds: [d.enterpriseId] });
      if (party !== 'candidate' && expertUsers.length) recipients.push({ userIds: expertUsers });
      if (party !== 'broker' && d.departmentId) recipients.push({ departmentIds: [d.departmentId] });
      for (const r of recipients) await notify(tx, d.tenantId, r, matchingNotice(kind, facts));
    }
    return demandPatch ? { ...d, ...demandPatch } : null;
  });
  if (demandAfter) syncDocuments(db, actor.tenantId, [demandDoc(demandAfter)]);
  return getEngagement(db, ctx, id);
}
