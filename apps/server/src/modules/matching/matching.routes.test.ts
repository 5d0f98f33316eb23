import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { engagementActions, type EngagementAction, type EngagementDetail, type OutcomeValues, type RecommendationList } from '@yunju/contracts';
import { grinderTalentNeed } from '../../../test/factories.ts';
import { useTestApp, type Session } from '../../../test/harness.ts';
import { uploadFile } from '../../../test/case-helpers.ts';
import { samples } from '../../../test/sample-files.ts';
import * as schema from '../../platform/schema.ts';

const t = useTestApp();
const MISSING = '7d0e7a4e-2f59-4b55-9d8c-3f1f0a3a1111';

type Who = 'enterprise' | 'enterprise_b' | 'officer' | 'admin' | 'desk' | 'leader' | 'expert' | 'notary';
let s: Record<Who, Session>;
let e1: string; // the expert signed in as `expert`
let e2: string;

const expertBody = (code: string, over: Record<string, unknown> = {}) => ({
  code,
  name: `专家${code}`,
  title: '教授',
  rank: '正高级',
  org: '某理工大学机械工程学院',
  orgType: 'university',
  region: '浙江省',
  disciplines: ['机械工程'],
  fields: ['数控机床', '热变形补偿'],
  outputs: [{ title: '数控机床主轴热变形建模与补偿方法', year: 2021, type: 'paper' }],
  availability: 'available',
  consentToContact: true,
  contactPhone: '13900001111',
  contactEmail: `${code.toLowerCase()}@example.edu.cn`,
  ...over,
});

function multipart(filename: string, data: Buffer): { payload: Buffer; contentType: string } {
  const boundary = '----yunjuMatchBoundary';
  return {
    payload: Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
      data,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}
const upload = (session: Session, url: string, filename: string, data: Buffer) => {
  const m = multipart(filename, data);
  return t.app.inject({ method: 'POST', url, headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'content-type': m.contentType }, payload: m.payload });
};

async function totals(): Promise<OutcomeValues> {
  const res = await t.as(s.admin, 'GET', '/api/matching/outcomes?by=month');
  expect(res.statusCode, res.body).toBe(200);
  return res.json().totals as OutcomeValues;
}
async function act(who: Session, id: string, action: EngagementAction, body: Record<string, unknown> = {}): Promise<EngagementDetail> {
  const res = await t.as(who, 'POST', `/api/matching/engagements/${id}/actions/${action}`, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as EngagementDetail;
}
async function postProblem(who: Session, over: Record<string, unknown> = {}): Promise<string> {
  const res = await t.as(who, 'POST', '/api/matching/demands', {
    kind: 'problem',
    title: '数控机床主轴热变形导致加工精度下降',
    description: '我公司精密轴承磨床主轴在连续加工两小时后热变形明显，尺寸精度超差，需要热误差建模与补偿方案。',
    keywords: ['热变形', '数控机床'],
    budgetBand: '100k_500k',
    confidential: false,
    ...over,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

beforeAll(async () => {
  const names: Who[] = ['enterprise', 'enterprise_b', 'officer', 'admin', 'desk', 'leader', 'notary'];
  s = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await t.login(n)]))) as typeof s;
  const a = await t.as(s.officer, 'POST', '/api/matching/experts', expertBody('EXP-A'));
  expect(a.statusCode, a.body).toBe(201);
  e1 = a.json().id;
  const b = await t.as(s.officer, 'POST', '/api/matching/experts', expertBody('EXP-B', { org: '某研究院精密制造所', orgType: 'institute', contactPhone: '13900002222' }));
  e2 = b.json().id;
  await t.as(s.officer, 'POST', '/api/matching/experts', expertBody('EXP-C', { fields: ['水稻育种'], disciplines: ['作物学'], outputs: [{ title: '杂交水稻抗倒伏品种选育', year: 2019, type: 'project' }] }));
  // The fixture's expert account is the profile EXP-A.
  await t.database.db.update(schema.users).set({ expertId: e1 }).where(eq(schema.users.username, 'expert'));
  s.expert = await t.login('expert');
});

