import type { Role } from '@yunju/contracts';
import { eq } from 'drizzle-orm';
import type { Db } from '../src/platform/db.ts';
import * as t from '../src/platform/schema.ts';
import { hashPassword } from '../src/modules/identity/index.ts';

export const TEST_PASSWORD = 'Test@2026x';
let passwordHash: Promise<string> | undefined;
/** One argon2id hash shared by all fixture users: hashing is deliberately slow. */
const testPasswordHash = () => (passwordHash ??= hashPassword(TEST_PASSWORD));

export interface Fixture {
  tenantId: string;
  otherTenantId: string;
  departments: { bureau: string; economy: string };
  towns: { a: string; b: string };
  enterprises: { a: string; b: string; otherTenant: string };
  users: Record<string, { id: string; role: Role }>;
}

/** A small county: two towns, two departments, two enterprises, and one user per role. */
export async function seedFixture(db: Db): Promise<Fixture> {
  const hash = await testPasswordHash();
  const [tenant] = await db.insert(t.tenants).values({ code: 'fx', name: '测试县', province: '浙江省', city: '测试市' }).returning();
  const [other] = await db.insert(t.tenants).values({ code: 'fx2', name: '邻县', province: '浙江省', city: '测试市' }).returning();
  const tenantId = tenant!.id;
  const [bureau, economy] = await db
    .insert(t.departments)
    .values([
      { tenantId, code: 'kjj', name: '测试县科学技术局', shortName: '科技局', isBureau: true },
      { tenantId, code: 'jxj', name: '测试县经济和信息化局', shortName: '经信局' },
    ])
    .returning();
  const [townA, townB] = await db
    .insert(t.towns)
    .values([
      { tenantId, code: 'T01', name: '城关街道', kind: 'subdistrict' },
      { tenantId, code: 'T02', name: '东溪镇', kind: 'town' },
    ])
    .returning();
  const [otherTown] = await db.insert(t.towns).values({ tenantId: other!.id, code: 'T01', name: '邻县街道', kind: 'subdistrict' }).returning();
  await db.insert(t.industries).values({ code: 'C3451', name: '滚动轴承制造' }).onConflictDoNothing();
  const [entA, entB, entOther] = await db
    .insert(t.enterprises)
    .values([
      { tenantId, creditCode: '91330699MA2A00001X', name: '测试恒锐轴承有限公司', townId: townA!.id, industryCode: 'C3451', size: 'medium', isAboveScale: true, address: '城关街道1号' },
      { tenantId, creditCode: '91330699MA2A00002X', name: '测试东溪机械有限公司', townId: townB!.id, industryCode: 'C3451', size: 'small', isAboveScale: false, address: '东溪镇2号' },
      { tenantId: other!.id, creditCode: '91330699MA2A00003X', name: '邻县某公司', townId: otherTown!.id, industryCode: 'C3451', size: 'small', isAboveScale: false, address: '邻县' },
    ])
    .returning();
  await db.insert(t.enterpriseQualifications).values({ tenantId, enterpriseId: entA!.id, kind: 'high_tech', level: 'national', certificateNo: 'GR202433000001', issuedOn: '2024-12-01', expiresOn: '2027-11-30' });

  const specs: { username: string; role: Role; departmentId?: string; enterpriseId?: string; tenantId?: string }[] = [
    { username: 'admin', role: 'bureau_admin', departmentId: bureau!.id },
    { username: 'officer', role: 'officer', departmentId: bureau!.id },
    { username: 'officer2', role: 'officer', departmentId: economy!.id },
    { username: 'desk', role: 'desk', departmentId: bureau!.id },
    { username: 'enterprise', role: 'enterprise', enterpriseId: entA!.id },
    { username: 'enterprise_b', role: 'enterprise', enterpriseId: entB!.id },
    { username: 'expert', role: 'expert' },
    { username: 'notary', role: 'notary' },
    { username: 'leader', role: 'leader' },
    { username: 'talent', role: 'talent' },
    { username: 'talent_b', role: 'talent' },
    { username: 'other_admin', role: 'bureau_admin', tenantId: other!.id },
  ];
  const users: Fixture['users'] = {};
  for (const s of specs) {
    const [u] = await db
      .insert(t.users)
      .values({ tenantId: s.tenantId ?? tenantId, username: s.username, displayName: s.username, role: s.role, departmentId: s.departmentId ?? null, enterpriseId: s.enterpriseId ?? null, passwordHash: hash })
      .returning();
    users[s.username] = { id: u!.id, role: s.role };
  }
  return {
    tenantId,
    otherTenantId: other!.id,
    departments: { bureau: bureau!.id, economy: economy!.id },
    towns: { a: townA!.id, b: townB!.id },
    enterprises: { a: entA!.id, b: entB!.id, otherTenant: entOther!.id },
    users,
  };
}

