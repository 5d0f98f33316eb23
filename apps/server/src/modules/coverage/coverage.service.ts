import {
  coverageFlags,
  type CauseRecord,
  type CauseRecordInput,
  type CauseTaxonomy,
  type CoverageCell,
  type CoverageDashboard,
  type CoverageFlag,
  type CoverageScopeQuery,
  type EnterpriseCoverage,
  type Fishbone,
  type FishboneEnterprisesQuery,
  type FishboneQuery,
  type UncoveredPage,
  type UncoveredQuery,
} from '@yunju/contracts';
import type { Db } from '../../platform/db.ts';
import { authorize, type RequestContext } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { newSheet, workbookBuffer } from '../../platform/excel.ts';
import { recordAudit } from '../audit/index.ts';
import { canSeeEnterprise, GBT4754_BY_CODE } from '../enterprises/index.ts';
import { DEFAULT_TAXONOMY, FLAG_DEFINITIONS, FLAG_NAMES, resolveCause } from './coverage-definitions.ts';
import {
  countsByDivision,
  countsByTown,
  countsByYear,
  countUncovered,
  latestCoverageYear,
  findCoverageRow,
  findTaxonomy,
  insertCause,
  listCoverageRowsOf,
  listTownRows,
  listUncoveredByCause,
  listUncoveredRows,
  primaryCauses,
  saveTaxonomy,
  type CountRow,
  type Scope,
} from './coverage.repository.ts';

const invalid = (path: string, message: string, messageEn: string) => new AppError('request.invalid', { fieldErrors: [{ path, code: 'invalid_value', message, messageEn }] });

export function cellOf(key: string, name: string, c: CountRow | undefined): CoverageCell {
  const total = c?.total ?? 0;
  const covered = Object.fromEntries(coverageFlags.map((f) => [f, c?.[f] ?? 0])) as Record<CoverageFlag, number>;
  const rates = Object.fromEntries(coverageFlags.map((f) => [f, total ? covered[f] / total : 0])) as Record<CoverageFlag, number>;
  return { key, name, total, covered, rates, allFive: c?.allFive ?? 0 };
}

/** Resolves the scope of a query: town code → id (unknown town → 400), default year → the latest. */
async function scopeOf(db: Db, tenantId: string, q: CoverageScopeQuery, defaultYear = true): Promise<{ scope: Scope; towns: Awaited<ReturnType<typeof listTownRows>> }> {
  const [latest, towns] = await Promise.all([q.year !== undefined || !defaultYear ? Promise.resolve(undefined) : latestCoverageYear(db, tenantId), listTownRows(db, tenantId)]);
  let townId: string | undefined;
  if (q.town) {
    townId = towns.find((t) => t.code === q.town)?.id;
    if (!townId) throw invalid('town', '没有该乡镇（街道）', 'No such town');
  }
  return { scope: { tenantId, year: q.year ?? latest, townId, industry: q.industry }, towns };
}

/**
 * Coverage rates of the county (or a town / industry) for a year, the trend over all years, and
 * the breakdowns by town and by industry division. Everything is counted from `enterprise_coverage`.
 */
export async function coverageDashboard(db: Db, ctx: RequestContext, q: CoverageScopeQuery): Promise<CoverageDashboard> {
  const actor = authorize(ctx, 'coverage.read');
  const { scope: s0, towns } = await scopeOf(db, actor.tenantId, q, false);
  // the trend first: it also gives the years (and the default year) without another scan
  const trendRows = await countsByYear(db, s0);
  const years = trendRows.map((r) => r.key);
  const year = q.year ?? years.at(-1) ?? null;
  if (year === null) {
    return { year: null, years, county: cellOf('county', '全县', undefined), trend: [], byTown: [], byIndustry: [], definitions: FLAG_DEFINITIONS };
  }
  const scope = { ...s0, year };
  const [townRows, divisionRows] = await Promise.all([countsByTown(db, scope), countsByDivision(db, scope)]);
  const trend = trendRows.map((r) => cellOf(String(r.key), `${r.key} 年`, r));
  const county = trend.find((c) => c.key === String(year)) ?? cellOf(String(year), `${year} 年`, undefined);
  const townById = new Map(townRows.map((r) => [r.key, r]));
  const byTown = towns.filter((t) => !scope.townId || t.id === scope.townId).map((t) => cellOf(t.code, t.name, townById.get(t.id)));
  const byIndustry = divisionRows.map((r) => cellOf(r.key, GBT4754_BY_CODE.get(r.key)?.name ?? r.key, r)).sort((a, b) => b.total - a.total || a.key.localeCompare(b.key));
  return { year, years, county: { ...county, key: 'county', name: '全县' }, trend, byTown, byIndustry, definitions: FLAG_DEFINITIONS };
}

async function taxonomyOf(db: Db, tenantId: string): Promise<CauseTaxonomy> {
  const row = await findTaxonomy(db, tenantId);
  return row ? { categories: row.categories } : DEFAULT_TAXONOMY;
}