describe('supply: expert profiles', () => {
  it('adds (broker only) and validates an expert, naming the field', async () => {
    expect((await t.as(s.enterprise, 'POST', '/api/matching/experts', expertBody('EXP-X'))).statusCode).toBe(403);
    const bad = await t.as(s.officer, 'POST', '/api/matching/experts', { ...expertBody('EXP-Y'), rank: '特级', name: '' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['name', 'rank']);
    const dup = await t.as(s.officer, 'POST', '/api/matching/experts', expertBody('EXP-A'));
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('matching.duplicate_code');
  });

  it('edits an expert (broker), 404 for a missing one, 400 for bad input, 403 for others', async () => {
    const ok = await t.as(s.officer, 'PUT', `/api/matching/experts/${e2}`, expertBody('EXP-B', { org: '某研究院精密制造所', orgType: 'institute', contactPhone: '13900002222', availability: 'busy' }));
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().availability).toBe('busy');
    expect((await t.as(s.officer, 'PUT', `/api/matching/experts/${MISSING}`, expertBody('EXP-Z'))).statusCode).toBe(404);
    expect((await t.as(s.officer, 'PUT', `/api/matching/experts/${e2}`, { ...expertBody('EXP-B'), outputs: [{ title: 'x', year: 1800, type: 'paper' }] })).statusCode).toBe(400);
    expect((await t.as(s.expert, 'PUT', `/api/matching/experts/${e2}`, expertBody('EXP-B'))).statusCode).toBe(403);
  });

  it('hides contact details from an enterprise until consent; the broker and the expert see them', async () => {
    const asEnt = await t.as(s.enterprise, 'GET', `/api/matching/experts/${e1}`);
    expect(asEnt.statusCode).toBe(200);
    expect(asEnt.json()).toMatchObject({ code: 'EXP-A', contact: null });
    expect((await t.as(s.officer, 'GET', `/api/matching/experts/${e1}`)).json().contact).toEqual({ phone: '13900001111', email: 'exp-a@example.edu.cn' });
    expect((await t.as(s.desk, 'GET', `/api/matching/experts/${e1}`)).statusCode).toBe(403);
    expect((await t.as(s.enterprise, 'GET', '/api/matching/experts/not-a-uuid')).statusCode).toBe(400);
    expect((await t.as(s.enterprise, 'GET', `/api/matching/experts/${MISSING}`)).statusCode).toBe(404);
  });

  it('serves stored outputs with a source label as an API type (the demo’s 面上项目 is a project)', async () => {
    const [row] = await t.database.db
      .insert(schema.experts)
      .values({ tenantId: t.fixture.tenantId, code: 'EXP-NSFC', name: '专家N', title: '教授', rank: '正高级', org: '某大学', orgType: 'university', region: '浙江省', disciplines: ['管理科学'], fields: [], outputs: [{ title: '供应链协调优化研究', year: 2012, type: '面上项目' }], availability: 'available', consentToContact: true })
      .returning();
    const res = await t.as(s.officer, 'GET', `/api/matching/experts/${row!.id}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().outputs).toEqual([{ title: '供应链协调优化研究', year: 2012, type: 'project' }]);
  });

  it('searches experts through the match engine with filters', async () => {
    const res = await t.as(s.enterprise, 'GET', `/api/matching/experts?q=${encodeURIComponent('主轴热变形')}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((x: { code: string }) => x.code).sort()).toEqual(['EXP-A', 'EXP-B']);
    const filtered = await t.as(s.enterprise, 'GET', `/api/matching/experts?q=${encodeURIComponent('主轴热变形')}&orgType=institute`);
    expect(filtered.json().items.map((x: { code: string }) => x.code)).toEqual(['EXP-B']);
    expect((await t.as(s.enterprise, 'GET', '/api/matching/experts?rank=特级')).statusCode).toBe(400);
  });

  it('lets the expert read and edit its own profile (code kept); others may not', async () => {
    const mine = await t.as(s.expert, 'GET', '/api/matching/profile');
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({ id: e1, contact: { phone: '13900001111' } });
    const edited = await t.as(s.expert, 'PUT', '/api/matching/profile', expertBody('IGNORED', { fields: ['数控机床', '热变形补偿', '误差建模'] }));
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ code: 'EXP-A', fields: ['数控机床', '热变形补偿', '误差建模'] });
    expect((await t.as(s.expert, 'PUT', '/api/matching/profile', { ...expertBody('EXP-A'), contactEmail: 'not-an-email' })).statusCode).toBe(400);
    expect((await t.as(s.officer, 'GET', '/api/matching/profile')).statusCode).toBe(403);
    expect((await t.as(s.enterprise, 'PUT', '/api/matching/profile', expertBody('EXP-A'))).statusCode).toBe(403);
    expect((await t.as(s.expert, 'GET', '/api/matching/profile?x=1')).statusCode).toBe(400);
  });
});

