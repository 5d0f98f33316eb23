import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp, type Session } from '../../../test/harness.ts';

const t = useTestApp();
const MISSING = '7d0e7a4e-2f59-4b55-9d8c-3f1f0a3a1111';

let admin: Session;
let officer: Session; // bureau (科技局)
let officer2: Session; // economy (经信局)
let leader: Session;
let enterprise: Session;
let desk: Session;

beforeAll(async () => {
  const [a, o, o2, l, e, d] = await Promise.all(['admin', 'officer', 'officer2', 'leader', 'enterprise', 'desk'].map((u) => t.login(u)));
  [admin, officer, officer2, leader, enterprise, desk] = [a!, o!, o2!, l!, e!, d!];
});

let codeCounter = 0;
const nextCode = (prefix = 'T') => `${prefix}-${String(++codeCounter).padStart(3, '0')}`;

function itemBody(o: Record<string, unknown> = {}) {
  return {
    code: nextCode('KJ'),
    name: '科技计划项目验收',
    category: 'project',
    leadDepartmentId: t.fixture.departments.bureau,
    coDepartmentIds: [t.fixture.departments.economy],
    conditions: ['项目已到合同约定的结题时间', '完成合同约定的全部任务'],
    materials: [
      { name: '项目验收申请表', required: true, fileTypes: ['pdf', 'docx'] },
      { name: '财务决算报告', required: false, fileTypes: ['pdf'] },
    ],
    promisedDays: 20,
    channels: ['online', 'desk'],
    legalBasis: '《中华人民共和国科学技术进步法》',
    description: '对县级科技计划项目组织结题验收。',
    relatedResourceIds: [],
    ...o,
  };
}

function resourceBody(o: Record<string, unknown> = {}) {
  return {
    code: nextCode('ZY'),
    name: '测试县轴承振动检测实验室',
    kind: 'lab',
    ownerOrg: '测试县轴承研究院',
    departmentId: t.fixture.departments.economy,
    townId: t.fixture.towns.a,
    address: '城关街道科创路8号',
    contactName: '王老师',
    contactPhone: '13912341234',
    description: '提供轴承振动、噪声检测服务。',
    tags: ['轴承', '振动噪声'],
    availability: 'by_appointment',
    ...o,
  };
}

async function createItem(session: Session, o: Record<string, unknown> = {}) {
  const res = await t.as(session, 'POST', '/api/catalogue/items', itemBody(o));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; code: string; version: number; status: string };
}

async function createResource(session: Session, o: Record<string, unknown> = {}) {
  const res = await t.as(session, 'POST', '/api/catalogue/resources', resourceBody(o));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; code: string };
}

const fieldOf = (res: LightMyRequestResponse) => (res.json().errors ?? []).map((e: { path: string }) => e.path);

async function auditCount(action: string): Promise<number> {
  return (await t.as(admin, 'GET', `/api/audit?action=${action}&pageSize=1`)).json().total;
}

// ───────────── multipart and workbooks ─────────────

function multipart(parts: { name: string; value: string | Buffer; fileName?: string }[]) {
  const boundary = `----yunju${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disposition = `form-data; name="${p.name}"${p.fileName ? `; filename="${p.fileName}"` : ''}`;
    const type = p.fileName ? 'Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n' : '';
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${type}\r\n`), Buffer.isBuffer(p.value) ? p.value : Buffer.from(p.value), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

async function upload(session: Session, url: string, file: Buffer, mode?: string, fileName = 'catalogue.xlsx') {
  const { payload, contentType } = multipart([...(mode ? [{ name: 'mode', value: mode }] : []), { name: 'file', value: file, fileName }]);
  return t.app.inject({ method: 'POST', url, payload, headers: { 'content-type': contentType, cookie: session.cookie, 'x-csrf-token': session.csrfToken } });
}

async function workbook(headers: string[], rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function readWorkbook(buf: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const out: string[][] = [];
  wb.worksheets[0]!.eachRow((row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (c, i) => {
      cells[i - 1] = c.text;
    });
    out.push(cells);
  });
  return out;
}

const ITEM_HEADERS = ['事项编码', '事项名称', '事项类别', '牵头部门', '协办部门', '承诺时限（工作日）', '办理渠道', '受理条件', '申请材料', '设定依据', '事项说明', '关联资源编码'];
const itemRow = (code: string, o: Partial<Record<(typeof ITEM_HEADERS)[number], string | number>> = {}) =>
  ITEM_HEADERS.map(
    (h) =>
      o[h] ??
      {
        事项编码: code,
        事项名称: `导入事项${code}`,
        事项类别: '知识产权',
        牵头部门: '科技局',
        协办部门: 'jxj',
        '承诺时限（工作日）': 10,
        办理渠道: '网上办理；窗口办理',
        受理条件: '在本县注册；依法经营',
        申请材料: '申请表(必需)[pdf/docx]；营业执照（副本）(可选)[pdf/jpg]',
        设定依据: '《专利法》',
        事项说明: '导入测试',
        关联资源编码: '',
      }[h]!,
  );