function causeName(t: CauseTaxonomy, code: string): string {
  for (const c of t.categories) {
    if (c.code === code) return c.name;
    const s = c.subCauses.find((x) => x.code === code);
    if (s) return `${c.name}·${s.name}`;
  }
  return code;
}

type UncoveredRow = Awaited<ReturnType<typeof listUncoveredRows>>['rows'][number];
type PageWindow = { limit: number; offset: number };

/**
 * A page of uncovered enterprises in the query's scope, each with its recorded (primary) cause;
 * `list` fetches the page's rows and the total.
 */
async function uncoveredPageOf(db: Db, tenantId: string, q: UncoveredQuery, list: (s: Scope & { year: number }, page: PageWindow) => Promise<{ rows: UncoveredRow[]; total: number }>): Promise<UncoveredPage> {
  const { scope } = await scopeOf(db, tenantId, q);
  if (scope.year === undefined) return { items: [], total: 0, page: q.page, pageSize: q.pageSize, flag: q.flag, year: null };
  const s = { ...scope, year: scope.year };
  const [{ rows, total }, taxonomy] = await Promise.all([list(s, { limit: q.pageSize, offset: (q.page - 1) * q.pageSize }), taxonomyOf(db, tenantId)]);
  const causes = await primaryCauses(db, s, q.flag, rows.map((r) => r.enterpriseId));
  const causeOf = new Map(causes.map((c) => [c.enterpriseId, c]));
  return {
    items: rows.map((r) => {
      const c = causeOf.get(r.enterpriseId);
      return { ...r, causes: c ? [{ code: c.causeCode, name: causeName(taxonomy, c.causeCode) }] : [] };
    }),
    total,
    page: q.page,
    pageSize: q.pageSize,
    flag: q.flag,
    year: s.year,
  };
}

function uncoveredPage(db: Db, tenantId: string, q: UncoveredQuery, onlyIds?: string[]): Promise<UncoveredPage> {
  return uncoveredPageOf(db, tenantId, q, (s, page) => listUncoveredRows(db, s, q.flag, page, onlyIds));
}

/** Above-scale industrial enterprises not covered on a flag, with their recorded (primary) cause. */
export async function listUncovered(db: Db, ctx: RequestContext, q: UncoveredQuery): Promise<UncoveredPage> {
  const actor = authorize(ctx, 'coverage.read');
  return uncoveredPage(db, actor.tenantId, q);
}

/** One enterprise's flags per year (the enterprise itself may read its own). */
export async function enterpriseCoverage(db: Db, ctx: RequestContext, enterpriseId: string): Promise<EnterpriseCoverage> {
  const actor = authorize(ctx, 'enterprise.read');
  if (!canSeeEnterprise(actor, enterpriseId)) throw notFound();
  const rows = await listCoverageRowsOf(db, actor.tenantId, enterpriseId);
  return {
    enterpriseId,
    years: rows.map((r) => ({ year: r.year, aboveScaleIndustrial: true, flags: { patent: r.patent, rd_institution: r.rdInstitution, rd_spending: r.rdSpending, iur: r.iur, high_tech: r.highTech } })),
  };
}

export async function getTaxonomy(db: Db, ctx: RequestContext): Promise<CauseTaxonomy> {
  const actor = authorize(ctx, 'coverage.read');
  return taxonomyOf(db, actor.tenantId);
}

/** Replaces the county's cause taxonomy (codes unique across categories and sub-causes). */
export async function putTaxonomy(db: Db, ctx: RequestContext, t: CauseTaxonomy): Promise<CauseTaxonomy> {
  const actor = authorize(ctx, 'coverage.configure');
  const seen = new Set<string>();
  t.categories.forEach((c, i) => {
    for (const [code, path] of [[c.code, `categories.${i}.code`] as const, ...c.subCauses.map((s, j) => [s.code, `categories.${i}.subCauses.${j}.code`] as const)]) {
      if (seen.has(code)) throw invalid(path, `代码 ${code} 重复`, `Code ${code} is used twice`);
      seen.add(code);
    }
  });
  const before = await taxonomyOf(db, actor.tenantId);
  await db.transaction(async (tx) => {
    await saveTaxonomy(tx, actor.tenantId, t.categories);
    await recordAudit(tx, ctx, { action: 'coverage.taxonomy_saved', targetType: 'coverage_cause_taxonomy', summary: { before, after: t } });
  });
  return t;
}