describe('supply: teams, talents, research outputs', () => {
  const bodies = {
    teams: { code: 'TEAM-1', name: '精密加工热误差团队', org: '某理工大学', orgType: 'university', region: '浙江省', leaderName: '负责人甲', memberCount: 8, fields: ['热误差补偿', '数控机床'], description: '长期从事机床热误差研究', outputs: [], availability: 'available' },
    talents: { code: 'TAL-1', name: '人才甲', education: '硕士', major: '机械电子工程', skills: ['PLC', '数控编程'], experienceYears: 5, experience: '在轴承企业从事设备维护', desiredRole: '数控工艺工程师', desiredTownId: null, desiredPlace: '', contactPhone: '13700000001' },
    outputs: { code: 'OUT-1', title: '一种主轴热变形在线补偿装置', type: 'patent', year: 2022, ownerOrg: '某理工大学', ownerExpertId: null, fields: ['热变形补偿'], description: '发明专利，可许可使用', transferMode: 'license', askingPriceYuan: 200000 },
  } as const;
  const invalid = { teams: { memberCount: 0 }, talents: { education: '小学' }, outputs: { transferMode: 'gift' } } as const;
  for (const kind of ['teams', 'talents', 'outputs'] as const) {
    it(`${kind}: add, edit and read (broker writes; enterprise reads; desk denied; bad input 400)`, async () => {
      expect((await t.as(s.enterprise, 'POST', `/api/matching/${kind}`, bodies[kind])).statusCode).toBe(403);
      const bad = await t.as(s.officer, 'POST', `/api/matching/${kind}`, { ...bodies[kind], ...invalid[kind] });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors[0].path).toBe(Object.keys(invalid[kind])[0]);
      const created = await t.as(s.officer, 'POST', `/api/matching/${kind}`, bodies[kind]);
      expect(created.statusCode, created.body).toBe(201);
      const id = created.json().id as string;
      const put = await t.as(s.admin, 'PUT', `/api/matching/${kind}/${id}`, { ...bodies[kind], code: `${bodies[kind].code}b` });
      expect(put.statusCode, put.body).toBe(200);
      expect((await t.as(s.enterprise, 'PUT', `/api/matching/${kind}/${id}`, bodies[kind])).statusCode).toBe(403);
      expect((await t.as(s.officer, 'PUT', `/api/matching/${kind}/${MISSING}`, bodies[kind])).statusCode).toBe(404);
      expect((await t.as(s.officer, 'PUT', `/api/matching/${kind}/${id}`, { ...bodies[kind], ...invalid[kind] })).statusCode).toBe(400);
      const got = await t.as(s.enterprise, 'GET', `/api/matching/${kind}/${id}`);
      expect(got.statusCode).toBe(200);
      expect(got.json().code).toBe(`${bodies[kind].code}b`);
      expect((await t.as(s.desk, 'GET', `/api/matching/${kind}/${id}`)).statusCode).toBe(403);
      expect((await t.as(s.enterprise, 'GET', `/api/matching/${kind}/${MISSING}`)).statusCode).toBe(404);
      expect((await t.as(s.enterprise, 'GET', `/api/matching/${kind}/x`)).statusCode).toBe(400);
    });
  }

  it('shows a talent’s phone to brokers only', async () => {
    const list = await t.as(s.enterprise, 'GET', '/api/matching/talents');
    expect(list.json().items[0].contactPhone).toBeNull();
    expect((await t.as(s.officer, 'GET', '/api/matching/talents')).json().items[0].contactPhone).toBe('13700000001');
  });
});

describe('list routes refuse bad queries (their success and forbidden answers are in the access matrix)', () => {
  it('answers 400 naming the parameter', async () => {
    for (const url of ['/api/matching/teams?pageSize=0', '/api/matching/talents?page=0', '/api/matching/outputs?pageSize=500', '/api/matching/demands?kind=wish', '/api/matching/engagements?demandId=x', '/api/matching/imports/robots/template.xlsx']) {
      const res = await t.as(s.officer, 'GET', url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().code, url).toBe('request.invalid');
    }
    const tpl = await t.as(s.officer, 'GET', '/api/matching/imports/talents/template.xlsx');
    expect(tpl.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(tpl.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.getRow(1).getCell(1).text).toBe('编码');
  });
});

describe('bulk import (Excel and JSON Lines, all or nothing)', () => {
  const countExperts = async () => (await t.database.db.select().from(schema.experts)).length;

  it('imports experts from Excel and creates or updates by code', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('专家');
    ws.addRow(['编码', '姓名', '职称', '职称级别', '工作单位', '单位类型', '所在地区', '学科', '研究方向', '成果（年份|类型|标题）', '对接状态', '同意被联系', '联系电话', '电子邮箱']);
    ws.addRow(['IMP-1', '专家甲一', '研究员', '正高级', '某农业科学院', '科研院所', '浙江省', '作物学', '茶树栽培；病虫害绿色防控', '2020|论文|茶园病虫害绿色防控技术集成', '可对接', '是', '13800000001', '']);
    ws.addRow(['EXP-C', '专家EXP-C', '教授', '正高级', '某农业大学', '高校', '浙江省', '作物学', '水稻育种', '', '较忙', '否', '', '']);
    const before = await countExperts();
    const res = await upload(s.officer, '/api/matching/imports/experts', '专家.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ kind: 'experts', format: 'xlsx', committed: true, totalRows: 2, created: 1, updated: 1, rejected: [] });
    expect(await countExperts()).toBe(before + 1);
    const found = await t.as(s.officer, 'GET', `/api/matching/experts?q=${encodeURIComponent('茶园病虫害')}`);
    expect(found.json().items[0].code).toBe('IMP-1');
  });

  it('writes nothing when any row is bad, and reports row, field, value and reason', async () => {
    const lines = [
      JSON.stringify(expertBody('IMP-2')),
      JSON.stringify({ ...expertBody('IMP-3'), rank: '特级' }),
      'not json',
      JSON.stringify(expertBody('IMP-2')),
    ].join('\n');
    const before = await countExperts();
    const res = await upload(s.officer, '/api/matching/imports/experts', 'experts.jsonl', Buffer.from(lines));
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r).toMatchObject({ format: 'jsonl', committed: false, totalRows: 4, created: 0, updated: 0 });
    expect(r.rejected).toEqual([
      expect.objectContaining({ row: 2, field: 'rank', value: '"特级"' }),
      expect.objectContaining({ row: 3, reasonZh: '不是有效的 JSON' }),
      expect.objectContaining({ row: 4, field: 'code', value: 'IMP-2' }),
    ]);
    expect(await countExperts()).toBe(before);
  });

  it('refuses others (403) and files that are neither .xlsx nor .jsonl (400)', async () => {
    expect((await upload(s.enterprise, '/api/matching/imports/experts', 'e.jsonl', Buffer.from('{}'))).statusCode).toBe(403);
    const bad = await upload(s.officer, '/api/matching/imports/experts', 'e.txt', Buffer.from('x'));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('matching.import_file_invalid');
    expect((await upload(s.officer, '/api/matching/imports/robots', 'e.jsonl', Buffer.from('{}'))).statusCode).toBe(400);
  });
});

