import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EngagementAction, EngagementDetail } from '@yunju/contracts';
import { grinderTalentNeed } from '../../../test/factories.ts';
import { useTestApp, type Session } from '../../../test/harness.ts';
import * as schema from '../../platform/schema.ts';

const t = useTestApp();

type Who = 'talent' | 'talent_b' | 'enterprise' | 'enterprise_b' | 'expert' | 'officer' | 'admin';
let s: Record<Who, Session>;
let mine: string; // the talent signed in as `talent`
let theirs: string; // the talent signed in as `talent_b`

const talentBody = (code: string, over: Record<string, unknown> = {}) => ({
  code,
  name: `人才${code}`,
  education: '本科',
  major: '机械设计制造及其自动化',
  skills: ['磨床调试', '数控编程'],
  experienceYears: 6,
  experience: '轴承磨床调试六年',
  desiredRole: '磨床调试工程师',
  desiredTownId: null,
  desiredPlace: '',
  contactPhone: '13700000009',
  ...over,
});

async function act(who: Session, id: string, action: EngagementAction, body: Record<string, unknown> = {}): Promise<EngagementDetail> {
  const res = await t.as(who, 'POST', `/api/matching/engagements/${id}/actions/${action}`, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as EngagementDetail;
}

/** The enterprise posts a talent need and the officer pushes `talentId` to it; returns the engagement id. */
async function pushToNeed(talentId: string, title = '招聘磨床调试工程师'): Promise<string> {
  const need = await t.as(s.enterprise, 'POST', '/api/matching/demands', grinderTalentNeed(title));
  expect(need.statusCode, need.body).toBe(201);
  const pushed = await t.as(s.officer, 'POST', `/api/matching/demands/${need.json().id}/push`, { candidateKind: 'talent', candidateId: talentId });
  expect(pushed.statusCode, pushed.body).toBe(201);
  return pushed.json().id as string;
}

beforeAll(async () => {
  const names: Who[] = ['enterprise', 'enterprise_b', 'expert', 'officer', 'admin'];
  s = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await t.login(n)]))) as typeof s;
  const a = await t.as(s.officer, 'POST', '/api/matching/talents', talentBody('TAL-A'));
  expect(a.statusCode, a.body).toBe(201);
  mine = a.json().id;
  const b = await t.as(s.officer, 'POST', '/api/matching/talents', talentBody('TAL-B', { contactPhone: '13700000010' }));
  theirs = b.json().id;
  await t.database.db.update(schema.users).set({ talentId: mine }).where(eq(schema.users.username, 'talent'));
  await t.database.db.update(schema.users).set({ talentId: theirs }).where(eq(schema.users.username, 'talent_b'));
  s.talent = await t.login('talent');
  s.talent_b = await t.login('talent_b');
});

describe('GET /api/matching/talent-profile', () => {
  it('gives the talent its own profile, phone included', async () => {
    const res = await t.as(s.talent, 'GET', '/api/matching/talent-profile');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: mine, code: 'TAL-A', contactPhone: '13700000009', availability: 'available', consentToContact: false });
    expect((await t.as(s.talent_b, 'GET', '/api/matching/talent-profile')).json()).toMatchObject({ id: theirs });
  });

  it('is forbidden to enterprises, experts and officers', async () => {
    for (const who of ['enterprise', 'expert', 'officer'] as const) expect((await t.as(s[who], 'GET', '/api/matching/talent-profile')).statusCode, who).toBe(403);
  });

  it('refuses an unknown query parameter, naming it', async () => {
    const res = await t.as(s.talent, 'GET', '/api/matching/talent-profile?x=1');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('answers 404 to a talent account without a profile', async () => {
    await t.database.db.update(schema.users).set({ talentId: null }).where(eq(schema.users.username, 'talent_b'));
    try {
      const res = await t.as(await t.login('talent_b'), 'GET', '/api/matching/talent-profile');
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('matching.no_talent_profile');
    } finally {
      await t.database.db.update(schema.users).set({ talentId: theirs }).where(eq(schema.users.username, 'talent_b'));
    }
  });
});