/** Records why an enterprise is not covered on a flag in a year (only for enterprises that are not). */
export async function recordCause(db: Db, ctx: RequestContext, input: CauseRecordInput): Promise<CauseRecord> {
  const actor = authorize(ctx, 'coverage.record_cause');
  const taxonomy = await taxonomyOf(db, actor.tenantId);
  const cause = resolveCause(taxonomy, input.causeCode);
  if (!cause) throw invalid('causeCode', '原因不在原因分类中', 'The cause is not in the taxonomy');
  const row = await findCoverageRow(db, actor.tenantId, input.enterpriseId, input.year);
  if (!row) throw notFound();
  const covered = { patent: row.patent, rd_institution: row.rdInstitution, rd_spending: row.rdSpending, iur: row.iur, high_tech: row.highTech }[input.flag];
  if (covered) throw new AppError('coverage.already_covered');
  const saved = await db.transaction(async (tx) => {
    const r = await insertCause(tx, { tenantId: actor.tenantId, enterpriseId: input.enterpriseId, flag: input.flag, year: input.year, category: cause.category, causeCode: cause.causeCode, note: input.note ?? null, recordedBy: actor.userId });
    await recordAudit(tx, ctx, { action: 'coverage.cause_recorded', targetType: 'enterprise', targetId: input.enterpriseId, summary: { flag: input.flag, year: input.year, cause: cause.causeCode, note: input.note ?? null } });
    return r;
  });
  return { id: saved.id, enterpriseId: saved.enterpriseId, flag: saved.flag as CoverageFlag, year: saved.year, category: saved.category, causeCode: saved.causeCode, note: saved.note, recordedAt: saved.recordedAt.toISOString() };
}

/**
 * The fishbone of a flag and scope: each uncovered enterprise with a recorded cause counts once,
 * under its primary (latest) cause, so the bones add up to `withCauses`.
 */
export async function fishbone(db: Db, ctx: RequestContext, q: FishboneQuery): Promise<Fishbone> {
  const actor = authorize(ctx, 'coverage.read');
  const { scope } = await scopeOf(db, actor.tenantId, q);
  const taxonomy = await taxonomyOf(db, actor.tenantId);
  if (scope.year === undefined) return { flag: q.flag, year: null, uncovered: 0, withCauses: 0, withoutCauses: 0, bones: taxonomy.categories.map((c) => ({ code: c.code, name: c.name, count: 0, subCauses: c.subCauses.map((s) => ({ ...s, count: 0 })) })) };
  const s = { ...scope, year: scope.year };
  const [uncovered, causes] = await Promise.all([countUncovered(db, s, q.flag), primaryCauses(db, s, q.flag)]);
  const byCategory = new Map<string, number>();
  const byCode = new Map<string, number>();
  for (const c of causes) {
    byCategory.set(c.category, (byCategory.get(c.category) ?? 0) + 1);
    byCode.set(c.causeCode, (byCode.get(c.causeCode) ?? 0) + 1);
  }
  const bones = taxonomy.categories.map((c) => ({ code: c.code, name: c.name, count: byCategory.get(c.code) ?? 0, subCauses: c.subCauses.map((x) => ({ code: x.code, name: x.name, count: byCode.get(x.code) ?? 0 })) }));
  // causes recorded under a category later removed from the taxonomy still count, on their own bone
  for (const [code, n] of byCategory) if (!taxonomy.categories.some((c) => c.code === code)) bones.push({ code, name: code, count: n, subCauses: [] });
  return { flag: q.flag, year: s.year, uncovered, withCauses: causes.length, withoutCauses: uncovered - causes.length, bones };
}

/** One bone's (or sub-cause's) enterprises. */
export async function fishboneEnterprises(db: Db, ctx: RequestContext, q: FishboneEnterprisesQuery): Promise<UncoveredPage> {
  const actor = authorize(ctx, 'coverage.read');
  return uncoveredPageOf(db, actor.tenantId, q, (s, page) => listUncoveredByCause(db, s, q.flag, q.cause, page));
}

/** The uncovered list of a flag and scope as Excel (every row, up to 20,000). */
export async function exportUncovered(db: Db, ctx: RequestContext, q: Omit<UncoveredQuery, 'page' | 'pageSize'>): Promise<Buffer> {
  const actor = authorize(ctx, 'coverage.read');
  const items: UncoveredPage['items'] = [];
  let year: number | null = null;
  for (let page = 1; page <= 100; page++) {
    const res = await uncoveredPage(db, actor.tenantId, { ...q, page, pageSize: 200 });
    year = res.year;
    items.push(...res.items);
    if (items.length >= res.total || res.items.length === 0) break;
  }
  const { wb, ws } = newSheet(`${FLAG_NAMES[q.flag].zh}未覆盖企业`, [
    { header: '统一社会信用代码', key: 'code', width: 22 },
    { header: '企业名称', key: 'name', width: 36 },
    { header: '乡镇（街道）', key: 'town', width: 12 },
    { header: '行业代码', key: 'industry', width: 10 },
    { header: '年度', key: 'year', width: 8 },
    { header: '未覆盖项', key: 'flag', width: 12 },
    { header: '原因', key: 'cause', width: 30 },
  ]);
  for (const e of items) ws.addRow({ code: e.creditCode, name: e.name, town: e.townName, industry: e.industryCode, year, flag: FLAG_NAMES[q.flag].zh, cause: e.causes.map((c) => c.name).join('；') });
  return workbookBuffer(wb);
}