describe('a confidential technical problem from posting to solved (the full journey through the API)', () => {
  let demandId: string;
  let eng: EngagementDetail;
  let before: OutcomeValues;
  const workbenchStat = async (who: Session, key: string) => ((await t.as(who, 'GET', '/api/workbench')).json().stats as { key: string; value: number; to: string }[]).find((x) => x.key === key)!;
  let wbBefore: { solved: number; iur: number };

  it('is posted by the enterprise and numbered', async () => {
    before = await totals();
    wbBefore = { solved: (await workbenchStat(s.admin, 'matchProblemsSolved')).value, iur: (await workbenchStat(s.leader, 'matchIurProjects')).value };
    const res = await t.as(s.enterprise, 'POST', '/api/matching/demands', {
      kind: 'problem',
      title: '轴承磨床主轴热变形补偿',
      description: '精密轴承磨床主轴连续运行后热变形导致尺寸超差，寻求热误差建模与实时补偿技术。',
      keywords: ['热变形', '误差补偿'],
      budgetBand: '500k_1m',
      deadline: '2026-12-31',
      confidential: true,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'problem', status: 'open', confidential: true, enterpriseId: t.fixture.enterprises.a, industryCode: 'C3451', canManage: true });
    expect(res.json().number).toMatch(/^XQ\d{4}-\d{6}$/);
    demandId = res.json().id;
  });

  it('answers 404 to another enterprise and to the uninvited expert; the broker and the leader see it', async () => {
    expect((await t.as(s.enterprise_b, 'GET', `/api/matching/demands/${demandId}`)).statusCode).toBe(404);
    expect((await t.as(s.expert, 'GET', `/api/matching/demands/${demandId}`)).statusCode).toBe(404);
    expect((await t.as(s.enterprise_b, 'GET', `/api/matching/demands/${demandId}/recommendations`)).statusCode).toBe(404);
    expect((await t.as(s.expert, 'GET', '/api/matching/demands')).json().items.map((d: { id: string }) => d.id)).not.toContain(demandId);
    expect((await t.as(s.officer, 'GET', `/api/matching/demands/${demandId}`)).statusCode).toBe(200);
    expect((await t.as(s.leader, 'GET', `/api/matching/demands/${demandId}`)).statusCode).toBe(200);
    expect((await t.as(s.desk, 'GET', `/api/matching/demands/${demandId}`)).statusCode).toBe(403);
  });

  it('shows the enterprise ranked experts, teams and outputs with readable reasons', async () => {
    const res = await t.as(s.enterprise, 'GET', `/api/matching/demands/${demandId}/recommendations`);
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json() as RecommendationList;
    const experts = list.items.filter((i) => i.candidateKind === 'expert');
    expect(experts.slice(0, 2).map((x) => x.candidateId).sort()).toEqual([e1, e2].sort());
    expect(list.items.some((i) => i.candidateKind === 'team')).toBe(true);
    expect(list.items.some((i) => i.candidateKind === 'output')).toBe(true);
    const top = experts[0]!;
    expect(top.reasons.length).toBeGreaterThan(0);
    expect(top.reasons.some((r) => r.field === 'outputs' && r.outputTitle === '数控机床主轴热变形建模与补偿方法' && r.zh.includes('热变形'))).toBe(true);
    expect(list.items.map((i) => i.rank)).toEqual(list.items.map((_, i) => i + 1));
    expect((await t.as(s.enterprise, 'GET', `/api/matching/demands/${demandId}/recommendations?limit=0`)).statusCode).toBe(400);
  });

  it('is pushed by the broker (one engagement per candidate); the expert is invited and sees the problem', async () => {
    expect((await t.as(s.enterprise, 'POST', `/api/matching/demands/${demandId}/push`, { candidateKind: 'expert', candidateId: e1 })).statusCode).toBe(403);
    expect((await t.as(s.officer, 'POST', `/api/matching/demands/${demandId}/push`, { candidateKind: 'talent', candidateId: e1 })).statusCode).toBe(400);
    expect((await t.as(s.officer, 'POST', `/api/matching/demands/${demandId}/push`, { candidateKind: 'expert', candidateId: MISSING })).statusCode).toBe(400);
    const res = await t.as(s.officer, 'POST', `/api/matching/demands/${demandId}/push`, { candidateKind: 'expert', candidateId: e1, note: '该专家长期研究主轴热误差' });
    expect(res.statusCode, res.body).toBe(201);
    eng = res.json();
    expect(eng).toMatchObject({ status: 'recommended', candidateId: e1, candidateContact: expect.anything() });
    const again = await t.as(s.officer, 'POST', `/api/matching/demands/${demandId}/push`, { candidateKind: 'expert', candidateId: e1 });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('matching.already_pushed');
    expect((await t.as(s.expert, 'GET', `/api/matching/demands/${demandId}`)).statusCode).toBe(200);
    expect((await t.as(s.enterprise_b, 'GET', `/api/matching/demands/${demandId}`)).statusCode).toBe(404);
  });

  it('hides the expert’s contact from the enterprise until the expert consents', async () => {
    const seen = await t.as(s.enterprise, 'GET', `/api/matching/engagements/${eng.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({ status: 'recommended', candidateContact: null, allowedActions: ['request_contact', 'cancel'] });
    eng = await act(s.enterprise, eng.id, 'request_contact', { note: '希望尽快沟通' });
    expect(eng).toMatchObject({ status: 'contact_requested', candidateContact: null });
    const refused = await t.as(s.enterprise, 'POST', `/api/matching/engagements/${eng.id}/actions/consent`, {});
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('matching.not_a_party');
    const asExpert = await t.as(s.expert, 'GET', `/api/matching/engagements/${eng.id}`);
    expect(asExpert.json()).toMatchObject({ allowedActions: ['consent', 'decline'], enterpriseContact: null });
    eng = await act(s.expert, eng.id, 'consent', { note: '同意对接' });
    expect(eng.status).toBe('consented');
    const after = (await t.as(s.enterprise, 'GET', `/api/matching/engagements/${eng.id}`)).json();
    expect(after.candidateContact).toEqual({ phone: '13900001111', email: 'ignored@example.edu.cn' });
    expect((await t.as(s.enterprise, 'GET', `/api/matching/experts/${e1}`)).json().contact).toEqual({ phone: '13900001111', email: 'ignored@example.edu.cn' });
    expect((await t.as(s.enterprise_b, 'GET', `/api/matching/experts/${e1}`)).json().contact).toBeNull();
  });

  it('records the meeting and the IUR agreement with its contract file', async () => {
    eng = await act(s.enterprise, eng.id, 'meet', { on: '2026-03-10', place: '企业会议室', note: '现场查看磨床' });
    expect(eng.meeting).toEqual({ on: '2026-03-10', place: '企业会议室', note: '现场查看磨床' });
    const fileId = await uploadFile(t, s.officer, '技术开发合同.pdf');
    expect((await t.as(s.enterprise, 'GET', `/api/matching/engagements/${eng.id}/contract`)).statusCode).toBe(404); // no agreement yet
    const bad = await t.as(s.officer, 'POST', `/api/matching/engagements/${eng.id}/actions/agree`, { title: '主轴热误差补偿技术开发', parties: ['甲方单位'], amountYuan: 1, signedOn: '2026-03-20', startOn: '2026-04-01', endOn: '2026-03-01' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['endOn', 'parties']);
    eng = await act(s.officer, eng.id, 'agree', {
      title: '主轴热误差补偿技术开发',
      parties: ['测试恒锐轴承有限公司', '某理工大学'],
      amountYuan: 380000,
      signedOn: '2026-03-20',
      startOn: '2026-04-01',
      endOn: '2026-12-31',
      contractAttachmentId: fileId,
    });
    expect(eng.status).toBe('agreement');
    expect(eng.agreement).toMatchObject({ amountYuan: 380000, contractAttachmentId: fileId, contractFileName: '技术开发合同.pdf' });
  });

  it('serves the contract the broker uploaded to the enterprise, the expert and the leader (audited); 404 to another enterprise, 403 to the desk, 400 for a bad id', async () => {
    const url = `/api/matching/engagements/${eng.id}/contract`;
    // The generic attachment route serves the uploader only; this route serves every reader of the engagement.
    expect((await t.as(s.enterprise, 'GET', `/api/attachments/${eng.agreement!.contractAttachmentId}`)).statusCode).toBe(404);
    for (const who of [s.enterprise, s.leader, s.expert, s.officer]) {
      const res = await t.as(who, 'GET', url);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('技术开发合同.pdf')}`);
      expect(res.rawPayload.equals(samples.pdf)).toBe(true);
    }
    expect((await t.as(s.enterprise_b, 'GET', url)).statusCode).toBe(404);
    expect((await t.as(s.desk, 'GET', url)).statusCode).toBe(403);
    expect((await t.as(s.notary, 'GET', url)).statusCode).toBe(403);
    expect((await t.as(s.enterprise, 'GET', `/api/matching/engagements/${MISSING}/contract`)).statusCode).toBe(404);
    const bad = await t.as(s.enterprise, 'GET', '/api/matching/engagements/not-a-uuid/contract');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(['id']);
    const audit = await t.database.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'matching.contract_downloaded'));
    expect(audit.filter((a) => a.targetId === eng.id).length).toBe(4);
  });

  it('is confirmed solved by the enterprise only; the counters rise by one and drill down to this record', async () => {
    const byExpert = await t.as(s.expert, 'POST', `/api/matching/engagements/${eng.id}/actions/solve`, {});
    expect(byExpert.statusCode).toBe(403);
    eng = await act(s.enterprise, eng.id, 'solve', { note: '补偿后精度达标' });
    expect(eng.status).toBe('solved');
    expect(eng.events.map((e) => [e.action, e.actorName, e.toStatus])).toEqual([
      ['push', 'officer', 'recommended'],
      ['request_contact', 'enterprise', 'contact_requested'],
      ['consent', 'expert', 'consented'],
      ['meet', 'enterprise', 'meeting'],
      ['agree', 'officer', 'agreement'],
      ['solve', 'enterprise', 'solved'],
    ]);
    const again = await t.as(s.enterprise, 'POST', `/api/matching/engagements/${eng.id}/actions/solve`, {});
    expect(again.statusCode).toBe(409);
    expect((await t.as(s.enterprise, 'GET', `/api/matching/demands/${demandId}`)).json().status).toBe('solved');

    const now = await totals();
    expect(now.problems_solved).toBe(before.problems_solved + 1);
    expect(now.iur_projects).toBe(before.iur_projects + 1);
    expect(now.contract_value).toBe(before.contract_value + 380000);
    const solved = await t.as(s.leader, 'GET', '/api/matching/outcomes/records?metric=problems_solved');
    expect(solved.statusCode).toBe(200);
    expect(solved.json().items.map((r: { engagementId: string }) => r.engagementId)).toContain(eng.id);
    const iur = await t.as(s.admin, 'GET', '/api/matching/outcomes/records?metric=iur_projects&by=month&key=2026-03');
    expect(iur.json().items).toEqual([expect.objectContaining({ engagementId: eng.id, demandId, amountYuan: 380000, enterpriseName: '测试恒锐轴承有限公司' })]);
    const byTown = (await t.as(s.admin, 'GET', '/api/matching/outcomes?by=town')).json();
    expect(byTown.rows).toEqual([expect.objectContaining({ key: 'T01', label: '城关街道', values: expect.objectContaining({ problems_solved: 1, iur_projects: 1, enterprises_served: 1 }) })]);
    expect(await workbenchStat(s.admin, 'matchProblemsSolved')).toMatchObject({ value: wbBefore.solved + 1, to: '/matching/outcomes?metric=problems_solved' });
    expect((await workbenchStat(s.leader, 'matchIurProjects')).value).toBe(wbBefore.iur + 1);
    expect((await t.as(s.enterprise, 'GET', '/api/matching/outcomes')).statusCode).toBe(403);
    expect((await t.as(s.admin, 'GET', '/api/matching/outcomes?by=planet')).statusCode).toBe(400);
    expect((await t.as(s.admin, 'GET', '/api/matching/outcomes/records')).statusCode).toBe(400);
  });

  it('told each party in the inbox', async () => {
    const kinds = async (who: Session) => ((await t.as(who, 'GET', '/api/inbox?pageSize=50')).json().items as { kind: string }[]).map((n) => n.kind);
    expect(await kinds(s.enterprise)).toEqual(expect.arrayContaining(['matching.pushed', 'matching.consented']));
    expect(await kinds(s.expert)).toEqual(expect.arrayContaining(['matching.pushed_to_expert', 'matching.contact_requested', 'matching.solved']));
  });

  it('lists engagements in each party’s scope', async () => {
    expect((await t.as(s.expert, 'GET', '/api/matching/engagements')).json().items.map((e: { id: string }) => e.id)).toContain(eng.id);
    expect((await t.as(s.enterprise_b, 'GET', '/api/matching/engagements')).json().items).toEqual([]);
    expect((await t.as(s.enterprise_b, 'GET', `/api/matching/engagements/${eng.id}`)).statusCode).toBe(404);
    expect((await t.as(s.desk, 'GET', `/api/matching/engagements/${eng.id}`)).statusCode).toBe(403);
    expect((await t.as(s.officer, 'GET', '/api/matching/engagements?status=nope')).statusCode).toBe(400);
  });
});

