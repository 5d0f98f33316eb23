import { randomBytes } from 'node:crypto';
import { computeUsccCheckChar, validateUscc } from '@yunju/contracts';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness.ts';
import * as schema from '../../platform/schema.ts';

const t = useTestApp();

/**
 * Published unified social credit codes of well-known companies (national enterprise credit
 * information publicity system, company disclosures). Each passes the GB 32100-2015 check.
 */
const REAL_CODES = [
  ['914403001922038216', '华为技术有限公司'],
  ['9144030071526726XG', '腾讯科技（深圳）有限公司'],
  ['91330100799655058B', '阿里巴巴（中国）有限公司'],
  ['91110108551385082Q', '小米科技有限责任公司'],
  ['91440300192317458F', '比亚迪股份有限公司'],
  ['91110000802100433B', '北京百度网讯科技有限公司'],
] as const;

function wrongCheck(code: string): { code: string; expected: string } {
  const expected = code.charAt(17);
  const wrong = expected === '0' ? '1' : '0';
  return { code: code.slice(0, 17) + wrong, expected };
}

const body = (o: Record<string, unknown> = {}) => ({
  creditCode: '914403001922038216',
  name: '测试新建科技有限公司',
  townId: t.fixture.towns.a,
  address: '城关街道8号',
  industryCode: 'C3451',
  size: 'small',
  isAboveScale: false,
  ...o,
});

describe('credit codes', () => {
  it('the real published codes pass the validator', () => {
    for (const [code] of REAL_CODES) expect(validateUscc(code), code).toEqual({ ok: true });
  });
});

