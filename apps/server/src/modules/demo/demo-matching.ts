import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import * as t from '../../platform/schema.ts';

/**
 * A demo year of matching (issue 4): technical problems, talent needs and cooperation needs of the
 * county's enterprises, the brokers' recommendations, the brokerage steps with their events, IUR
 * agreements, feedback, and so the outcome counters. Deterministic (seeded), written straight to
 * the tables in the seeding transaction like the other demo loaders.
 *
 * Proportions echo the seed report (over several years: 726 talents matched, 89 IUR projects,
 * 650+ problems solved), scaled to one year: about 240 problems (≈ 165 solved), 110 talent needs
 * (≈ 180 hires), 30 cooperation needs, ≈ 24 IUR agreements. Each problem is written from one
 * expert's own output titles, so the engine ranks that expert near the top — recommendations in
 * the demo are the engine's, not invented.
 */

const SEED = 20260401;
const BATCH = 500;
const DAY = 86_400_000;

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

async function insertBatched<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

export interface DemoMatchingContext {
  tenantId: string;
  /** YYYY-MM-DD in Asia/Shanghai: the demo year ends today. */
  today: string;
  brokers: { id: string; name: string; departmentId: string }[];
  demoEnterprise: { id: string; userId: string };
  demoExpertId: string | null;
  /** The talent behind the demo user `talent`: it gets one contact request waiting for its answer. */
  demoTalentId?: string | null;
}

const PROBLEM_OPENERS = ['关于', '亟需解决', '寻求', '征集'];
const PROBLEM_TAILS = ['的技术难题', '方面的工艺改进', '的关键技术攻关', '的检测与优化方案'];
const BUDGETS = ['under_100k', '100k_500k', '500k_1m', '1m_5m', 'negotiable'] as const;
const SALARIES = ['5k_10k', '10k_20k', '20k_40k', 'negotiable'] as const;
const MODES = ['joint_rd', 'commissioned_rd', 'technology_transfer', 'joint_lab'] as const;
const DECLINES = ['专家近期出国访学，无法对接', '研究方向与需求差异较大', '报价超出企业预算'];

type EngStatus = (typeof t.matchEngagements.$inferSelect)['status'];