describe('feedback changes later rankings', () => {
  it('a decline with a reason moves the declined expert below the other one for this enterprise', async () => {
    const id = await postProblem(s.enterprise);
    const rank = async () => ((await t.as(s.enterprise, 'GET', `/api/matching/demands/${id}/recommendations?candidateKind=expert`)).json() as RecommendationList).items;
    const first = await rank();
    const top = first[0]!;
    const second = first[1]!;
    expect([top.candidateId, second.candidateId].sort()).toEqual([e1, e2].sort());
    const res = await t.as(s.enterprise, 'POST', `/api/matching/demands/${id}/feedback`, { candidateKind: 'expert', candidateId: top.candidateId, verdict: 'decline', reason: '该专家档期已满，无法及时到厂' });
    expect(res.statusCode, res.body).toBe(200);
    const after = await rank();
    expect(after[0]!.candidateId).toBe(second.candidateId);
    const declined = after.find((x) => x.candidateId === top.candidateId)!;
    expect(declined).toMatchObject({ feedback: 'decline', feedbackFactor: 0.4 });
    expect(declined.reasons.some((r) => r.field === 'feedback')).toBe(true);
    // A later problem of the same enterprise inherits the demotion; another enterprise of the same industry less so.
    const later = await postProblem(s.enterprise, { title: '主轴热变形补偿方案征集' });
    const laterList = ((await t.as(s.enterprise, 'GET', `/api/matching/demands/${later}/recommendations?candidateKind=expert`)).json() as RecommendationList).items;
    expect(laterList.find((x) => x.candidateId === top.candidateId)!.feedbackFactor).toBe(0.4);
    const other = await postProblem(s.enterprise_b);
    const otherList = ((await t.as(s.enterprise_b, 'GET', `/api/matching/demands/${other}/recommendations?candidateKind=expert`)).json() as RecommendationList).items;
    expect(otherList.find((x) => x.candidateId === top.candidateId)!.feedbackFactor).toBe(0.8);
  });

  it('refuses feedback from others (403 / 404) and without a reason (400)', async () => {
    const id = await postProblem(s.enterprise);
    expect((await t.as(s.enterprise_b, 'POST', `/api/matching/demands/${id}/feedback`, { candidateKind: 'expert', candidateId: e1, verdict: 'accept', reason: '合适' })).statusCode).toBe(403);
    expect((await t.as(s.expert, 'POST', `/api/matching/demands/${id}/feedback`, { candidateKind: 'expert', candidateId: e1, verdict: 'accept', reason: '合适' })).statusCode).toBe(403);
    expect((await t.as(s.enterprise, 'POST', `/api/matching/demands/${id}/feedback`, { candidateKind: 'expert', candidateId: e1, verdict: 'accept' })).statusCode).toBe(400);
  });
});

