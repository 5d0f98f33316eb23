import type { EnterpriseListQuery, StatsImportReport } from '@yunju/contracts';
import type { Db } from '../../platform/db.ts';
import { authorize, type RequestContext } from '../../platform/context.ts';
import { recordAudit } from '../audit/index.ts';
import { buildEnterpriseListWorkbook, buildStatsWorkbook, parseStatsWorkbook } from './enterprise-excel.ts';
import { findStatsRows, listStatsForYear, mapCreditCodesToIds, refreshCoverage, upsertStatsRows, type StatsInsert } from './enterprise-file.repository.ts';
import { listEnterprises } from './enterprises.service.ts';
import { qualificationNameZh } from './qualification-names.ts';

const STAT_FIELDS = ['revenueFen', 'rdSpendingFen', 'highTechRevenueFen', 'exportFen', 'employees', 'rdStaff', 'techStaff', 'inventionApplied', 'inventionGranted', 'utilityApplied', 'utilityGranted', 'validInventionPatents'] as const;

/** The latest year statistics may be imported for: the current year in Beijing time. */
const currentYear = (now: Date) => new Date(now.getTime() + 8 * 3600_000).getUTCFullYear();

/**
 * Imports yearly statistics: all or nothing — any bad row and nothing is written, every bad row is
 * reported (row, column, value, reason). Idempotent by credit code + year. Coverage flags of the
 * enterprises touched are recomputed in the same transaction; one audit row records the import.
 */
export async function importStats(db: Db, ctx: RequestContext, readFile: () => Promise<Buffer>, now = new Date()): Promise<StatsImportReport> {
  const actor = authorize(ctx, 'enterprise.manage');
  const file = await readFile();
  let ids = new Map<string, string>();
  const parsed = await parseStatsWorkbook(
    file,
    async (codes) => {
      ids = await mapCreditCodesToIds(db, actor.tenantId, codes);
      return new Set(ids.keys());
    },
    currentYear(now),
  );
  const years = [...new Set(parsed.rows.map((r) => r.year))].sort();
  if (parsed.rejected.length > 0) {
    return { committed: false, totalRows: parsed.totalRows, created: 0, updated: 0, unchanged: 0, rejected: parsed.rejected, years };
  }
  const rows: StatsInsert[] = parsed.rows.map((r) => ({ tenantId: actor.tenantId, enterpriseId: ids.get(r.creditCode)!, year: r.year, ...r.stats }));
  return db.transaction(async (tx) => {
    const existing = await findStatsRows(tx, actor.tenantId, rows.map((r) => ({ enterpriseId: r.enterpriseId, year: r.year })));
    let created = 0;
    let updated = 0;
    let unchanged = 0;
    const changed: StatsInsert[] = [];
    for (const r of rows) {
      const old = existing.get(`${r.enterpriseId}:${r.year}`);
      if (!old) created++;
      else if (STAT_FIELDS.every((f) => old[f] === r[f])) {
        unchanged++;
        continue;
      } else updated++;
      changed.push(r);
    }
    await upsertStatsRows(tx, changed);
    await refreshCoverage(tx, actor.tenantId, [...new Set(changed.map((r) => r.enterpriseId))]);
    await recordAudit(tx, ctx, {
      action: 'enterprise.stats_imported',
      targetType: 'enterprise_yearly_stats',
      summary: { totalRows: parsed.totalRows, created, updated, unchanged, years, changed: changed.slice(0, 200).map((r) => ({ enterpriseId: r.enterpriseId, year: r.year })) },
    });
    return { committed: true, totalRows: parsed.totalRows, created, updated, unchanged, rejected: [], years };
  });
}

export async function exportStats(db: Db, ctx: RequestContext, year: number): Promise<Buffer> {
  const actor = authorize(ctx, 'enterprise.manage');
  const rows = await listStatsForYear(db, actor.tenantId, year);
  return buildStatsWorkbook(rows.map((r) => ({ creditCode: r.creditCode, year: r.s.year, stats: r.s })));
}

export async function statsTemplate(ctx: RequestContext): Promise<Buffer> {
  authorize(ctx, 'enterprise.manage');
  return buildStatsWorkbook([]);
}

/** Any list view of enterprises (same filters as the list), up to 20,000 rows. */
export async function exportEnterpriseList(db: Db, ctx: RequestContext, q: EnterpriseListQuery): Promise<Buffer> {
  const items = [];
  for (let page = 1; page <= 100; page++) {
    const res = await listEnterprises(db, ctx, { ...q, page, pageSize: 200 });
    items.push(...res.items);
    if (items.length >= res.total || res.items.length === 0) break;
  }
  return buildEnterpriseListWorkbook(items, qualificationNameZh);
}
