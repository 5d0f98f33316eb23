import {
  type AdjustmentInput,
  type CandidateKind,
  type CloseDemandInput,
  type DemandDetail,
  type DemandInput,
  type DemandListQuery,
  type DemandPage,
  type DemandSummary,
  type EngagementDetail,
  type FeedbackInput,
  type FittingDemandList,
  type InvitationInput,
  type PushInput,
  type Recommendation,
  type RecommendationList,
  type RecommendationQuery,
} from '@yunju/contracts';
import { explainedScore } from '@yunju/match';
import type { Db } from '../../platform/db.ts';
import { authorize, type Actor, type RequestContext } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { notify } from '../notifications/index.ts';
import { matchIndexFor, queryWordsOf, syncDocuments } from './match-index.service.ts';
import {
  candidateKindsFor,
  demandDoc,
  demandQuery,
  docId,
  expertQuery,
  feedbackFactor,
  feedbackReason,
  orderRecommendations,
  parseDocId,
  reasonsOf,
  type FeedbackTally,
  type Ranked,
} from './match-ranking.ts';
import { isBroker, loadDemandInScope, type DemandAccess } from './demand-scope.ts';
import { matchingNotice } from './matching-notices.ts';
import { getEngagementAfterWrite, recordEngagementEvent } from './engagement.service.ts';
import {
  deleteAdjustment,
  feedbackCounts,
  findEngagementByCandidate,
  findEnterpriseBrief,
  findExpertRow,
  industryExists,
  insertDemand,
  insertEngagement,
  insertInvitation,
  isInvited,
  listAdjustments,
  listCandidateBriefs,
  listDemandSummaryRows,
  listEngagementsOfDemand,
  listExpertUserIds,
  listTalentUserIds,
  listFeedbackForDemand,
  listInvitations,
  nextDemandNumber,
  updateDemand,
  upsertAdjustment,
  upsertFeedback,
  type CandidateBrief,
  type DemandRow,
  type DemandSummaryRow,
  type DemandVisibility,
} from './matching.repository.ts';

const invalid = (path: string, code: string, zh: string, en: string) => new AppError('request.invalid', { fieldErrors: [{ path, code, message: zh, messageEn: en }] });

function summaryOf(r: DemandSummaryRow): DemandSummary {
  const d = r.d;
  return {
    id: d.id,
    number: d.number,
    kind: d.kind,
    title: d.title,
    enterpriseId: d.enterpriseId,
    enterpriseName: r.enterpriseName,
    industryCode: d.industryCode,
    industryName: r.industryName ?? d.industryCode,
    townName: r.townName,
    status: d.status,
    confidential: d.confidential,
    budgetBand: (d.budgetBand as DemandSummary['budgetBand']) ?? null,
    salaryBand: (d.salaryBand as DemandSummary['salaryBand']) ?? null,
    deadline: d.deadline,
    postedAt: d.postedAt.toISOString(),
    solvedAt: d.solvedAt?.toISOString() ?? null,
    engagementCount: Number(r.engagementCount),
  };
}

async function detailOf(db: Db, actor: Actor, tenantId: string, id: string, access: DemandAccess): Promise<DemandDetail> {
  const { rows } = await listDemandSummaryRows(db, { tenantId, visibility: { kind: 'tenant' }, ids: [id] }, null);
  const r = rows[0];
  if (!r) throw notFound();
  const d = r.d;
  const canManage = access === 'owner' || access === 'broker';
  const invitations = canManage ? await listInvitations(db, d.id) : [];
  void actor;
  return {
    ...summaryOf(r),
    description: d.description,
    keywords: d.keywords,
    role: d.role,
    requirements: d.requirements,
    education: (d.education as DemandDetail['education']) ?? null,
    place: d.place,
    headcount: d.headcount,
    mode: (d.mode as DemandDetail['mode']) ?? null,
    postedByName: r.postedByName ?? '',
    invitations: invitations.map((i) => ({ expertId: i.expertId, expertName: i.expertName, invitedAt: i.invitedAt.toISOString(), invitedByName: i.invitedByName ?? '' })),
    canManage,
  };
}