export async function loadDemoMatching(tx: Db, c: DemoMatchingContext): Promise<{ demands: number; engagements: number; events: number; agreements: number }> {
  const r = rng(SEED);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)]!;
  const end = Date.parse(`${c.today}T10:00:00+08:00`);
  const start = end - 365 * DAY;

  // Contact details for the demo experts (generated, not real).
  await tx
    .update(t.experts)
    .set({ contactPhone: sql`'139' || lpad((abs(hashtext(${t.experts.code})) % 100000000)::text, 8, '0')`, contactEmail: sql`lower(${t.experts.code}) || '@expert.example.cn'` })
    .where(eq(t.experts.tenantId, c.tenantId));

  const experts = await tx.select({ id: t.experts.id, name: t.experts.name, org: t.experts.org, outputs: t.experts.outputs, fields: t.experts.fields }).from(t.experts).where(eq(t.experts.tenantId, c.tenantId)).orderBy(t.experts.code);
  const talents = await tx.select({ id: t.talents.id, name: t.talents.name, desiredRole: t.talents.desiredRole, major: t.talents.major, skills: t.talents.skills }).from(t.talents).where(eq(t.talents.tenantId, c.tenantId)).orderBy(t.talents.code);
  const entUsers = await tx
    .select({ userId: t.users.id, enterpriseId: t.users.enterpriseId, name: t.enterprises.name, industryCode: t.enterprises.industryCode })
    .from(t.users)
    .innerJoin(t.enterprises, eq(t.enterprises.id, t.users.enterpriseId))
    .where(and(eq(t.users.tenantId, c.tenantId), eq(t.users.role, 'enterprise')))
    .orderBy(t.users.username);
  const usable = experts.filter((e) => e.outputs.length > 0);
  if (!usable.length || !entUsers.length || !c.brokers.length) return { demands: 0, engagements: 0, events: 0, agreements: 0 };
  const demoEnt = entUsers.find((u) => u.enterpriseId === c.demoEnterprise.id) ?? entUsers[0]!;

  const demands: (typeof t.matchDemands.$inferInsert)[] = [];
  const engagements: (typeof t.matchEngagements.$inferInsert & { id: string })[] = [];
  const events: (typeof t.matchEngagementEvents.$inferInsert)[] = [];
  const agreements: (typeof t.matchAgreements.$inferInsert)[] = [];
  const invitations: (typeof t.matchInvitations.$inferInsert)[] = [];
  const feedback: (typeof t.matchFeedback.$inferInsert)[] = [];
  const numbers = new Map<number, number>();
  const numberOf = (at: Date) => {
    const y = new Date(at.getTime() + 8 * 3600_000).getUTCFullYear();
    const n = (numbers.get(y) ?? 0) + 1;
    numbers.set(y, n);
    return `XQ${y}-${String(n).padStart(6, '0')}`;
  };
  /** Deterministic v4-shaped ids (the same demo county every time). */
  const uuid = () => {
    const h = Array.from({ length: 32 }, () => Math.floor(r() * 16).toString(16));
    h[12] = '4';
    h[16] = '89ab'[Math.floor(r() * 4)]!;
    const x = h.join('');
    return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
  };

  /** Walks an engagement through its steps, spaced by days; stops at `target` or at today. */
  function walk(e: { id: string; demandId: string; at: number; broker: (typeof c.brokers)[number]; ent: (typeof entUsers)[number]; candidateName: string; expertUser: boolean }, steps: { action: string; to: EngStatus; gap: number; by: 'broker' | 'enterprise' | 'expert'; note?: string; data?: Record<string, unknown> }[]): { status: EngStatus; at: number; closedAt: number | null; consentedAt: number | null; reached: string[] } {
    let at = e.at;
    let status: EngStatus = 'recommended';
    let seq = 1;
    let consentedAt: number | null = null;
    const reached: string[] = [];
    events.push({ tenantId: c.tenantId, engagementId: e.id, seq: seq++, at: new Date(at), actorId: e.broker.id, actorName: e.broker.name, actorRole: 'officer', action: 'push', fromStatus: null, toStatus: 'recommended', note: '根据专家成果匹配推荐', data: {} });
    for (const s of steps) {
      const next = at + s.gap * DAY + Math.floor(r() * 6) * 3600_000;
      if (next > end) break;
      const actor = s.by === 'enterprise' ? { id: e.ent.userId, name: `${e.ent.name}经办人`, role: 'enterprise' } : { id: e.broker.id, name: e.broker.name, role: 'officer' };
      events.push({
        tenantId: c.tenantId,
        engagementId: e.id,
        seq: seq++,
        at: new Date(next),
        actorId: actor.id,
        actorName: actor.name,
        actorRole: actor.role,
        action: s.action,
        fromStatus: status,
        toStatus: s.to,
        note: s.note ?? (s.by === 'expert' ? '经电话确认，专家同意对接' : null),
        data: s.data ?? {},
      });
      at = next;
      status = s.to;
      if (s.to === 'consented') consentedAt = at;
      reached.push(s.action);
    }
    const closed = ['solved', 'hired', 'declined', 'cancelled'].includes(status) ? at : null;
    return { status, at, closedAt: closed, consentedAt, reached };
  }

  // ── technical problems and cooperation needs ──
  const PROBLEMS = 240;
  const COOPERATION = 30;
  for (let i = 0; i < PROBLEMS + COOPERATION; i++) {
    const coop = i >= PROBLEMS;
    const expert = i < 3 && c.demoExpertId ? (usable.find((x) => x.id === c.demoExpertId) ?? pick(usable)) : pick(usable);
    const ent = i % 12 === 0 ? demoEnt : pick(entUsers);
    const out = pick(expert.outputs);
    const broker = r() < 0.75 ? c.brokers[0]! : pick(c.brokers);
    // Spread over the year; the last few weeks hold the still-open ones.
    const posted = start + Math.floor(r() * 364) * DAY + Math.floor(r() * 8) * 3600_000;
    const id = uuid();
    const confidential = r() < 0.12;
    const title = coop ? `寻求${out.title.slice(0, 24)}方向的产学研合作` : `${pick(PROBLEM_OPENERS)}${out.title.slice(0, 28)}${pick(PROBLEM_TAILS)}`;
    const keywords = expert.fields.slice(0, 3);
    const demand: typeof t.matchDemands.$inferInsert = {
      id,
      tenantId: c.tenantId,
      number: '',
      kind: coop ? 'cooperation' : 'problem',
      enterpriseId: ent.enterpriseId!,
      industryCode: ent.industryCode,
      title,
      description: `${ent.name}在生产中遇到与“${out.title}”相关的问题，${keywords.length ? `涉及${keywords.join('、')}，` : ''}希望与高校院所专家合作攻关。`,
      keywords,
      status: 'open',
      confidential,
      budgetBand: pick(BUDGETS),
      deadline: null,
      mode: coop ? pick(MODES) : null,
      departmentId: null,
      postedBy: ent.userId,
      postedAt: new Date(posted),
    };
    demands.push(demand);
    // Most are pushed within a week; a few stay open (recommendations only).
    if (posted + 7 * DAY > end && r() < 0.8) continue;
    demand.status = 'brokering';
    demand.departmentId = broker.departmentId;
    const candidates = [expert, ...(r() < 0.35 ? [pick(usable.filter((x) => x.id !== expert.id))] : [])];
    candidates.forEach((cand, k) => {
      const eid = uuid();
      const primary = k === 0;
      const roll = r();
      const withAgreement = coop ? roll < 0.45 : roll < 0.08;
      const amount = Math.round(Math.exp(Math.log(50_000) + r() * (Math.log(2_000_000) - Math.log(50_000))) / 1000) * 1000;
      const demoExpertHandle = i < 3 && primary && c.demoExpertId === cand.id;
      let steps: Parameters<typeof walk>[1];
      if (demoExpertHandle) {
        // The demo expert has requests waiting for its answer.
        steps = [{ action: 'request_contact', to: 'contact_requested', gap: 2, by: 'enterprise' }];
      } else if (!primary || roll > 0.93) {
        steps = [
          { action: 'request_contact', to: 'contact_requested', gap: 2, by: 'enterprise' },
          r() < 0.5 ? { action: 'decline', to: 'declined', gap: 3, by: 'broker', note: pick(DECLINES) } : { action: 'cancel', to: 'cancelled', gap: 10, by: 'enterprise', note: '企业已找到其他解决途径' },
        ];
      } else {
        const signed = new Date(posted + 40 * DAY);
        const signedOn = new Date(signed.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
        steps = [
          { action: 'request_contact', to: 'contact_requested', gap: 2, by: 'enterprise' },
          { action: 'consent', to: 'consented', gap: 3, by: 'expert' },
          { action: 'meet', to: 'meeting', gap: 9, by: 'broker', data: { place: '企业现场' } },
          ...(withAgreement
            ? [
                { action: 'agree', to: 'agreement' as EngStatus, gap: 26, by: 'broker' as const, data: { amountYuan: amount, signedOn } },
                { action: 'solve', to: 'solved' as EngStatus, gap: 90, by: 'enterprise' as const, note: '合作成果已在产线应用' },
              ]
            : [{ action: 'solve', to: 'solved' as EngStatus, gap: 30, by: 'enterprise' as const, note: '经专家指导，问题已解决' }]),
        ];
      }
      const w = walk({ id: eid, demandId: id, at: posted + (1 + k) * DAY, broker, ent, candidateName: cand.name, expertUser: false }, steps);
      engagements.push({
        id: eid,
        tenantId: c.tenantId,
        demandId: id,
        candidateKind: 'expert',
        candidateId: cand.id,
        candidateName: cand.name,
        status: w.status,
        meetingOn: w.reached.includes('meet') ? new Date(posted + 15 * DAY + 8 * 3600_000).toISOString().slice(0, 10) : null,
        meetingPlace: w.reached.includes('meet') ? '企业现场' : null,
        meetingNote: w.reached.includes('meet') ? '' : null,
        consentedAt: w.consentedAt ? new Date(w.consentedAt) : null,
        createdBy: broker.id,
        createdAt: new Date(posted + (1 + k) * DAY),
        updatedAt: new Date(w.at),
        closedAt: w.closedAt ? new Date(w.closedAt) : null,
      });
      if (w.reached.includes('agree')) {
        const ev = events.findLast((x) => x.engagementId === eid && x.action === 'agree')!;
        const signedOn = new Date((ev.at as Date).getTime() + 8 * 3600_000).toISOString().slice(0, 10);
        ev.data = { ...(ev.data as object), signedOn };
        agreements.push({
          tenantId: c.tenantId,
          engagementId: eid,
          demandId: id,
          title: `${title.slice(0, 30)}技术开发合同`,
          parties: [ent.name, cand.org],
          amountYuan: amount,
          signedOn,
          startOn: signedOn,
          endOn: new Date((ev.at as Date).getTime() + 365 * DAY).toISOString().slice(0, 10),
          contractAttachmentId: null,
          createdAt: ev.at as Date,
        });
      }
      if (w.status === 'solved') {
        demand.status = 'solved';
        demand.solvedAt = new Date(w.closedAt!);
      }
      if (confidential) invitations.push({ tenantId: c.tenantId, demandId: id, expertId: cand.id, invitedBy: broker.id, invitedAt: new Date(posted + DAY) });
      if (w.reached.includes('decline') || w.reached.includes('cancel') || w.status === 'solved') {
        feedback.push({
          tenantId: c.tenantId,
          demandId: id,
          enterpriseId: ent.enterpriseId!,
          industryCode: ent.industryCode,
          candidateKind: 'expert',
          candidateId: cand.id,
          verdict: w.status === 'solved' ? 'accept' : 'decline',
          reason: w.status === 'solved' ? '专家方案切实可行' : '未能达成合作',
          byUserId: ent.userId,
          at: new Date(w.at),
        });
      }
    });
  }

  // ── talent needs: recommended → interview → hired ──
  const NEEDS = 110;
  let talentCursor = 0;
  for (let i = 0; i < NEEDS && talentCursor < talents.length; i++) {
    const ent = i % 15 === 0 ? demoEnt : pick(entUsers);
    const first = talents[talentCursor]!;
    const headcount = 1 + Math.floor(r() * 3);
    const posted = start + Math.floor(r() * 340) * DAY + Math.floor(r() * 8) * 3600_000;
    const id = uuid();
    const broker = pick(c.brokers);
    const demand: typeof t.matchDemands.$inferInsert = {
      id,
      tenantId: c.tenantId,
      number: '',
      kind: 'talent_need',
      enterpriseId: ent.enterpriseId!,
      industryCode: ent.industryCode,
      title: `招聘${first.desiredRole}`,
      description: `${ent.name}招聘${first.desiredRole}${headcount}名，${first.major}或相关专业，熟悉${first.skills.slice(0, 2).join('、')}。`,
      keywords: first.skills.slice(0, 3),
      status: 'brokering',
      confidential: false,
      salaryBand: pick(SALARIES),
      role: first.desiredRole,
      requirements: `熟悉${first.skills.slice(0, 2).join('、')}`,
      place: '本县',
      headcount,
      departmentId: broker.departmentId,
      postedBy: ent.userId,
      postedAt: new Date(posted),
    };
    demands.push(demand);
    let hired = 0;
    const pushes = headcount + 1;
    for (let k = 0; k < pushes && talentCursor < talents.length; k++) {
      const cand = talents[talentCursor++]!;
      const eid = uuid();
      const willHire = hired < headcount && r() < 0.82;
      const steps: Parameters<typeof walk>[1] = willHire
        ? [
            { action: 'interview', to: 'interview', gap: 5, by: 'enterprise', data: { place: '企业人事部' } },
            { action: 'hire', to: 'hired', gap: 12, by: 'enterprise' },
          ]
        : [
            { action: 'interview', to: 'interview', gap: 5, by: 'enterprise' },
            { action: 'cancel', to: 'cancelled', gap: 7, by: 'enterprise', note: '面试未通过' },
          ];
      const w = walk({ id: eid, demandId: id, at: posted + (1 + k) * DAY, broker, ent, candidateName: cand.name, expertUser: false }, steps);
      if (w.status === 'hired') hired++;
      engagements.push({
        id: eid,
        tenantId: c.tenantId,
        demandId: id,
        candidateKind: 'talent',
        candidateId: cand.id,
        candidateName: cand.name,
        status: w.status,
        meetingOn: w.reached.includes('interview') ? new Date(posted + 6 * DAY + 8 * 3600_000).toISOString().slice(0, 10) : null,
        meetingPlace: w.reached.includes('interview') ? '企业人事部' : null,
        meetingNote: w.reached.includes('interview') ? '' : null,
        createdBy: broker.id,
        createdAt: new Date(posted + (1 + k) * DAY),
        updatedAt: new Date(w.at),
        closedAt: w.closedAt ? new Date(w.closedAt) : null,
      });
      if (hired >= headcount) {
        demand.status = 'solved';
        demand.solvedAt = new Date(w.at);
        break;
      }
    }
  }

  // ── the demo talent: an open talent need of the demo enterprise, contact requested, waiting for its answer ──
  const demoTalent = c.demoTalentId ? talents.find((x) => x.id === c.demoTalentId) : undefined;
  if (demoTalent) {
    // Its phone (generated, not real) reaches the enterprise only once it consents.
    await tx.update(t.talents).set({ contactPhone: '13800000001' }).where(eq(t.talents.id, demoTalent.id));
    const id = uuid();
    const eid = uuid();
    const posted = end - 6 * DAY;
    const broker = c.brokers[0]!;
    demands.push({
      id,
      tenantId: c.tenantId,
      number: '',
      kind: 'talent_need',
      enterpriseId: demoEnt.enterpriseId!,
      industryCode: demoEnt.industryCode,
      title: `招聘${demoTalent.desiredRole}`,
      description: `${demoEnt.name}招聘${demoTalent.desiredRole}1名，${demoTalent.major}或相关专业，熟悉${demoTalent.skills.slice(0, 2).join('、')}。`,
      keywords: demoTalent.skills.slice(0, 3),
      status: 'brokering',
      confidential: false,
      salaryBand: '10k_20k',
      role: demoTalent.desiredRole,
      requirements: `熟悉${demoTalent.skills.slice(0, 2).join('、')}`,
      place: '本县',
      headcount: 1,
      departmentId: broker.departmentId,
      postedBy: demoEnt.userId,
      postedAt: new Date(posted),
    });
    const pushedAt = new Date(posted + 2 * DAY);
    const requestedAt = new Date(posted + 4 * DAY);
    events.push(
      { tenantId: c.tenantId, engagementId: eid, seq: 1, at: pushedAt, actorId: broker.id, actorName: broker.name, actorRole: 'officer', action: 'push', fromStatus: null, toStatus: 'recommended', note: '根据人才专业和技能匹配推荐', data: {} },
      { tenantId: c.tenantId, engagementId: eid, seq: 2, at: requestedAt, actorId: demoEnt.userId, actorName: `${demoEnt.name}经办人`, actorRole: 'enterprise', action: 'request_contact', fromStatus: 'recommended', toStatus: 'contact_requested', note: '希望与您约定面试时间', data: {} },
    );
    engagements.push({ id: eid, tenantId: c.tenantId, demandId: id, candidateKind: 'talent', candidateId: demoTalent.id, candidateName: demoTalent.name, status: 'contact_requested', createdBy: broker.id, createdAt: pushedAt, updatedAt: requestedAt, closedAt: null });
  }

  demands.sort((a, b) => (a.postedAt as Date).getTime() - (b.postedAt as Date).getTime());
  for (const d of demands) d.number = numberOf(d.postedAt as Date);
  await insertBatched(demands, (chunk) => tx.insert(t.matchDemands).values(chunk));
  await insertBatched(engagements, (chunk) => tx.insert(t.matchEngagements).values(chunk));
  await insertBatched(events, (chunk) => tx.insert(t.matchEngagementEvents).values(chunk));
  await insertBatched(agreements, (chunk) => tx.insert(t.matchAgreements).values(chunk));
  await insertBatched(invitations, (chunk) => tx.insert(t.matchInvitations).values(chunk).onConflictDoNothing());
  await insertBatched(feedback, (chunk) => tx.insert(t.matchFeedback).values(chunk).onConflictDoNothing());
  return { demands: demands.length, engagements: engagements.length, events: events.length, agreements: agreements.length };
}