// ───────────── service items ─────────────

describe('POST /api/catalogue/items', () => {
  it('creates an item as version 1 with its version row and audit row', async () => {
    const before = await auditCount('catalogue.item.created');
    const res = await t.as(admin, 'POST', '/api/catalogue/items', itemBody({ name: '揭榜挂帅项目揭榜申请' }));
    expect(res.statusCode, res.body).toBe(201);
    const item = res.json();
    expect(item).toMatchObject({ name: '揭榜挂帅项目揭榜申请', version: 1, status: 'in_force', leadDepartment: { name: '测试县科学技术局' }, coDepartments: [{ name: '测试县经济和信息化局' }] });
    const versions = (await t.as(officer, 'GET', `/api/catalogue/items/${item.id}/versions`)).json();
    expect(versions).toMatchObject({ currentVersion: 1, versions: [{ version: 1, changeNote: '新增事项', changedBy: 'admin' }] });
    expect(await auditCount('catalogue.item.created')).toBe(before + 1);
  });

  it('lets an officer create items its own department leads, and no other', async () => {
    await createItem(officer);
    const other = await t.as(officer, 'POST', '/api/catalogue/items', itemBody({ leadDepartmentId: t.fixture.departments.economy, coDepartmentIds: [] }));
    expect(other.statusCode).toBe(403);
    expect(other.json().code).toBe('auth.forbidden');
  });

  it('is forbidden to the leader (read-only), the desk and enterprises', async () => {
    for (const s of [leader, desk, enterprise]) expect((await t.as(s, 'POST', '/api/catalogue/items', itemBody())).statusCode).toBe(403);
  });

  it('rejects invalid input naming the field: promised days, channels, departments, codes', async () => {
    expect(fieldOf(await t.as(admin, 'POST', '/api/catalogue/items', itemBody({ promisedDays: 91 })))).toEqual(['promisedDays']);
    expect(fieldOf(await t.as(admin, 'POST', '/api/catalogue/items', itemBody({ channels: [] })))).toEqual(['channels']);
    expect(fieldOf(await t.as(admin, 'POST', '/api/catalogue/items', itemBody({ category: 'space' })))).toEqual(['category']);
    const unknownDept = await t.as(admin, 'POST', '/api/catalogue/items', itemBody({ leadDepartmentId: MISSING }));
    expect(unknownDept.statusCode).toBe(400);
    expect(fieldOf(unknownDept)).toEqual(['leadDepartmentId']);
    expect(fieldOf(await t.as(admin, 'POST', '/api/catalogue/items', itemBody({ coDepartmentIds: [t.fixture.departments.bureau] })))).toEqual(['coDepartmentIds.0']);
    expect(fieldOf(await t.as(admin, 'POST', '/api/catalogue/items', itemBody({ relatedResourceIds: [MISSING] })))).toEqual(['relatedResourceIds.0']);
    const item = await createItem(admin);
    const dup = await t.as(admin, 'POST', '/api/catalogue/items', itemBody({ code: item.code }));
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('catalogue.duplicate_code');
  });
});

describe('GET /api/catalogue/items and /items/:id', () => {
  it('lists items for every role, filtered and sorted', async () => {
    await createItem(admin, { name: '专利导航服务', category: 'ip', promisedDays: 88 });
    for (const s of [enterprise, leader, desk]) expect((await t.as(s, 'GET', '/api/catalogue/items')).statusCode).toBe(200);
    const ip = (await t.as(enterprise, 'GET', '/api/catalogue/items?category=ip&sort=promisedDays&order=desc')).json();
    expect(ip.items[0]).toMatchObject({ name: '专利导航服务', promisedDays: 88, leadDepartmentName: '测试县科学技术局' });
    const byDept = (await t.as(enterprise, 'GET', `/api/catalogue/items?department=${t.fixture.departments.economy}&pageSize=200`)).json();
    expect(byDept.total).toBeGreaterThan(0); // co-handled by the economy department
  });

  it('shows an item with department names and related resources', async () => {
    const res = await createResource(admin);
    const item = await createItem(admin, { relatedResourceIds: [res.id] });
    const detail = (await t.as(enterprise, 'GET', `/api/catalogue/items/${item.id}`)).json();
    expect(detail.relatedResources).toEqual([expect.objectContaining({ id: res.id, kind: 'lab', status: 'in_force' })]);
    expect((await t.as(enterprise, 'GET', `/api/catalogue/resources/${res.id}`)).json().relatedItems).toEqual([expect.objectContaining({ id: item.id })]);
  });

  it('rejects a bad sort or id and answers 404 for an unknown item', async () => {
    expect(fieldOf(await t.as(officer, 'GET', '/api/catalogue/items?sort=colour'))).toEqual(['sort']);
    expect(fieldOf(await t.as(officer, 'GET', '/api/catalogue/items/not-a-uuid'))).toEqual(['id']);
    expect((await t.as(officer, 'GET', `/api/catalogue/items/${MISSING}`)).statusCode).toBe(404);
  });

  it('requires a session', async () => {
    expect((await t.as(null, 'GET', '/api/catalogue/items')).statusCode).toBe(401);
  });
});