// ───────────── posting and reading demands ─────────────

export async function postDemand(db: Db, ctx: RequestContext, input: DemandInput, now: Date): Promise<DemandDetail> {
  const actor = authorize(ctx, 'demand.post');
  let enterpriseId: string;
  if (actor.role === 'enterprise') {
    if (!actor.enterpriseId) throw new AppError('auth.forbidden');
    enterpriseId = actor.enterpriseId;
  } else {
    if (!isBroker(actor)) throw new AppError('auth.forbidden');
    if (!input.enterpriseId) throw invalid('enterpriseId', 'required', '请选择需求所属企业', 'Choose the enterprise the demand belongs to');
    enterpriseId = input.enterpriseId;
  }
  const ent = await findEnterpriseBrief(db, actor.tenantId, enterpriseId);
  if (!ent) throw invalid('enterpriseId', 'not_found', '企业不存在', 'No such enterprise');
  const industryCode = input.industryCode ?? ent.industryCode;
  if (!(await industryExists(db, industryCode))) throw invalid('industryCode', 'not_found', '行业代码不存在', 'No such industry code');
  const row = await db.transaction(async (tx) => {
    const number = await nextDemandNumber(tx, actor.tenantId, Number(new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 4)));
    const d = await insertDemand(tx, {
      tenantId: actor.tenantId,
      number,
      kind: input.kind,
      enterpriseId,
      industryCode,
      title: input.title,
      description: input.description,
      keywords: input.keywords,
      status: 'open',
      confidential: input.kind === 'talent_need' ? false : input.confidential,
      budgetBand: input.kind === 'talent_need' ? null : input.budgetBand,
      salaryBand: input.kind === 'talent_need' ? input.salaryBand : null,
      deadline: input.deadline,
      role: input.kind === 'talent_need' ? input.role : null,
      requirements: input.kind === 'talent_need' ? input.requirements : null,
      education: input.kind === 'talent_need' ? input.education : null,
      place: input.kind === 'talent_need' ? input.place : null,
      headcount: input.kind === 'talent_need' ? input.headcount : null,
      mode: input.kind === 'cooperation' ? input.mode : null,
      postedBy: actor.userId,
      postedAt: now,
    });
    await recordAudit(tx, ctx, { action: 'matching.demand_posted', targetType: 'match_demand', targetId: d.id, summary: { number, kind: d.kind, confidential: d.confidential } });
    await notify(tx, actor.tenantId, { roles: ['bureau_admin'] }, matchingNotice('matching.demand_posted', { demandNumber: number, title: d.title, link: `/matching/demands/${d.id}` }));
    return d;
  });
  syncDocuments(db, actor.tenantId, [demandDoc(row)]);
  return detailOf(db, actor, actor.tenantId, row.id, actor.role === 'enterprise' ? 'owner' : 'broker');
}

export async function listDemands(db: Db, ctx: RequestContext, q: DemandListQuery): Promise<DemandPage> {
  const actor = authorize(ctx, 'match.read');
  let visibility: DemandVisibility;
  if (isBroker(actor) || actor.role === 'leader') visibility = { kind: 'tenant' };
  else if (actor.role === 'enterprise' && actor.enterpriseId) visibility = { kind: 'enterprise', enterpriseId: actor.enterpriseId };
  else if (actor.role === 'expert') visibility = { kind: 'expert', expertId: actor.expertId };
  else throw new AppError('auth.forbidden');
  const { rows, total } = await listDemandSummaryRows(db, { tenantId: actor.tenantId, visibility, kind: q.kind, status: q.status, keyword: q.q }, q);
  return { items: rows.map(summaryOf), total, page: q.page, pageSize: q.pageSize };
}