describe('PUT /api/matching/talent-profile', () => {
  it('edits only the talent’s own row (code kept), audited, and re-indexed for matching', async () => {
    const res = await t.as(s.talent, 'PUT', '/api/matching/talent-profile', talentBody('IGNORED', { skills: ['磨床调试', '数控编程', '液压伺服维修'], availability: 'busy', consentToContact: true, desiredTownId: t.fixture.towns.a }));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: mine, code: 'TAL-A', skills: ['磨床调试', '数控编程', '液压伺服维修'], availability: 'busy', consentToContact: true, desiredTownName: '城关街道' });
    // The other talent's row is untouched.
    expect((await t.as(s.officer, 'GET', `/api/matching/talents/${theirs}`)).json()).toMatchObject({ code: 'TAL-B', skills: ['磨床调试', '数控编程'], consentToContact: false });
    const audit = (await t.as(s.admin, 'GET', '/api/audit?pageSize=50')).json().items as { action: string; targetId: string | null; summary: Record<string, unknown> }[];
    expect(audit.find((r) => r.action === 'matching.talent_profile_updated')).toMatchObject({ targetId: mine, summary: { consentToContact: { before: false, after: true }, availability: { before: 'available', after: 'busy' } } });
    // The match index sees the new skill: a need for it ranks this talent first.
    const need = await t.as(s.enterprise, 'POST', '/api/matching/demands', {
      kind: 'talent_need',
      title: '招聘液压伺服维修技师',
      description: '负责液压伺服系统维修。',
      role: '液压伺服维修技师',
      requirements: '熟悉液压伺服维修',
      place: '城关街道',
      salaryBand: '5k_10k',
    });
    const rec = (await t.as(s.officer, 'GET', `/api/matching/demands/${need.json().id}/recommendations`)).json();
    expect(rec.items[0]).toMatchObject({ candidateKind: 'talent', candidateId: mine });
  });

  it('keeps the talent’s own availability and consent when a broker edits the profile without them', async () => {
    const res = await t.as(s.officer, 'PUT', `/api/matching/talents/${mine}`, talentBody('TAL-A', { skills: ['磨床调试', '数控编程', '液压伺服维修'] }));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ availability: 'busy', consentToContact: true });
  });

  it('is forbidden to enterprises, experts and officers', async () => {
    for (const who of ['enterprise', 'expert', 'officer'] as const) expect((await t.as(s[who], 'PUT', '/api/matching/talent-profile', talentBody('TAL-A'))).statusCode, who).toBe(403);
  });

  it('refuses bad input with problem+json naming the field', async () => {
    const bad = await t.as(s.talent, 'PUT', '/api/matching/talent-profile', talentBody('TAL-A', { education: '小学', availability: 'sometimes' }));
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['availability', 'education']);
    const town = await t.as(s.talent, 'PUT', '/api/matching/talent-profile', talentBody('TAL-A', { desiredTownId: '7d0e7a4e-2f59-4b55-9d8c-3f1f0a3a1111' }));
    expect(town.statusCode).toBe(400);
    expect(town.json().errors.map((e: { path: string }) => e.path)).toEqual(['desiredTownId']);
  });
});