describe('PUT /api/catalogue/items/:id and version history', () => {
  it('writes a new version per edit, keeps every earlier one, and skips edits that change nothing', async () => {
    const item = await createItem(officer, { name: '技术合同认定登记' });
    const body = itemBody({ code: item.code, name: '技术合同认定登记（技术开发类）', promisedDays: 5, changeNote: '按省厅新规缩短时限' });
    const res = await t.as(officer, 'PUT', `/api/catalogue/items/${item.id}`, body);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ version: 2, promisedDays: 5 });
    const again = await t.as(officer, 'PUT', `/api/catalogue/items/${item.id}`, { ...body, changeNote: '再次保存' });
    expect(again.json().version).toBe(2);

    const list = (await t.as(enterprise, 'GET', `/api/catalogue/items/${item.id}/versions`)).json();
    expect(list.versions.map((v: { version: number; changeNote: string }) => [v.version, v.changeNote])).toEqual([
      [2, '按省厅新规缩短时限'],
      [1, '新增事项'],
    ]);
    const v1 = (await t.as(enterprise, 'GET', `/api/catalogue/items/${item.id}/versions/1`)).json();
    expect(v1.snapshot).toMatchObject({ name: '技术合同认定登记', promisedDays: 20, version: 1, coDepartmentIds: [t.fixture.departments.economy] });
    const v2 = (await t.as(enterprise, 'GET', `/api/catalogue/items/${item.id}/versions/2`)).json();
    expect(v2).toMatchObject({ version: 2, changedBy: 'officer', snapshot: { name: '技术合同认定登记（技术开发类）', promisedDays: 5 } });
  });

  it('lets another department read but not edit the item (403), nor hand it to itself', async () => {
    const item = await createItem(officer);
    expect((await t.as(officer2, 'GET', `/api/catalogue/items/${item.id}`)).statusCode).toBe(200);
    const res = await t.as(officer2, 'PUT', `/api/catalogue/items/${item.id}`, itemBody({ code: item.code, changeNote: '改为经信局牵头' }));
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('auth.forbidden');
    const handOver = await t.as(officer, 'PUT', `/api/catalogue/items/${item.id}`, itemBody({ code: item.code, leadDepartmentId: t.fixture.departments.economy, coDepartmentIds: [], changeNote: '移交' }));
    expect(handOver.statusCode).toBe(403);
    expect((await t.as(admin, 'PUT', `/api/catalogue/items/${item.id}`, itemBody({ code: item.code, leadDepartmentId: t.fixture.departments.economy, coDepartmentIds: [], changeNote: '移交经信局' }))).statusCode).toBe(200);
    expect((await t.as(leader, 'PUT', `/api/catalogue/items/${item.id}`, itemBody({ code: item.code, changeNote: '领导修改' }))).statusCode).toBe(403);
  });

  it('requires a change note, and answers 404 for an unknown item or version', async () => {
    const item = await createItem(officer);
    expect(fieldOf(await t.as(officer, 'PUT', `/api/catalogue/items/${item.id}`, itemBody({ code: item.code })))).toEqual(['changeNote']);
    expect((await t.as(officer, 'PUT', `/api/catalogue/items/${MISSING}`, itemBody({ changeNote: '修改说明' }))).statusCode).toBe(404);
    expect((await t.as(officer, 'GET', `/api/catalogue/items/${item.id}/versions/9`)).statusCode).toBe(404);
    expect(fieldOf(await t.as(officer, 'GET', `/api/catalogue/items/${item.id}/versions/first`))).toEqual(['version']);
    expect((await t.as(officer, 'GET', `/api/catalogue/items/${MISSING}/versions`)).statusCode).toBe(404);
  });
});