export async function getDemand(db: Db, ctx: RequestContext, id: string): Promise<DemandDetail> {
  const actor = authorize(ctx, 'match.read');
  const { access } = await loadDemandInScope(db, actor, id);
  return detailOf(db, actor, actor.tenantId, id, access);
}

function requireManager(access: DemandAccess): void {
  if (access !== 'owner' && access !== 'broker') throw new AppError('auth.forbidden');
}

/** The enterprise (owner) or a broker invites an expert to see a (confidential) demand. */
export async function inviteExpert(db: Db, ctx: RequestContext, id: string, input: InvitationInput, now: Date): Promise<DemandDetail> {
  const actor = authorize(ctx, 'match.read');
  const access = await db.transaction(async (tx) => {
    const { d, access } = await loadDemandInScope(tx, actor, id, true);
    requireManager(access);
    const e = await findExpertRow(tx, actor.tenantId, input.expertId);
    if (!e) throw invalid('expertId', 'not_found', '专家不存在', 'No such expert');
    if (await insertInvitation(tx, { tenantId: actor.tenantId, demandId: d.id, expertId: e.id, invitedBy: actor.userId, invitedAt: now })) {
      await recordAudit(tx, ctx, { action: 'matching.expert_invited', targetType: 'match_demand', targetId: d.id, summary: { expertId: e.id } });
      const userIds = await listExpertUserIds(tx, actor.tenantId, e.id);
      if (userIds.length) await notify(tx, actor.tenantId, { userIds }, matchingNotice('matching.invited', { demandNumber: d.number, title: d.title, link: `/matching/demands/${d.id}` }));
    }
    return access;
  });
  return detailOf(db, actor, actor.tenantId, id, access);
}

export async function closeDemand(db: Db, ctx: RequestContext, id: string, input: CloseDemandInput, now: Date): Promise<DemandDetail> {
  const actor = authorize(ctx, 'match.read');
  const { access, row } = await db.transaction(async (tx) => {
    const { d, access } = await loadDemandInScope(tx, actor, id, true);
    requireManager(access);
    if (d.status === 'solved' || d.status === 'closed') throw new AppError('matching.demand_closed');
    await updateDemand(tx, d.id, { status: 'closed', closedAt: now, closeReason: input.reason });
    await recordAudit(tx, ctx, { action: 'matching.demand_closed', targetType: 'match_demand', targetId: d.id, summary: { reason: input.reason } });
    return { access, row: { ...d, status: 'closed' as const } };
  });
  syncDocuments(db, actor.tenantId, [demandDoc(row)]);
  return detailOf(db, actor, actor.tenantId, id, access);
}

// ───────────── recommendations ─────────────

const keyOf = (kind: string, id: string) => `${kind}:${id}`;

async function tallies(db: Db, tenantId: string, d: DemandRow): Promise<Map<string, FeedbackTally>> {
  const m = new Map<string, FeedbackTally>();
  for (const r of await feedbackCounts(db, tenantId, d.enterpriseId, d.industryCode)) {
    const k = keyOf(r.candidateKind, r.candidateId);
    const t = m.get(k) ?? { enterpriseAccepts: 0, enterpriseDeclines: 0, industryAccepts: 0, industryDeclines: 0 };
    const n = Number(r.n);
    if (r.sameEnterprise) {
      if (r.verdict === 'accept') t.enterpriseAccepts += n;
      else t.enterpriseDeclines += n;
    } else if (r.verdict === 'accept') t.industryAccepts += n;
    else t.industryDeclines += n;
    m.set(k, t);
  }
  return m;
}