describe('broker adjustments, invitations, closing, fitting problems', () => {
  let id: string;
  beforeAll(async () => {
    id = await postProblem(s.enterprise, { title: '磨床主轴热误差', confidential: true });
  });

  it('pins and removes candidates (broker only); a removed one is hidden from the enterprise', async () => {
    const pin = await t.as(s.officer, 'POST', `/api/matching/demands/${id}/adjustments`, { candidateKind: 'expert', candidateId: e2, action: 'pin', note: '重点推荐' });
    expect(pin.statusCode, pin.body).toBe(200);
    expect(pin.json().items[0]).toMatchObject({ candidateId: e2, pinned: true });
    await t.as(s.officer, 'POST', `/api/matching/demands/${id}/adjustments`, { candidateKind: 'expert', candidateId: e1, action: 'remove' });
    const ent = (await t.as(s.enterprise, 'GET', `/api/matching/demands/${id}/recommendations`)).json() as RecommendationList;
    expect(ent.items.map((i) => i.candidateId)).not.toContain(e1);
    const broker = (await t.as(s.officer, 'GET', `/api/matching/demands/${id}/recommendations`)).json() as RecommendationList;
    expect(broker.items.at(-1)).toMatchObject({ candidateId: e1, removed: true });
    await t.as(s.officer, 'POST', `/api/matching/demands/${id}/adjustments`, { candidateKind: 'expert', candidateId: e1, action: 'restore' });
    expect((await t.as(s.enterprise, 'POST', `/api/matching/demands/${id}/adjustments`, { candidateKind: 'expert', candidateId: e2, action: 'pin' })).statusCode).toBe(403);
    expect((await t.as(s.officer, 'POST', `/api/matching/demands/${id}/adjustments`, { candidateKind: 'expert', candidateId: e2, action: 'star' })).statusCode).toBe(400);
  });

  it('lets the enterprise invite an expert to a confidential problem, which then fits the expert', async () => {
    expect((await t.as(s.expert, 'GET', '/api/matching/demands/fitting-me')).json().items.map((x: { demand: { id: string } }) => x.demand.id)).not.toContain(id);
    expect((await t.as(s.enterprise_b, 'POST', `/api/matching/demands/${id}/invitations`, { expertId: e1 })).statusCode).toBe(404);
    expect((await t.as(s.enterprise, 'POST', `/api/matching/demands/${id}/invitations`, { expertId: 'x' })).statusCode).toBe(400);
    const res = await t.as(s.enterprise, 'POST', `/api/matching/demands/${id}/invitations`, { expertId: e1 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().invitations).toEqual([expect.objectContaining({ expertId: e1, invitedByName: 'enterprise' })]);
    const fitting = await t.as(s.expert, 'GET', '/api/matching/demands/fitting-me');
    expect(fitting.statusCode).toBe(200);
    const mine = fitting.json().items.find((x: { demand: { id: string } }) => x.demand.id === id);
    expect(mine).toMatchObject({ invited: true });
    expect(mine.reasons.length).toBeGreaterThan(0);
    expect((await t.as(s.officer, 'GET', '/api/matching/demands/fitting-me')).statusCode).toBe(403);
    expect((await t.as(s.expert, 'GET', '/api/matching/demands/fitting-me?all=1')).statusCode).toBe(400);
  });

  it('closes a demand with a reason (owner or broker), once', async () => {
    expect((await t.as(s.expert, 'POST', `/api/matching/demands/${id}/close`, { reason: '不再需要' })).statusCode).toBe(403);
    expect((await t.as(s.enterprise, 'POST', `/api/matching/demands/${id}/close`, {})).statusCode).toBe(400);
    const res = await t.as(s.enterprise, 'POST', `/api/matching/demands/${id}/close`, { reason: '已自行解决' });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('closed');
    expect((await t.as(s.enterprise, 'POST', `/api/matching/demands/${id}/close`, { reason: '再次关闭' })).statusCode).toBe(409);
  });

  it('validates posting: the broker must name the enterprise; others may not post', async () => {
    const noEnt = await t.as(s.officer, 'POST', '/api/matching/demands', { kind: 'problem', title: '代企业发布的难题', description: '代企业发布的技术难题描述内容', budgetBand: 'negotiable' });
    expect(noEnt.statusCode).toBe(400);
    expect(noEnt.json().errors[0].path).toBe('enterpriseId');
    const ok = await t.as(s.officer, 'POST', '/api/matching/demands', { kind: 'problem', title: '代企业发布的难题', description: '代企业发布的技术难题描述内容', budgetBand: 'negotiable', enterpriseId: t.fixture.enterprises.b });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().enterpriseName).toBe('测试东溪机械有限公司');
    expect((await t.as(s.expert, 'POST', '/api/matching/demands', { kind: 'problem', title: '专家不能发布', description: '专家不能发布需求的描述', budgetBand: 'negotiable' })).statusCode).toBe(403);
    expect((await t.as(s.enterprise, 'POST', '/api/matching/demands', { kind: 'wish', title: '未知类型' })).statusCode).toBe(400);
  });
});