describe('POST /api/catalogue/items/:id/withdraw and /restore', () => {
  it('withdraws and restores as new versions, hiding withdrawn items from the default list', async () => {
    const item = await createItem(officer, { name: '待撤回事项' });
    const w = await t.as(officer, 'POST', `/api/catalogue/items/${item.id}/withdraw`, { reason: '政策到期停止执行' });
    expect(w.json()).toMatchObject({ status: 'withdrawn', version: 2 });
    expect((await t.as(officer, 'POST', `/api/catalogue/items/${item.id}/withdraw`, { reason: '再次撤回' })).json().code).toBe('catalogue.already_withdrawn');
    const inForce = (await t.as(enterprise, 'GET', `/api/catalogue/items?keyword=${encodeURIComponent('待撤回事项')}`)).json();
    expect(inForce.total).toBe(0);
    expect((await t.as(enterprise, 'GET', `/api/catalogue/items?keyword=${encodeURIComponent('待撤回事项')}&status=withdrawn`)).json().total).toBe(1);
    const r = await t.as(officer, 'POST', `/api/catalogue/items/${item.id}/restore`);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ status: 'in_force', version: 3 });
    expect((await t.as(officer, 'POST', `/api/catalogue/items/${item.id}/restore`, { reason: '恢复办理' })).statusCode).toBe(409);
    const v2 = (await t.as(officer, 'GET', `/api/catalogue/items/${item.id}/versions/2`)).json();
    expect(v2).toMatchObject({ status: 'withdrawn', changeNote: '政策到期停止执行' });
  });

  it('is forbidden to another department and the leader, and needs a reason', async () => {
    const item = await createItem(officer);
    expect((await t.as(officer2, 'POST', `/api/catalogue/items/${item.id}/withdraw`, { reason: '越权撤回' })).statusCode).toBe(403);
    expect((await t.as(leader, 'POST', `/api/catalogue/items/${item.id}/withdraw`, { reason: '领导撤回' })).statusCode).toBe(403);
    expect((await t.as(leader, 'POST', `/api/catalogue/items/${item.id}/restore`)).statusCode).toBe(403);
    expect(fieldOf(await t.as(officer, 'POST', `/api/catalogue/items/${item.id}/withdraw`, {}))).toEqual(['reason']);
    expect((await t.as(officer, 'POST', `/api/catalogue/items/${MISSING}/withdraw`, { reason: '不存在' })).statusCode).toBe(404);
  });
});

// ───────────── resources ─────────────

describe('resources', () => {
  it('masks contact phones in lists for everyone but officers of the owning department and the bureau admin', async () => {
    const r = await createResource(admin, { name: '脱敏测试实验室', contactPhone: '13912341234' });
    const q = `/api/catalogue/resources?keyword=${encodeURIComponent('脱敏测试实验室')}`;
    const phoneFor = async (s: Session) => (await t.as(s, 'GET', q)).json().items[0] as { contactPhone: string; isPhoneMasked: boolean };
    expect(await phoneFor(officer2)).toMatchObject({ contactPhone: '13912341234', isPhoneMasked: false });
    expect(await phoneFor(admin)).toMatchObject({ contactPhone: '13912341234', isPhoneMasked: false });
    for (const s of [officer, desk, enterprise, leader]) expect(await phoneFor(s)).toMatchObject({ contactPhone: '139****1234', isPhoneMasked: true });
    expect((await t.as(enterprise, 'GET', `/api/catalogue/resources/${r.id}`)).json().contactPhone).toBe('139****1234');
    const before = await auditCount('catalogue.resource.contacts_viewed');
    expect((await t.as(officer2, 'GET', `/api/catalogue/resources/${r.id}`)).json().contactPhone).toBe('13912341234');
    expect(await auditCount('catalogue.resource.contacts_viewed')).toBe(before + 1);
  });

  it('lets the owning department edit, withdraw and restore; others get 403', async () => {
    const r = await createResource(officer2);
    const put = await t.as(officer2, 'PUT', `/api/catalogue/resources/${r.id}`, resourceBody({ code: r.code, availability: 'open', changeNote: '改为开放共享' }));
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().availability).toBe('open');
    expect((await t.as(officer, 'PUT', `/api/catalogue/resources/${r.id}`, resourceBody({ code: r.code }))).statusCode).toBe(403);
    expect((await t.as(leader, 'POST', '/api/catalogue/resources', resourceBody())).statusCode).toBe(403);
    expect((await t.as(officer, 'POST', '/api/catalogue/resources', resourceBody())).statusCode).toBe(403);
    expect((await t.as(officer, 'POST', `/api/catalogue/resources/${r.id}/withdraw`, { reason: '设备报废' })).statusCode).toBe(403);
    expect((await t.as(officer2, 'POST', `/api/catalogue/resources/${r.id}/withdraw`, { reason: '设备报废' })).json().status).toBe('withdrawn');
    expect((await t.as(officer2, 'POST', `/api/catalogue/resources/${r.id}/restore`, { reason: '设备修复' })).json().status).toBe('in_force');
  });

  it('rejects invalid resources naming the field', async () => {
    expect(fieldOf(await t.as(admin, 'POST', '/api/catalogue/resources', resourceBody({ contactPhone: 'call me' })))).toEqual(['contactPhone']);
    expect(fieldOf(await t.as(admin, 'POST', '/api/catalogue/resources', resourceBody({ kind: 'spaceship' })))).toEqual(['kind']);
    expect(fieldOf(await t.as(admin, 'POST', '/api/catalogue/resources', resourceBody({ townId: MISSING })))).toEqual(['townId']);
    expect(fieldOf(await t.as(admin, 'POST', '/api/catalogue/resources', resourceBody({ tags: ['a；b'] })))).toEqual(['tags.0']);
    expect(fieldOf(await t.as(admin, 'POST', `/api/catalogue/resources/${MISSING}/withdraw`, {}))).toEqual(['reason']);
    expect((await t.as(admin, 'GET', `/api/catalogue/resources/${MISSING}`)).statusCode).toBe(404);
    expect(fieldOf(await t.as(admin, 'GET', '/api/catalogue/resources?kind=spaceship'))).toEqual(['kind']);
  });
});