/** Ranked candidates for a demand: engine results, broker pins / removals, feedback factors, engagements. */
export async function rankCandidates(db: Db, actor: Actor, d: DemandRow, opts: { candidateKind?: CandidateKind | undefined; limit: number; includeRemoved: boolean }): Promise<RecommendationList> {
  const index = await matchIndexFor(db, actor.tenantId);
  const kinds = opts.candidateKind ? [opts.candidateKind] : candidateKindsFor(d.kind);
  if (opts.candidateKind && !candidateKindsFor(d.kind).includes(opts.candidateKind)) return { demandId: d.id, queryTerms: [], items: [] };
  const query = demandQuery(d);
  const queryWords = queryWordsOf(query);
  const adjustments = (await listAdjustments(db, d.id)).filter((a) => kinds.includes(a.candidateKind as CandidateKind));
  const hits = index.search(query, { limit: opts.limit * 2 + adjustments.length, filter: { kind: kinds }, explain: true });
  const found = new Map(hits.map((h) => [h.id, h]));
  for (const a of adjustments) {
    const id = docId(a.candidateKind as CandidateKind, a.candidateId);
    if (!found.has(id)) {
      const explanation = index.explain(query, id);
      found.set(id, { id, score: explanation ? explainedScore(explanation) : 0, ...(explanation ? { explanation } : {}) });
    }
  }
  const adj = new Map(adjustments.map((a) => [keyOf(a.candidateKind, a.candidateId), a.action]));
  const fb = await tallies(db, actor.tenantId, d);
  const engagements = new Map((await listEngagementsOfDemand(db, d.id)).map((e) => [keyOf(e.candidateKind, e.candidateId), e]));
  const verdicts = new Map((await listFeedbackForDemand(db, d.id)).map((f) => [keyOf(f.candidateKind, f.candidateId), f.verdict]));

  const byKind = new Map<string, string[]>();
  for (const id of found.keys()) {
    const p = parseDocId(id);
    byKind.set(p.kind, [...(byKind.get(p.kind) ?? []), p.id]);
  }
  const briefs = new Map<string, CandidateBrief>();
  for (const [kind, ids] of byKind) for (const b of await listCandidateBriefs(db, actor.tenantId, kind as CandidateBrief['kind'], ids)) briefs.set(keyOf(b.kind, b.id), b);

  const ranked: Ranked<Omit<Recommendation, 'rank'>>[] = [];
  for (const [ext, hit] of found) {
    const b = briefs.get(ext);
    if (!b) continue;
    const tally = fb.get(ext) ?? { enterpriseAccepts: 0, enterpriseDeclines: 0, industryAccepts: 0, industryDeclines: 0 };
    const factor = feedbackFactor(tally);
    const a = adj.get(ext);
    if (a === 'remove' && !opts.includeRemoved) continue;
    const { reasons, matchedTerms } = reasonsOf(b.kind, hit.explanation, b.outputs, queryWords);
    const e = engagements.get(ext);
    // A candidate the reader could not be told a reason for is noise (it matched only on fragments).
    if (matchedTerms.length === 0 && a !== 'pin' && !e) continue;
    const fr = feedbackReason(tally);
    if (fr) reasons.push(fr);
    if (a === 'pin') reasons.unshift({ zh: '撮合专员重点推荐', en: 'pinned by the broker', field: 'broker', terms: [], outputTitle: null, outputYear: null });
    ranked.push({
      item: {
        candidateKind: b.kind,
        candidateId: b.id,
        name: b.name,
        subtitle: b.subtitle,
        score: Math.round(hit.score * factor * 1000) / 1000,
        engineScore: Math.round(hit.score * 1000) / 1000,
        feedbackFactor: Math.round(factor * 1000) / 1000,
        matchedTerms,
        reasons,
        pinned: a === 'pin',
        removed: a === 'remove',
        engagementId: e?.id ?? null,
        engagementStatus: e?.status ?? null,
        feedback: verdicts.get(ext) ?? null,
        availability: (b.availability as Recommendation['availability']) ?? null,
      },
      engineScore: hit.score,
      factor,
      pinned: a === 'pin',
      removed: a === 'remove',
    });
  }
  const items = orderRecommendations(ranked)
    .slice(0, opts.limit)
    .map((r, i) => ({ rank: i + 1, ...r.item }));
  return { demandId: d.id, queryTerms: [...new Set(items.flatMap((i) => i.matchedTerms))], items };
}