describe('a talent need: recommended → interview → hired', () => {
  it('counts the hire as a talent matched', async () => {
    const tal = await t.as(s.officer, 'POST', '/api/matching/talents', {
      code: 'TAL-9',
      name: '人才乙',
      education: '本科',
      major: '机械设计制造及其自动化',
      skills: ['磨床调试', '数控编程'],
      experienceYears: 6,
      experience: '轴承磨床调试六年',
      desiredRole: '磨床调试工程师',
      desiredTownId: t.fixture.towns.a,
    });
    expect(tal.statusCode, tal.body).toBe(201);
    expect(tal.json().desiredTownName).toBe('城关街道');
    const before = await totals();
    const need = await t.as(s.enterprise, 'POST', '/api/matching/demands', grinderTalentNeed());
    expect(need.statusCode, need.body).toBe(201);
    const rec = (await t.as(s.officer, 'GET', `/api/matching/demands/${need.json().id}/recommendations`)).json() as RecommendationList;
    expect(rec.items[0]).toMatchObject({ candidateKind: 'talent', candidateId: tal.json().id });
    const pushed = await t.as(s.officer, 'POST', `/api/matching/demands/${need.json().id}/push`, { candidateKind: 'talent', candidateId: tal.json().id });
    expect(pushed.statusCode, pushed.body).toBe(201);
    const eid = pushed.json().id as string;
    expect((await t.as(s.enterprise, 'POST', `/api/matching/engagements/${eid}/actions/request_contact`, {})).statusCode).toBe(409);
    await act(s.enterprise, eid, 'interview', { on: '2026-04-02', place: '人事部' });
    const hired = await act(s.enterprise, eid, 'hire', { startOn: '2026-05-01' });
    expect(hired.status).toBe('hired');
    expect((await totals()).talents_matched).toBe(before.talents_matched + 1);
    expect((await t.as(s.enterprise, 'GET', `/api/matching/demands/${need.json().id}`)).json().status).toBe('solved');
  });
});