// ───────────── search ─────────────

describe('GET /api/catalogue/search', () => {
  it('finds an item as soon as it is written, by abbreviation, initials and traditional characters', async () => {
    const item = await createItem(officer, { name: '高新技术企业认定申报辅导', category: 'cultivation' });
    for (const q of ['高企', '高新技术企业', 'gxjs', '高新技術企業']) {
      const page = (await t.as(enterprise, 'GET', `/api/catalogue/search?q=${encodeURIComponent(q)}`)).json();
      expect(page.items.map((h: { id: string }) => h.id), q).toContain(item.id);
    }
    await t.as(officer, 'PUT', `/api/catalogue/items/${item.id}`, itemBody({ code: item.code, name: '科技小巨人企业培育申报', changeNote: '更名' }));
    const after = (await t.as(enterprise, 'GET', `/api/catalogue/search?q=${encodeURIComponent('高企')}&type=item`)).json();
    expect(after.items.map((h: { id: string }) => h.id)).not.toContain(item.id);
  });

  it('filters by type, department and kind, and returns highlight ranges', async () => {
    await createResource(admin, { name: '精密轴承三坐标测量仪', kind: 'instrument' });
    const page = (await t.as(leader, 'GET', `/api/catalogue/search?q=${encodeURIComponent('三坐标')}&kind=instrument&department=${t.fixture.departments.economy}`)).json();
    expect(page.total).toBe(1);
    const hit = page.items[0];
    expect(hit).toMatchObject({ type: 'resource', kind: 'instrument', category: null });
    const name = hit.highlights.find((h: { field: string }) => h.field === 'name');
    expect(name.text.slice(...name.ranges[0])).toBe('三坐标');
    expect((await t.as(leader, 'GET', `/api/catalogue/search?q=${encodeURIComponent('三坐标')}&type=item`)).json().total).toBe(0);
  });

  it('rejects a missing or overlong query', async () => {
    expect(fieldOf(await t.as(enterprise, 'GET', '/api/catalogue/search'))).toEqual(['q']);
    expect(fieldOf(await t.as(enterprise, 'GET', `/api/catalogue/search?q=${'长'.repeat(101)}`))).toEqual(['q']);
    expect(fieldOf(await t.as(enterprise, 'GET', '/api/catalogue/search?q=x&type=people'))).toEqual(['type']);
  });
});

// ───────────── Excel ─────────────