export async function getRecommendations(db: Db, ctx: RequestContext, id: string, q: RecommendationQuery): Promise<RecommendationList> {
  const actor = authorize(ctx, 'match.read');
  const { d, access } = await loadDemandInScope(db, actor, id);
  if (access !== 'owner' && access !== 'broker' && access !== 'observer') throw new AppError('auth.forbidden');
  return rankCandidates(db, actor, d, { candidateKind: q.candidateKind, limit: q.limit, includeRemoved: access === 'broker' });
}

async function requireCandidate(db: Db, tenantId: string, d: DemandRow, kind: CandidateKind, id: string): Promise<CandidateBrief> {
  if (!candidateKindsFor(d.kind).includes(kind)) throw invalid('candidateKind', 'not_for_demand', '该类对象不适用于此类需求', 'This kind of candidate does not fit this kind of demand');
  const [b] = await listCandidateBriefs(db, tenantId, kind, [id]);
  if (!b) throw new AppError('matching.candidate_not_found', { fieldErrors: [{ path: 'candidateId', code: 'not_found', message: '推荐对象不存在', messageEn: 'No such candidate' }] });
  return b;
}

/** A broker pins, removes or restores a candidate for a demand. */
export async function adjustRecommendation(db: Db, ctx: RequestContext, id: string, input: AdjustmentInput, now: Date): Promise<RecommendationList> {
  const actor = authorize(ctx, 'match.broker');
  const d = await db.transaction(async (tx) => {
    const { d } = await loadDemandInScope(tx, actor, id, true);
    await requireCandidate(tx, actor.tenantId, d, input.candidateKind, input.candidateId);
    if (input.action === 'restore') await deleteAdjustment(tx, d.id, input.candidateKind, input.candidateId);
    else await upsertAdjustment(tx, { tenantId: actor.tenantId, demandId: d.id, candidateKind: input.candidateKind, candidateId: input.candidateId, action: input.action, note: input.note, byUserId: actor.userId, at: now });
    await recordAudit(tx, ctx, { action: `matching.recommendation_${input.action}`, targetType: 'match_demand', targetId: d.id, summary: { candidateKind: input.candidateKind, candidateId: input.candidateId, note: input.note } });
    return d;
  });
  return rankCandidates(db, actor, d, { limit: 20, includeRemoved: true });
}