describe('engagement actions: decline and cancel, and every action’s forbidden and invalid answers', () => {
  let eid: string;
  beforeAll(async () => {
    const id = await postProblem(s.enterprise, { title: '主轴热变形再咨询' });
    eid = (await t.as(s.officer, 'POST', `/api/matching/demands/${id}/push`, { candidateKind: 'expert', candidateId: e1 })).json().id;
  });

  it('lets the expert decline with a reason, and the broker cancel another', async () => {
    await act(s.officer, eid, 'request_contact');
    const d = await act(s.expert, eid, 'decline', { reason: '近期出国访学' });
    expect(d).toMatchObject({ status: 'declined', candidateContact: null });
    const id2 = await postProblem(s.enterprise, { title: '主轴热变形三次咨询' });
    const e2id = (await t.as(s.officer, 'POST', `/api/matching/demands/${id2}/push`, { candidateKind: 'expert', candidateId: e2 })).json().id;
    expect((await act(s.officer, e2id, 'cancel', { reason: '企业已另行解决' })).status).toBe('cancelled');
  });

  const validBodies: Record<EngagementAction, Record<string, unknown>> = {
    request_contact: {},
    consent: {},
    decline: { reason: '近期没有时间' },
    meet: { on: '2026-05-01', place: '会议室' },
    agree: { title: '技术开发合同', parties: ['甲方单位', '乙方单位'], amountYuan: 100000, signedOn: '2026-05-02', startOn: '2026-05-03', endOn: '2026-12-31' },
    solve: {},
    interview: { on: '2026-05-01', place: '人事部' },
    hire: { startOn: '2026-06-01' },
    cancel: { reason: '不再需要' },
  };
  const invalidBodies: Record<EngagementAction, Record<string, unknown>> = {
    request_contact: { note: 'x'.repeat(1001) },
    consent: { note: 'x'.repeat(1001) },
    decline: {},
    meet: { on: '2026-02-30', place: '会议室' },
    agree: { title: '协议' },
    solve: { note: 'x'.repeat(1001) },
    interview: { place: '人事部' },
    hire: {},
    cancel: { reason: '' },
  };
  for (const action of engagementActions) {
    it(`${action}: 403 for roles without matching, 400 for a bad body, 404 for a missing engagement`, async () => {
      expect((await t.as(s.desk, 'POST', `/api/matching/engagements/${eid}/actions/${action}`, validBodies[action])).statusCode).toBe(403);
      expect((await t.as(s.leader, 'POST', `/api/matching/engagements/${eid}/actions/${action}`, validBodies[action])).statusCode).toBe(403);
      const bad = await t.as(s.officer, 'POST', `/api/matching/engagements/${eid}/actions/${action}`, invalidBodies[action]);
      expect(bad.statusCode, bad.body).toBe(400);
      expect((await t.as(s.officer, 'POST', `/api/matching/engagements/${MISSING}/actions/${action}`, validBodies[action])).statusCode).toBe(404);
    });
  }
});