describe('a talent with a sign-in answers contact requests itself', () => {
  let eid: string;
  beforeAll(async () => {
    eid = await pushToNeed(mine);
  });

  it('asks the talent before an interview, and keeps its phone from the enterprise until it consents', async () => {
    let eng = (await t.as(s.enterprise, 'GET', `/api/matching/engagements/${eid}`)).json() as EngagementDetail;
    expect(eng.allowedActions).toEqual(['request_contact', 'cancel']);
    expect((await t.as(s.enterprise, 'POST', `/api/matching/engagements/${eid}/actions/interview`, { on: '2026-04-02', place: '人事部' })).statusCode).toBe(409);
    eng = await act(s.enterprise, eid, 'request_contact', { note: '希望约您面试' });
    expect(eng).toMatchObject({ status: 'contact_requested', candidateContact: null });
    // The broker may not answer for a talent that has its own account.
    expect((await t.as(s.officer, 'POST', `/api/matching/engagements/${eid}/actions/consent`, {})).statusCode).toBe(403);

    const list = await t.as(s.talent, 'GET', '/api/matching/engagements');
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((i: { id: string }) => i.id)).toEqual([eid]);
    const seen = (await t.as(s.talent, 'GET', `/api/matching/engagements/${eid}`)).json() as EngagementDetail;
    expect(seen).toMatchObject({ demandTitle: '招聘磨床调试工程师', allowedActions: ['consent', 'decline'], enterpriseContact: null });
    const inbox = (await t.as(s.talent, 'GET', '/api/inbox?pageSize=50')).json().items as { kind: string; link: string }[];
    // Told when the broker recommended it, and when the enterprise asked to contact it.
    expect(inbox.filter((n) => n.link === `/matching/engagements/${eid}`).map((n) => n.kind).sort()).toEqual(['matching.contact_requested', 'matching.pushed_to_talent']);

    const consented = await act(s.talent, eid, 'consent', { note: '同意，工作日均可' });
    expect(consented.status).toBe('consented');
    expect(consented.enterpriseContact).not.toBeNull();
    eng = (await t.as(s.enterprise, 'GET', `/api/matching/engagements/${eid}`)).json() as EngagementDetail;
    expect(eng.candidateContact).toEqual({ phone: '13700000009', email: null });
    expect(eng.allowedActions).toEqual(['interview', 'cancel']);
    const told = (await t.as(s.enterprise, 'GET', '/api/inbox?pageSize=50')).json().items as { kind: string; link: string; bodyZh: string }[];
    expect(told.find((n) => n.link === `/matching/engagements/${eid}` && n.kind === 'matching.talent_consented')?.bodyZh).toContain('可安排面试');
    eng = await act(s.enterprise, eid, 'interview', { on: '2026-04-02', place: '人事部' });
    expect(eng.candidateContact?.phone).toBe('13700000009');
    expect((await act(s.enterprise, eid, 'hire', { startOn: '2026-05-01' })).status).toBe('hired');
  });

  it('lets the talent decline, with a reason', async () => {
    const other = await pushToNeed(mine, '招聘数控编程员');
    await act(s.officer, other, 'request_contact');
    expect((await t.as(s.talent, 'POST', `/api/matching/engagements/${other}/actions/decline`, {})).statusCode).toBe(400);
    const declined = await act(s.talent, other, 'decline', { reason: '已在本地企业就业' });
    expect(declined).toMatchObject({ status: 'declined', candidateContact: null });
    expect((await t.as(s.enterprise, 'GET', `/api/matching/engagements/${other}`)).json().candidateContact).toBeNull();
  });

  it('hides the engagement from another talent and from experts (404), and keeps talents out of the rest of matching', async () => {
    expect((await t.as(s.talent_b, 'GET', '/api/matching/engagements')).json().items).toEqual([]);
    expect((await t.as(s.talent_b, 'GET', `/api/matching/engagements/${eid}`)).statusCode).toBe(404);
    expect((await t.as(s.talent_b, 'POST', `/api/matching/engagements/${eid}/actions/cancel`, { reason: '不合适的' })).statusCode).toBe(404);
    expect((await t.as(s.expert, 'GET', `/api/matching/engagements/${eid}`)).statusCode).toBe(404);
    expect((await t.as(s.enterprise_b, 'GET', `/api/matching/engagements/${eid}`)).statusCode).toBe(404);
    for (const url of ['/api/matching/talents', '/api/matching/experts', '/api/matching/demands', '/api/matching/profile']) expect((await t.as(s.talent, 'GET', url)).statusCode, url).toBe(403);
  });

  it('shows the talent its open contact requests on the workbench', async () => {
    const eid3 = await pushToNeed(mine, '招聘设备维护技师');
    await act(s.enterprise, eid3, 'request_contact');
    const wb = (await t.as(s.talent, 'GET', '/api/workbench')).json();
    expect(wb.stats).toContainEqual(expect.objectContaining({ key: 'myContactRequests', value: 1, to: '/matching/engagements?status=contact_requested' }));
  });
});