/** A broker pushes a candidate to the enterprise: an engagement starts in `recommended`. */
export async function pushRecommendation(db: Db, ctx: RequestContext, id: string, input: PushInput, now: Date): Promise<EngagementDetail> {
  const actor = authorize(ctx, 'match.broker');
  const { engagementId, demand } = await db.transaction(async (tx) => {
    const { d } = await loadDemandInScope(tx, actor, id, true);
    if (d.status === 'solved' || d.status === 'closed') throw new AppError('matching.demand_closed');
    const b = await requireCandidate(tx, actor.tenantId, d, input.candidateKind, input.candidateId);
    if (await findEngagementByCandidate(tx, d.id, b.kind, b.id)) throw new AppError('matching.already_pushed');
    const e = await insertEngagement(tx, {
      tenantId: actor.tenantId,
      demandId: d.id,
      candidateKind: b.kind,
      candidateId: b.id,
      candidateName: b.name,
      status: 'recommended',
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    const patch: Partial<DemandRow> = {};
    if (d.status === 'open') patch.status = 'brokering';
    if (!d.departmentId && actor.departmentId) patch.departmentId = actor.departmentId;
    if (Object.keys(patch).length) await updateDemand(tx, d.id, patch);
    if (b.kind === 'expert') await insertInvitation(tx, { tenantId: actor.tenantId, demandId: d.id, expertId: b.id, invitedBy: actor.userId, invitedAt: now });
    await recordEngagementEvent(tx, ctx, actor, e, { action: 'push', at: now, from: null, to: 'recommended', note: input.note || null, data: {} });
    const link = `/matching/engagements/${e.id}`;
    await notify(tx, actor.tenantId, { enterpriseIds: [d.enterpriseId] }, matchingNotice('matching.pushed', { demandNumber: d.number, title: d.title, candidateName: b.name, link }));
    if (b.kind === 'expert') {
      const userIds = await listExpertUserIds(tx, actor.tenantId, b.id);
      if (userIds.length) await notify(tx, actor.tenantId, { userIds }, matchingNotice('matching.pushed_to_expert', { demandNumber: d.number, title: d.title, link }));
    } else if (b.kind === 'talent') {
      const userIds = await listTalentUserIds(tx, actor.tenantId, b.id);
      if (userIds.length) await notify(tx, actor.tenantId, { userIds }, matchingNotice('matching.pushed_to_talent', { demandNumber: d.number, title: d.title, link }));
    }
    return { engagementId: e.id, demand: { ...d, ...patch } };
  });
  syncDocuments(db, actor.tenantId, [demandDoc(demand)]);
  return getEngagementAfterWrite(db, ctx, engagementId);
}

/** Accept / decline feedback with a reason (the enterprise, or a broker for it); it changes later rankings. */
export async function recordFeedback(db: Db, ctx: RequestContext, id: string, input: FeedbackInput, now: Date): Promise<RecommendationList> {
  const actor = authorize(ctx, 'match.read');
  const d = await db.transaction(async (tx) => {
    const { d, access } = await loadDemandInScope(tx, actor, id, true);
    requireManager(access);
    await requireCandidate(tx, actor.tenantId, d, input.candidateKind, input.candidateId);
    await upsertFeedback(tx, {
      tenantId: actor.tenantId,
      demandId: d.id,
      enterpriseId: d.enterpriseId,
      industryCode: d.industryCode,
      candidateKind: input.candidateKind,
      candidateId: input.candidateId,
      verdict: input.verdict,
      reason: input.reason,
      byUserId: actor.userId,
      at: now,
    });
    await recordAudit(tx, ctx, { action: 'matching.feedback_recorded', targetType: 'match_demand', targetId: d.id, summary: { candidateKind: input.candidateKind, candidateId: input.candidateId, verdict: input.verdict, reason: input.reason } });
    return d;
  });
  return rankCandidates(db, actor, d, { limit: 20, includeRemoved: isBroker(actor) });
}

/** An expert's view: open problems and cooperation needs that fit the profile (confidential ones only when invited). */
export async function listFittingDemands(db: Db, ctx: RequestContext): Promise<FittingDemandList> {
  const actor = authorize(ctx, 'profile.edit_own');
  if (!actor.expertId) throw new AppError('matching.no_profile');
  const e = await findExpertRow(db, actor.tenantId, actor.expertId);
  if (!e) throw new AppError('matching.no_profile');
  const index = await matchIndexFor(db, actor.tenantId);
  const q = expertQuery(e);
  const queryWords = queryWordsOf(q);
  const hits = index.search(q, { limit: 60, filter: { kind: 'demand', demandKind: ['problem', 'cooperation'], status: ['open', 'brokering'] }, explain: true });
  const ids = hits.map((h) => parseDocId(h.id).id);
  const { rows } = await listDemandSummaryRows(db, { tenantId: actor.tenantId, visibility: { kind: 'expert', expertId: actor.expertId }, ids }, null);
  const byId = new Map(rows.map((r) => [r.d.id, r]));
  const items: FittingDemandList['items'] = [];
  for (const h of hits) {
    const r = byId.get(parseDocId(h.id).id);
    if (!r) continue; // confidential and not invited
    const invited = r.d.confidential || (await isInvited(db, r.d.id, actor.expertId));
    items.push({ demand: summaryOf(r), score: Math.round(h.score * 1000) / 1000, reasons: reasonsOf('demand', h.explanation, [], queryWords).reasons, invited });
    if (items.length >= 20) break;
  }
  return { items };
}