describe('Excel export and import of service items', () => {
  it('exports the current filter with Chinese headers, joined lists and formatted materials', async () => {
    const item = await createItem(officer, { name: '导出格式检查事项' });
    const res = await t.as(enterprise, 'GET', `/api/catalogue/items/export.xlsx?keyword=${encodeURIComponent('导出格式检查事项')}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename\*=UTF-8''/);
    const rows = await readWorkbook(res.rawPayload);
    expect(rows[0]).toEqual([...ITEM_HEADERS, '状态', '版本']);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual([
      item.code,
      '导出格式检查事项',
      '科技项目',
      '测试县科学技术局',
      '测试县经济和信息化局',
      '20',
      '网上办理；窗口办理',
      '项目已到合同约定的结题时间；完成合同约定的全部任务',
      '项目验收申请表(必需)[pdf/docx]；财务决算报告(可选)[pdf]',
      '《中华人民共和国科学技术进步法》',
      '对县级科技计划项目组织结题验收。',
      '',
      '有效',
      '1',
    ]);
  });

  it('round-trips: exporting and importing the whole catalogue changes nothing (no new versions)', async () => {
    await createItem(admin, { relatedResourceIds: [(await createResource(admin)).id] });
    const exported = (await t.as(admin, 'GET', '/api/catalogue/items/export.xlsx?status=all')).rawPayload;
    const versionsBefore = (await t.as(admin, 'GET', '/api/catalogue/items?status=all&pageSize=200')).json().items.map((i: { version: number }) => i.version);
    const res = await upload(admin, '/api/catalogue/items/import', exported);
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({ committed: true, created: 0, updated: 0, rejected: [] });
    expect(report.unchanged).toBe(report.totalRows);
    const versionsAfter = (await t.as(admin, 'GET', '/api/catalogue/items?status=all&pageSize=200')).json().items.map((i: { version: number }) => i.version);
    expect(versionsAfter).toEqual(versionsBefore);
  });

  it('all_or_nothing: one bad row writes nothing; fixed, the same file writes every row; again, nothing changes', async () => {
    const [a, b, c] = [nextCode('IM'), nextCode('IM'), nextCode('IM')];
    const audits = await auditCount('catalogue.items.imported');
    const bad = await workbook(ITEM_HEADERS, [itemRow(a), itemRow(b, { '承诺时限（工作日）': 120, 事项类别: '航天' }), itemRow(c, { 牵头部门: '不存在局' })]);
    const res = await upload(admin, '/api/catalogue/items/import', bad, 'all_or_nothing');
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({ committed: false, created: 0, updated: 0, unchanged: 0, totalRows: 3, rejectsFileId: null });
    expect(report.rejected.map((r: { row: number; column: string }) => [r.row, r.column])).toEqual([
      [3, '事项类别'],
      [3, '承诺时限（工作日）'],
      [4, '牵头部门'],
    ]);
    expect(report.rejected[0].reasonZh).toContain('科技项目');
    expect((await t.as(admin, 'GET', `/api/catalogue/items?keyword=${a}`)).json().total).toBe(0);

    const good = await workbook(ITEM_HEADERS, [itemRow(a), itemRow(b), itemRow(c)]);
    const ok = (await upload(admin, '/api/catalogue/items/import', good)).json();
    expect(ok).toMatchObject({ committed: true, created: 3, updated: 0, unchanged: 0, rejected: [] });
    const created = (await t.as(admin, 'GET', `/api/catalogue/items?keyword=${a}`)).json().items[0];
    const detail = (await t.as(admin, 'GET', `/api/catalogue/items/${created.id}`)).json();
    expect(detail).toMatchObject({ category: 'ip', promisedDays: 10, channels: ['online', 'desk'], conditions: ['在本县注册', '依法经营'], coDepartments: [{ code: 'jxj' }] });
    expect(detail.materials).toEqual([
      { name: '申请表', required: true, fileTypes: ['pdf', 'docx'] },
      { name: '营业执照（副本）', required: false, fileTypes: ['pdf', 'jpg'] },
    ]);
    expect((await upload(admin, '/api/catalogue/items/import', good)).json()).toMatchObject({ created: 0, updated: 0, unchanged: 3 });

    const changed = await workbook(ITEM_HEADERS, [itemRow(a, { '承诺时限（工作日）': 7 }), itemRow(b), itemRow(c)]);
    expect((await upload(admin, '/api/catalogue/items/import', changed)).json()).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
    const versions = (await t.as(admin, 'GET', `/api/catalogue/items/${created.id}/versions`)).json();
    expect(versions.versions.map((v: { changeNote: string }) => v.changeNote)).toEqual(['批量导入', '批量导入']);
    expect(await auditCount('catalogue.items.imported')).toBe(audits + 4);
  });

  it('good_rows: writes the good rows and offers the rejected ones, with a 原因 column, to the uploader only', async () => {
    const [a, b] = [nextCode('GR'), nextCode('GR')];
    const file = await workbook(ITEM_HEADERS, [itemRow(a), itemRow(b, { 办理渠道: '' }), itemRow(a)]);
    const report = (await upload(admin, '/api/catalogue/items/import', file, 'good_rows')).json();
    // Row 2 and 4 share a code: both are rejected, as is row 3 (no channel).
    expect(report).toMatchObject({ committed: true, created: 0, totalRows: 3 });
    expect(report.rejected.map((r: { row: number }) => r.row).sort()).toEqual([2, 3, 4]);
    expect(report.rejectsFileId).toEqual(expect.any(String));
    const dl = await t.as(admin, 'GET', `/api/catalogue/imports/${report.rejectsFileId}/rejects.xlsx`);
    expect(dl.statusCode).toBe(200);
    const rows = await readWorkbook(dl.rawPayload);
    expect(rows[0]!.at(-1)).toBe('原因');
    expect(rows).toHaveLength(4);
    expect(rows[2]!.at(-1)).toContain('办理渠道');
    expect((await t.as(officer, 'GET', `/api/catalogue/imports/${report.rejectsFileId}/rejects.xlsx`)).statusCode).toBe(404);
    expect((await t.as(leader, 'GET', `/api/catalogue/imports/${report.rejectsFileId}/rejects.xlsx`)).statusCode).toBe(403);
    expect(fieldOf(await t.as(admin, 'GET', '/api/catalogue/imports/nope/rejects.xlsx'))).toEqual(['id']);

    const c = nextCode('GR');
    const partly = (await upload(admin, '/api/catalogue/items/import', await workbook(ITEM_HEADERS, [itemRow(c), itemRow(nextCode('GR'), { 申请材料: '申请表' })]), 'good_rows')).json();
    expect(partly).toMatchObject({ created: 1, rejected: [{ row: 3, column: '申请材料' }] });
  });

  it('rejects rows an officer may not write (another department leads them), but accepts unchanged ones', async () => {
    const theirs = await createItem(officer2, { leadDepartmentId: t.fixture.departments.economy, coDepartmentIds: [] });
    const exported = (await t.as(officer, 'GET', '/api/catalogue/items/export.xlsx')).rawPayload;
    expect((await upload(officer, '/api/catalogue/items/import', exported)).json()).toMatchObject({ committed: true, created: 0, updated: 0, rejected: [] });
    const file = await workbook(ITEM_HEADERS, [itemRow(nextCode('OF'), { 牵头部门: '经信局', 协办部门: '' }), itemRow(theirs.code, { 牵头部门: '经信局', 协办部门: '' }), itemRow(nextCode('OF'))]);
    const report = (await upload(officer, '/api/catalogue/items/import', file)).json();
    expect(report.committed).toBe(false);
    expect(report.rejected.map((r: { row: number; column: string }) => [r.row, r.column])).toEqual([
      [2, '牵头部门'],
      [3, '牵头部门'],
    ]);
  });

  it('is forbidden to roles without catalogue.manage', async () => {
    const file = await workbook(ITEM_HEADERS, [itemRow(nextCode('NO'))]);
    for (const s of [leader, enterprise, desk]) {
      const res = await upload(s, '/api/catalogue/items/import', file);
      expect(res.statusCode).toBe(403);
    }
  });

  it('rejects files that are not workbooks, lack a column, are too large, or a bad mode', async () => {
    const notXlsx = await upload(admin, '/api/catalogue/items/import', Buffer.from('code,name\n'), undefined, 'items.csv');
    expect(fieldOf(notXlsx)).toEqual(['file']);
    const garbage = await upload(admin, '/api/catalogue/items/import', Buffer.from('PK\u0003\u0004 not really a zip'));
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json().code).toBe('catalogue.import_file_invalid');
    const missing = await upload(admin, '/api/catalogue/items/import', await workbook(['事项编码', '事项名称'], [['X-1', '缺列']]));
    expect(missing.json()).toMatchObject({ code: 'catalogue.import_file_invalid', detail: expect.stringContaining('牵头部门') });
    expect(fieldOf(await upload(admin, '/api/catalogue/items/import', await workbook(ITEM_HEADERS, []), 'some_rows'))).toEqual(['mode']);
    const big = await upload(admin, '/api/catalogue/items/import', Buffer.alloc(5 * 1024 * 1024 + 10, 1));
    expect(big.statusCode).toBe(413);
    const json = await t.as(admin, 'POST', '/api/catalogue/items/import', { file: 'x' });
    expect(json.statusCode).toBe(415);
  });
});

describe('Excel export and import of resources', () => {
  const RES_HEADERS = ['资源编码', '资源名称', '资源类型', '所属单位', '主管部门', '所在乡镇（街道）', '地址', '联系人', '联系电话', '开放方式', '标签', '资源简介'];
  const resRow = (code: string, o: Partial<Record<string, string>> = {}) =>
    RES_HEADERS.map(
      (h) =>
        o[h] ??
        ({ 资源编码: code, 资源名称: `导入资源${code}`, 资源类型: '仪器设备', 所属单位: '测试县检测中心', 主管部门: '经信局', '所在乡镇（街道）': '东溪镇', 地址: '东溪镇1号', 联系人: '李老师', 联系电话: '13800001111', 开放方式: '开放共享', 标签: '检测；计量', 资源简介: '导入' } as Record<string, string>)[h]!,
    );

  it('exports phones masked for an officer of another department, and that export imports unchanged', async () => {
    await createResource(admin, { name: '导出脱敏资源', contactPhone: '13955556666' });
    const asOfficer = (await t.as(officer, 'GET', `/api/catalogue/resources/export.xlsx?keyword=${encodeURIComponent('导出脱敏资源')}`)).rawPayload;
    const rows = await readWorkbook(asOfficer);
    expect(rows[1]![8]).toBe('139****6666');
    const asOwner = await readWorkbook((await t.as(officer2, 'GET', `/api/catalogue/resources/export.xlsx?keyword=${encodeURIComponent('导出脱敏资源')}`)).rawPayload);
    expect(asOwner[1]![8]).toBe('13955556666');
    expect((await upload(officer2, '/api/catalogue/resources/import', asOfficer)).json()).toMatchObject({ committed: true, unchanged: 1, rejected: [] });
    const whole = (await t.as(admin, 'GET', '/api/catalogue/resources/export.xlsx?status=all')).rawPayload;
    const report = (await upload(admin, '/api/catalogue/resources/import', whole)).json();
    expect(report).toMatchObject({ created: 0, updated: 0, rejected: [] });
  });

  it('imports new resources all or nothing, refusing a masked phone for a new one', async () => {
    const [a, b] = [nextCode('RI'), nextCode('RI')];
    const bad = await workbook(RES_HEADERS, [resRow(a), resRow(b, { 联系电话: '138****1111', 资源类型: '飞船' })]);
    const report = (await upload(officer2, '/api/catalogue/resources/import', bad)).json();
    expect(report).toMatchObject({ committed: false, created: 0 });
    expect(report.rejected.map((r: { column: string }) => r.column)).toEqual(['资源类型']);
    const masked = (await upload(officer2, '/api/catalogue/resources/import', await workbook(RES_HEADERS, [resRow(a), resRow(b, { 联系电话: '138****1111' })]))).json();
    expect(masked.rejected).toEqual([expect.objectContaining({ row: 3, column: '联系电话' })]);
    const ok = (await upload(officer2, '/api/catalogue/resources/import', await workbook(RES_HEADERS, [resRow(a), resRow(b)]))).json();
    expect(ok).toMatchObject({ committed: true, created: 2 });
    const officerTry = (await upload(officer, '/api/catalogue/resources/import', await workbook(RES_HEADERS, [resRow(a, { 开放方式: '预约使用' })]))).json();
    expect(officerTry.rejected).toEqual([expect.objectContaining({ column: '主管部门' })]);
    expect((await upload(leader, '/api/catalogue/resources/import', await workbook(RES_HEADERS, [resRow(a)]))).statusCode).toBe(403);
  });
});

// ───────────── role × route (the routes listed as covered in access-matrix.routes.test.ts) ─────────────

describe('every role against the catalogue routes that need a record, a body or an upload', () => {
  const userOf = (role: string) => (role === 'bureau_admin' ? 'admin' : role);
  const roles = ['enterprise', 'expert', 'officer', 'bureau_admin', 'desk', 'notary', 'leader', 'talent'] as const;
  const managers = new Set(['officer', 'bureau_admin']);

  it('lets every role read items, versions and resources, and nobody anonymous', async () => {
    const item = await createItem(officer);
    const res = await createResource(officer2);
    const urls = [`/api/catalogue/items/${item.id}`, `/api/catalogue/items/${item.id}/versions`, `/api/catalogue/items/${item.id}/versions/1`, `/api/catalogue/resources/${res.id}`];
    for (const url of urls) {
      expect((await t.as(null, 'GET', url)).statusCode, url).toBe(401);
      for (const role of roles) expect((await t.as(await t.login(userOf(role)), 'GET', url)).statusCode, `${role} ${url}`).toBe(200);
    }
  });

  it('lets only officers (own department) and the bureau admin write', async () => {
    for (const role of roles) {
      const s = await t.login(userOf(role));
      const allowed = managers.has(role);
      const created = await t.as(s, 'POST', '/api/catalogue/items', itemBody());
      expect(created.statusCode, `${role} create item`).toBe(allowed ? 201 : 403);
      const createdRes = await t.as(s, 'POST', '/api/catalogue/resources', resourceBody({ departmentId: t.fixture.departments.bureau }));
      expect(createdRes.statusCode, `${role} create resource`).toBe(allowed ? 201 : 403);
      const item = allowed ? created.json() : await createItem(officer);
      const res = allowed ? createdRes.json() : await createResource(officer, { departmentId: t.fixture.departments.bureau });
      expect((await t.as(s, 'PUT', `/api/catalogue/items/${item.id}`, itemBody({ code: item.code, promisedDays: 9, changeNote: '角色测试' }))).statusCode, `${role} edit item`).toBe(allowed ? 200 : 403);
      expect((await t.as(s, 'PUT', `/api/catalogue/resources/${res.id}`, resourceBody({ code: res.code, departmentId: t.fixture.departments.bureau, availability: 'open' }))).statusCode, `${role} edit resource`).toBe(allowed ? 200 : 403);
      for (const kind of ['items', 'resources']) {
        const id = kind === 'items' ? item.id : res.id;
        expect((await t.as(s, 'POST', `/api/catalogue/${kind}/${id}/withdraw`, { reason: '角色测试' })).statusCode, `${role} withdraw ${kind}`).toBe(allowed ? 200 : 403);
        if (!allowed) await t.as(officer, 'POST', `/api/catalogue/${kind}/${id}/withdraw`, { reason: '角色测试' });
        expect((await t.as(s, 'POST', `/api/catalogue/${kind}/${id}/restore`, { reason: '角色测试' })).statusCode, `${role} restore ${kind}`).toBe(allowed ? 200 : 403);
      }
      const file = await workbook(ITEM_HEADERS, [itemRow(nextCode('RL'))]);
      expect((await upload(s, '/api/catalogue/items/import', file)).statusCode, `${role} import items`).toBe(allowed ? 200 : 403);
      expect((await upload(s, '/api/catalogue/resources/import', file)).statusCode, `${role} import resources`).toBe(allowed ? 400 : 403); // an items sheet lacks the resource columns
    }
  });
});