/**
 * A service item of the fixture county with its version-1 snapshot (cases keep the version).
 * Default: led by the bureau, 3 promised working days, online and desk, one required material
 * (营业执照, pdf/jpg/png) and one optional one.
 */
export async function createServiceItem(
  db: Db,
  f: Fixture,
  o: Partial<{ code: string; name: string; leadDepartmentId: string; coDepartmentIds: string[]; promisedDays: number; channels: ('online' | 'desk')[]; status: 'in_force' | 'withdrawn'; materials: { name: string; required: boolean; fileTypes: string[] }[] }> = {},
): Promise<string> {
  const data = {
    code: o.code ?? `KJ-9${String(++itemCounter).padStart(2, '0')}`,
    name: o.name ?? '科技型中小企业评价入库',
    category: 'cultivation' as const,
    leadDepartmentId: o.leadDepartmentId ?? f.departments.bureau,
    promisedDays: o.promisedDays ?? 3,
    channels: o.channels ?? ['online', 'desk'],
    conditions: ['在本县注册的居民企业', '职工总数不超过500人'],
    materials: o.materials ?? [
      { name: '营业执照副本', required: true, fileTypes: ['pdf', 'jpg', 'png'] },
      { name: '研发项目说明', required: false, fileTypes: ['pdf', 'doc', 'docx'] },
    ],
    legalBasis: '《科技型中小企业评价办法》（国科发政〔2017〕115号）',
    description: '测试事项',
    status: o.status ?? 'in_force',
    relatedResourceIds: [] as string[],
  };
  const coDepartmentIds = o.coDepartmentIds ?? [];
  const [item] = await db.insert(t.serviceItems).values({ tenantId: f.tenantId, ...data, version: 1 }).returning();
  if (coDepartmentIds.length) await db.insert(t.serviceItemCoDepartments).values(coDepartmentIds.map((departmentId) => ({ tenantId: f.tenantId, itemId: item!.id, departmentId })));
  await db.insert(t.serviceItemVersions).values({ tenantId: f.tenantId, itemId: item!.id, version: 1, snapshot: { ...data, coDepartmentIds, version: 1 }, changeNote: 'fixture' });
  return item!.id;
}
let itemCounter = 0;

/** A resource of the fixture county (default: a lab of the economy department). */
export async function createResource(db: Db, f: Fixture, o: Partial<{ name: string; departmentId: string; status: 'in_force' | 'withdrawn' }> = {}): Promise<string> {
  const [r] = await db
    .insert(t.resources)
    .values({
      tenantId: f.tenantId,
      code: `ZY-9${String(++resourceCounter).padStart(2, '0')}`,
      name: o.name ?? '测试县轴承检测公共服务平台',
      kind: 'rd_platform',
      ownerOrg: '测试县经信局',
      departmentId: o.departmentId ?? f.departments.economy,
      townId: f.towns.a,
      address: '城关街道3号',
      contactName: '王老师',
      contactPhone: '0570-0000000',
      description: '测试资源',
      tags: ['检测'],
      availability: 'open',
      status: o.status ?? 'in_force',
    })
    .returning();
  return r!.id;
}
let resourceCounter = 0;

/** Marks a user head of its department (receives the notices addressed to department heads). */
export async function makeDepartmentHead(db: Db, userId: string): Promise<void> {
  await db.update(t.users).set({ isDepartmentHead: true }).where(eq(t.users.id, userId));
}

/** Body of `POST /api/matching/demands` for the tests' talent need (a grinder set-up engineer). */
export function grinderTalentNeed(title = '招聘磨床调试工程师'): Record<string, unknown> {
  return {
    kind: 'talent_need',
    title,
    description: '负责轴承磨床调试与数控编程，三年以上经验。',
    role: '磨床调试工程师',
    requirements: '熟悉数控编程',
    place: '城关街道',
    salaryBand: '10k_20k',
  };
}