describe('POST /api/enterprises', () => {
  it('creates a file for an officer, normalising the credit code, with an audit row', async () => {
    const s = await t.login('officer');
    const res = await t.as(s, 'POST', '/api/enterprises', body({ creditCode: ' 9144030071526726xg ', name: '测试腾云科技有限公司', rdInstitutionLevel: 'county', rdInstitutionName: '县级企业研发中心', rdInstitutionSince: 2022 }));
    expect(res.statusCode, res.body).toBe(201);
    const e = res.json();
    expect(e).toMatchObject({ creditCode: '9144030071526726XG', townName: '城关街道', industryName: '滚动轴承制造', rdInstitutionLevel: 'county', stats: [], linked: [] });
    const audit = (await t.as(await t.login('admin'), 'GET', '/api/audit?action=enterprise.created')).json();
    expect(JSON.stringify(audit)).toContain(e.id);
  });

  it('accepts a GB/T 4754 group code not yet in the table and names it from the standard', async () => {
    const res = await t.as(await t.login('admin'), 'POST', '/api/enterprises', body({ creditCode: '91110108551385082Q', name: '测试小米科技有限公司', industryCode: 'C392' }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ industryCode: 'C392', industryName: '通信设备制造' });
  });

  it('rejects a wrong check character: 400 naming creditCode, the position and the expected character', async () => {
    const s = await t.login('officer');
    for (const [real] of REAL_CODES) {
      const { code, expected } = wrongCheck(real);
      const res = await t.as(s, 'POST', '/api/enterprises', body({ creditCode: code }));
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      const p = res.json();
      expect(p.code).toBe('request.invalid');
      expect(p.errors).toHaveLength(1);
      expect(p.errors[0]).toMatchObject({ path: 'creditCode', code: 'uscc.check_character' });
      expect(p.errors[0].message).toBe(`第 18 位校验码应为 ${expected}，实际为 ${code.charAt(17)}`);
      expect(p.errors[0].messageEn).toContain(`should be ${expected}`);
    }
    // an independent recomputation agrees with the expected character named
    expect(computeUsccCheckChar('91440300192317458')).toBe('F');
  });

  it('rejects other malformed codes by position', async () => {
    const s = await t.login('officer');
    const res = await t.as(s, 'POST', '/api/enterprises', body({ creditCode: '9144030019220382I6' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ path: 'creditCode', code: 'uscc.charset' });
    expect(res.json().errors[0].message).toContain('第 17 位');
  });

  it('rejects a duplicate credit code with 409', async () => {
    const s = await t.login('officer');
    const first = await t.as(s, 'POST', '/api/enterprises', body({ creditCode: '91330100799655058B', name: '测试阿里科技有限公司' }));
    expect(first.statusCode).toBe(201);
    const again = await t.as(s, 'POST', '/api/enterprises', body({ creditCode: '91330100799655058B', name: '测试重复有限公司' }));
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('enterprise.duplicate_credit_code');
  });

  it('rejects an unknown town or industry, naming the field', async () => {
    const s = await t.login('officer');
    const town = await t.as(s, 'POST', '/api/enterprises', body({ creditCode: '91440300192317458F', townId: '7d0e7a4e-2f59-4b55-9d8c-3f1f0a3a1111' }));
    expect(town.statusCode).toBe(400);
    expect(town.json().errors[0].path).toBe('townId');
    const ind = await t.as(s, 'POST', '/api/enterprises', body({ creditCode: '91440300192317458F', industryCode: 'C9999' }));
    expect(ind.statusCode).toBe(400);
    expect(ind.json().errors[0].path).toBe('industryCode');
  });

  it('is forbidden to the enterprise, the leader and the desk', async () => {
    for (const u of ['enterprise', 'leader', 'desk', 'expert']) {
      const res = await t.as(await t.login(u), 'POST', '/api/enterprises', body({ creditCode: '91110000802100433B' }));
      expect(res.statusCode, u).toBe(403);
    }
  });
});

describe('the file: GET /api/enterprises/:id/file and edits', () => {
  it('shows the whole file; an enterprise sees only its own', async () => {
    const own = await t.as(await t.login('enterprise'), 'GET', `/api/enterprises/${t.fixture.enterprises.a}/file`);
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ id: t.fixture.enterprises.a, qualificationDetails: [{ kind: 'high_tech', certificateNo: 'GR202433000001' }] });
    expect((await t.as(await t.login('enterprise'), 'GET', `/api/enterprises/${t.fixture.enterprises.b}/file`)).statusCode).toBe(404);
    expect((await t.as(await t.login('expert'), 'GET', `/api/enterprises/${t.fixture.enterprises.a}/file`)).statusCode).toBe(403);
    expect((await t.as(await t.login('officer'), 'GET', '/api/enterprises/nope/file')).statusCode).toBe(400);
  });

  it('PUT /api/enterprises/:id edits with audit of the changed fields; leader forbidden; bad input 400', async () => {
    const s = await t.login('officer');
    const res = await t.as(s, 'PUT', `/api/enterprises/${t.fixture.enterprises.b}`, { address: '东溪镇工业园 9 号', changeNote: '企业搬迁' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().address).toBe('东溪镇工业园 9 号');
    const audit = (await t.as(await t.login('admin'), 'GET', '/api/audit?action=enterprise.updated')).json();
    expect(JSON.stringify(audit)).toContain('东溪镇工业园 9 号');
    expect((await t.as(await t.login('leader'), 'PUT', `/api/enterprises/${t.fixture.enterprises.b}`, { address: 'x' })).statusCode).toBe(403);
    const bad = await t.as(s, 'PUT', `/api/enterprises/${t.fixture.enterprises.b}`, { size: 'huge' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('size');
    const inst = await t.as(s, 'PUT', `/api/enterprises/${t.fixture.enterprises.b}`, { rdInstitutionLevel: 'city' });
    expect(inst.statusCode).toBe(400);
    expect(inst.json().errors[0].path).toBe('rdInstitutionName');
  });

  it('PUT stats/:year writes statistics; enterprise forbidden; inconsistent figures 400', async () => {
    const stats = { revenueFen: 5_000_000_000, rdSpendingFen: 150_000_000, highTechRevenueFen: 3_000_000_000, exportFen: 0, employees: 200, rdStaff: 30, techStaff: 25, inventionApplied: 2, inventionGranted: 1, utilityApplied: 3, utilityGranted: 2, validInventionPatents: 4 };
    const s = await t.login('officer');
    const res = await t.as(s, 'PUT', `/api/enterprises/${t.fixture.enterprises.a}/stats/2025`, stats);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().stats[0]).toMatchObject({ year: 2025, ...stats });
    expect((await t.as(await t.login('enterprise'), 'PUT', `/api/enterprises/${t.fixture.enterprises.a}/stats/2025`, stats)).statusCode).toBe(403);
    const bad = await t.as(s, 'PUT', `/api/enterprises/${t.fixture.enterprises.a}/stats/2025`, { ...stats, rdStaff: 500 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('rdStaff');
  });

  it('qualifications: add, edit, remove; forbidden to the leader; expiry before issue is 400', async () => {
    const s = await t.login('officer');
    const q = { kind: 'tech_sme', level: 'national', certificateNo: '2025330699A0001', issuedOn: '2025-05-01', expiresOn: '2025-12-31' };
    const added = await t.as(s, 'POST', `/api/enterprises/${t.fixture.enterprises.b}/qualifications`, q);
    expect(added.statusCode, added.body).toBe(201);
    const qid = added.json().qualificationDetails.find((x: { kind: string }) => x.kind === 'tech_sme').id;
    const edited = await t.as(s, 'PUT', `/api/enterprises/${t.fixture.enterprises.b}/qualifications/${qid}`, { ...q, certificateNo: '2025330699A0002' });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().qualificationDetails[0].certificateNo).toBe('2025330699A0002');
    expect((await t.as(await t.login('leader'), 'POST', `/api/enterprises/${t.fixture.enterprises.b}/qualifications`, q)).statusCode).toBe(403);
    expect((await t.as(await t.login('leader'), 'PUT', `/api/enterprises/${t.fixture.enterprises.b}/qualifications/${qid}`, q)).statusCode).toBe(403);
    expect((await t.as(await t.login('leader'), 'DELETE', `/api/enterprises/${t.fixture.enterprises.b}/qualifications/${qid}`)).statusCode).toBe(403);
    const bad = await t.as(s, 'POST', `/api/enterprises/${t.fixture.enterprises.b}/qualifications`, { ...q, expiresOn: '2024-01-01' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('expiresOn');
    expect((await t.as(s, 'PUT', `/api/enterprises/${t.fixture.enterprises.b}/qualifications/${qid}`, { ...q, kind: 'gold' })).statusCode).toBe(400);
    expect((await t.as(s, 'DELETE', `/api/enterprises/${t.fixture.enterprises.b}/qualifications/not-a-uuid`)).statusCode).toBe(400);
    const removed = await t.as(s, 'DELETE', `/api/enterprises/${t.fixture.enterprises.b}/qualifications/${qid}`);
    expect(removed.statusCode).toBe(200);
    expect(removed.json().qualificationDetails).toEqual([]);
  });

  it('cooperations: add and remove; forbidden to the enterprise; end before start is 400', async () => {
    const s = await t.login('officer');
    const c = { partner: '浙江大学', partnerKind: 'university', project: '高速轴承寿命预测', startYear: 2024, endYear: 2026 };
    const added = await t.as(s, 'POST', `/api/enterprises/${t.fixture.enterprises.a}/cooperations`, c);
    expect(added.statusCode, added.body).toBe(201);
    const cid = added.json().cooperations[0].id;
    expect((await t.as(await t.login('enterprise'), 'POST', `/api/enterprises/${t.fixture.enterprises.a}/cooperations`, c)).statusCode).toBe(403);
    expect((await t.as(await t.login('enterprise'), 'DELETE', `/api/enterprises/${t.fixture.enterprises.a}/cooperations/${cid}`)).statusCode).toBe(403);
    const bad = await t.as(s, 'POST', `/api/enterprises/${t.fixture.enterprises.a}/cooperations`, { ...c, endYear: 2020 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('endYear');
    expect((await t.as(s, 'DELETE', `/api/enterprises/${t.fixture.enterprises.a}/cooperations/x`)).statusCode).toBe(400);
    expect((await t.as(s, 'DELETE', `/api/enterprises/${t.fixture.enterprises.a}/cooperations/${cid}`)).json().cooperations).toEqual([]);
  });

  it('PUT contacts replaces them; forbidden to the desk; a bad phone is 400', async () => {
    const s = await t.login('officer');
    const res = await t.as(s, 'PUT', `/api/enterprises/${t.fixture.enterprises.a}/contacts`, { contacts: [{ name: '科技联络员甲', role: '科技联络员', phone: '0570-1234567' }] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().contacts).toEqual([{ name: '科技联络员甲', role: '科技联络员', phone: '0570-1234567', email: null }]);
    expect((await t.as(await t.login('desk'), 'PUT', `/api/enterprises/${t.fixture.enterprises.a}/contacts`, { contacts: [] })).statusCode).toBe(403);
    const bad = await t.as(s, 'PUT', `/api/enterprises/${t.fixture.enterprises.a}/contacts`, { contacts: [{ name: '甲', role: '', phone: 'call me' }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('contacts.0.phone');
  });
});

describe('corrections by the enterprise', () => {
  const stats = { revenueFen: 3_000_000_000, rdSpendingFen: 90_000_000, highTechRevenueFen: 0, exportFen: 0, employees: 120, rdStaff: 12, techStaff: 15, inventionApplied: 0, inventionGranted: 0, utilityApplied: 1, utilityGranted: 1, validInventionPatents: 0 };

  it('statistics wait for an officer; contact data applies at once', async () => {
    const ent = await t.login('enterprise');
    const sub = await t.as(ent, 'POST', `/api/enterprises/${t.fixture.enterprises.a}/corrections`, { kind: 'stats', year: 2024, stats, note: '更正研发费用' });
    expect(sub.statusCode, sub.body).toBe(201);
    expect(sub.json()).toMatchObject({ status: 'pending', year: 2024 });
    // not yet in the file
    const before = (await t.as(ent, 'GET', `/api/enterprises/${t.fixture.enterprises.a}/file`)).json();
    expect(before.stats.find((x: { year: number }) => x.year === 2024)).toBeUndefined();
    expect(before.pendingCorrections).toBe(1);

    const officer = await t.login('officer');
    const list = (await t.as(officer, 'GET', '/api/enterprises/corrections?status=pending')).json();
    expect(list.items.map((c: { id: string }) => c.id)).toContain(sub.json().id);
    const decided = await t.as(officer, 'POST', `/api/enterprises/corrections/${sub.json().id}/decide`, { approve: true, note: '已核对' });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json().status).toBe('approved');
    const after = (await t.as(ent, 'GET', `/api/enterprises/${t.fixture.enterprises.a}/file`)).json();
    expect(after.stats.find((x: { year: number }) => x.year === 2024)).toMatchObject(stats);
    const again = await t.as(officer, 'POST', `/api/enterprises/corrections/${sub.json().id}/decide`, { approve: false });
    expect(again.statusCode).toBe(409);

    const profile = await t.as(ent, 'POST', `/api/enterprises/${t.fixture.enterprises.a}/corrections`, { kind: 'profile', address: '城关街道新地址 1 号' });
    expect(profile.json().status).toBe('applied');
    expect((await t.as(ent, 'GET', `/api/enterprises/${t.fixture.enterprises.a}/file`)).json().address).toBe('城关街道新地址 1 号');
    // the enterprise lists only its own corrections
    expect((await t.as(ent, 'GET', '/api/enterprises/corrections')).json().total).toBe(2);
  });

  it('is forbidden for another enterprise’s file (404), officers (403 for submit), the enterprise deciding (403)', async () => {
    expect((await t.as(await t.login('enterprise'), 'POST', `/api/enterprises/${t.fixture.enterprises.b}/corrections`, { kind: 'stats', year: 2024, stats })).statusCode).toBe(404);
    expect((await t.as(await t.login('officer'), 'POST', `/api/enterprises/${t.fixture.enterprises.a}/corrections`, { kind: 'stats', year: 2024, stats })).statusCode).toBe(403);
    expect((await t.as(await t.login('enterprise'), 'POST', '/api/enterprises/corrections/7d0e7a4e-2f59-4b55-9d8c-3f1f0a3a1111/decide', { approve: true })).statusCode).toBe(403);
    expect((await t.as(await t.login('expert'), 'GET', '/api/enterprises/corrections')).statusCode).toBe(403);
  });

  it('rejects bad input naming the field', async () => {
    const ent = await t.login('enterprise');
    const bad = await t.as(ent, 'POST', `/api/enterprises/${t.fixture.enterprises.a}/corrections`, { kind: 'stats', year: 2024, stats: { ...stats, employees: -1 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('stats.employees');
    expect((await t.as(await t.login('officer'), 'POST', '/api/enterprises/corrections/x/decide', { approve: true })).statusCode).toBe(400);
    expect((await t.as(await t.login('officer'), 'GET', '/api/enterprises/corrections?status=maybe')).statusCode).toBe(400);
  });
});

describe('GET /api/industries', () => {
  it('lists sections, divisions and manufacturing groups with the source', async () => {
    const s = await t.login('officer');
    const sections = (await t.as(s, 'GET', '/api/industries')).json();
    expect(sections.items).toHaveLength(20);
    expect(sections.source).toContain('GB/T 4754-2017');
    const divisions = (await t.as(s, 'GET', '/api/industries?level=division')).json();
    expect(divisions.items).toHaveLength(97);
    const c34 = (await t.as(s, 'GET', '/api/industries?parent=C34')).json();
    expect(c34.items.map((i: { code: string }) => i.code)).toContain('C345');
    const c345 = (await t.as(s, 'GET', '/api/industries?parent=C345')).json();
    expect(c345.items).toEqual([{ code: 'C3451', name: '滚动轴承制造', level: 'class', parent: 'C345' }]);
  });
  it('is forbidden to the expert; a bad level is 400', async () => {
    expect((await t.as(await t.login('expert'), 'GET', '/api/industries')).statusCode).toBe(403);
    expect((await t.as(await t.login('officer'), 'GET', '/api/industries?level=family')).statusCode).toBe(400);
  });
});

describe('GET /api/enterprises/export.xlsx', () => {
  it('exports the list view; forbidden to the expert; bad filter 400', async () => {
    const res = await t.as(await t.login('officer'), 'GET', '/api/enterprises/export.xlsx?town=T01');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect((await t.as(await t.login('expert'), 'GET', '/api/enterprises/export.xlsx')).statusCode).toBe(403);
    expect((await t.as(await t.login('officer'), 'GET', '/api/enterprises/export.xlsx?industry=Z9')).statusCode).toBe(400);
  });
});

describe('the file links the enterprise’s demands, engagements, IUR projects and deposits', () => {
  const secretTitle = '第三代密封圈配方工艺说明';
  let demandId: string;
  let engagementId: string;

  it('collects them from the matching and safe-box modules, each scoped to the caller', async () => {
    const [ent, officer, leader, desk, entB] = await Promise.all(['enterprise', 'officer', 'leader', 'desk', 'enterprise_b'].map((n) => t.login(n)));
    const posted = await t.as(ent!, 'POST', '/api/matching/demands', {
      kind: 'problem',
      title: '轴承套圈磨削烧伤检测',
      description: '轴承套圈磨削后偶发烧伤，目前依靠人工酸洗抽检，需要在线无损检测方案。',
      keywords: ['磨削烧伤', '无损检测'],
      budgetBand: '100k_500k',
      confidential: true,
    });
    expect(posted.statusCode, posted.body).toBe(201);
    demandId = posted.json().id;
    const expert = await t.as(officer!, 'POST', '/api/matching/experts', {
      code: 'EXP-FILE',
      name: '专家甲',
      title: '教授',
      rank: '正高级',
      org: '某理工大学机械工程学院',
      orgType: 'university',
      region: '浙江省',
      disciplines: ['机械工程'],
      fields: ['无损检测'],
      outputs: [],
      availability: 'available',
      consentToContact: true,
      contactPhone: '13900003333',
      contactEmail: 'exp-file@example.edu.cn',
    });
    expect(expert.statusCode, expert.body).toBe(201);
    const pushed = await t.as(officer!, 'POST', `/api/matching/demands/${demandId}/push`, { candidateKind: 'expert', candidateId: expert.json().id });
    expect(pushed.statusCode, pushed.body).toBe(201);
    engagementId = pushed.json().id;
    const step = async (who: typeof ent, action: string, body: Record<string, unknown> = {}) => {
      const res = await t.as(who!, 'POST', `/api/matching/engagements/${engagementId}/actions/${action}`, body);
      expect(res.statusCode, res.body).toBe(200);
    };
    await step(ent, 'request_contact');
    await step(officer, 'consent'); // the expert has no sign-in: the broker answers for it
    await step(ent, 'meet', { on: '2026-04-02', place: '企业会议室' });
    await step(officer, 'agree', { title: '磨削烧伤在线检测技术开发', parties: ['测试恒锐轴承有限公司', '某理工大学'], amountYuan: 250000, signedOn: '2026-04-20', startOn: '2026-05-01', endOn: '2026-12-31' });

    const deposited: string[] = [];
    for (const title of ['轴承保持架模具图纸', secretTitle]) {
      const res = await t.as(ent!, 'POST', '/api/safebox/deposits', { sha256: randomBytes(32).toString('hex'), salt: randomBytes(32).toString('hex'), title, category: 'formula' });
      expect(res.statusCode, res.body).toBe(201);
      deposited.push(res.json().id);
    }
    // One of them countersigned by a notary (the notary flow itself is tested in the safe-box module).
    const [user] = await t.database.db.select().from(schema.users).where(eq(schema.users.username, 'enterprise'));
    await t.database.db.insert(schema.safeboxNotarisations).values({ tenantId: user!.tenantId, depositId: deposited[0]!, enterpriseId: t.fixture.enterprises.a, status: 'countersigned', requestedBy: user!.id, requestedAt: new Date() });

    const file = async (who: typeof ent, id = t.fixture.enterprises.a) => {
      const res = await t.as(who!, 'GET', `/api/enterprises/${id}/file`);
      expect(res.statusCode, res.body).toBe(200);
      return res;
    };
    const expected = {
      matching: {
        demands: expect.arrayContaining([expect.objectContaining({ id: demandId, kind: 'problem', title: '轴承套圈磨削烧伤检测', status: 'brokering', confidential: true })]),
        engagements: expect.arrayContaining([
          expect.objectContaining({ id: engagementId, demandId, status: 'agreement', candidateName: '专家甲', project: { title: '磨削烧伤在线检测技术开发', amountYuan: 250000, signedOn: '2026-04-20' } }),
        ]),
      },
    };

    // The enterprise itself: its demands, engagements and its newest deposits with titles.
    const own = (await file(ent)).json();
    expect(own).toMatchObject(expected);
    expect(own.deposits).toMatchObject({ total: 2, notarised: 1 });
    expect(own.deposits.latest.map((d: { title: string }) => d.title)).toEqual([secretTitle, '轴承保持架模具图纸']);
    expect(own.deposits.latest[1]).toMatchObject({ id: deposited[0], notarisation: 'countersigned', index: expect.any(Number), depositedAt: expect.any(String) });

    // Officer and leader: matching records, but deposits as counts only — never a title.
    for (const who of [officer, leader]) {
      const res = await file(who);
      expect(res.json()).toMatchObject({ ...expected, deposits: { total: 2, notarised: 1, latest: null } });
      expect(res.body).not.toContain(secretTitle);
    }
    // The desk may read files but not matching: counts of deposits, no matching section.
    const atDesk = (await file(desk)).json();
    expect(atDesk.matching).toBeUndefined();
    expect(atDesk.deposits).toEqual({ total: 2, notarised: 1, latest: null });

    // Another enterprise: 404 for this file; its own file shows none of this.
    expect((await t.as(entB!, 'GET', `/api/enterprises/${t.fixture.enterprises.a}/file`)).statusCode).toBe(404);
    const other = (await file(entB, t.fixture.enterprises.b)).json();
    expect(other.matching.engagements.map((e: { id: string }) => e.id)).not.toContain(engagementId);
    expect(other.matching.demands.map((d: { id: string }) => d.id)).not.toContain(demandId);
    expect(other.deposits).toMatchObject({ total: 0, latest: [] });
    expect((await t.as(officer!, 'GET', '/api/enterprises/not-a-uuid/file')).statusCode).toBe(400);
  });
});
