import fs from 'node:fs';
import PDFDocument from 'pdfkit';
import type { Assessment, AssessmentRow, AssessmentWeights, CoverageFlag } from '@yunju/contracts';
import type { Db } from '../../platform/db.ts';
import { authorize, type RequestContext } from '../../platform/context.ts';
import { newSheet, workbookBuffer } from '../../platform/excel.ts';
import { recordAudit } from '../audit/index.ts';
import { FLAG_NAMES } from './coverage-definitions.ts';
import { targetOf } from './coverage-tasks.service.ts';
import { countCoveredAmong, findWeights, listDepartmentRows, listTargetRows, listTaskRows, listTownRows, saveWeights } from './coverage.repository.ts';

/** Default weights: completion of targets counts most (a county may change them). */
export const DEFAULT_WEIGHTS: AssessmentWeights = { completion: 60, improvement: 25, tasksOnTime: 15 };
export const CJK_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

const clamp01 = (x: number) => Math.max(0, Math.min(1, x));
const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;

async function weightsOf(db: Db, tenantId: string): Promise<AssessmentWeights> {
  const w = await findWeights(db, tenantId);
  return w ? { completion: w.completion, improvement: w.improvement, tasksOnTime: w.tasksOnTime } : DEFAULT_WEIGHTS;
}

/**
 * Scores each town and department that has targets in the year:
 * completion = mean over its targets of min(1, actual ÷ target);
 * improvement = mean of the gain over last year as a share of the gap the target set
 *   (min(1, (actual − baseline) ÷ (target − baseline)); 1 when the baseline already met the target; 0 without a baseline);
 * tasksOnTime = share of its tasks (the department's, or those linked to the town's targets) due by today
 *   that are fully covered; 1 when none is due yet.
 * score = 100 × weighted mean; ranked by score, then name.
 */
export async function computeAssessment(db: Db, tenantId: string, year: number, now = new Date()): Promise<Assessment> {
  const [weights, targets, towns, departments, tasks] = await Promise.all([weightsOf(db, tenantId), listTargetRows(db, tenantId, year), listTownRows(db, tenantId), listDepartmentRows(db, tenantId), listTaskRows(db, tenantId, { year })]);
  const names = new Map<string, string>([...towns.map((t) => [t.id, t.name] as const), ...departments.map((d) => [d.id, d.name] as const)]);
  const today = new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
  const evaluated = await Promise.all(targets.map((t) => targetOf(db, tenantId, t, names)));
  const scopes = new Map<string, { scopeType: 'town' | 'department'; items: typeof evaluated }>();
  for (const t of evaluated) {
    const s = scopes.get(t.scopeId) ?? { scopeType: t.scopeType, items: [] };
    s.items.push(t);
    scopes.set(t.scopeId, s);
  }
  const totalWeight = weights.completion + weights.improvement + weights.tasksOnTime;
  const rows: Omit<AssessmentRow, 'rank'>[] = [];
  for (const [scopeId, s] of scopes) {
    const completion = s.items.reduce((a, t) => a + (t.targetRate > 0 ? clamp01(t.actualRate / t.targetRate) : 1), 0) / s.items.length;
    const improvement =
      s.items.reduce((a, t) => {
        if (t.baselineRate === null) return a;
        if (t.baselineRate >= t.targetRate) return a + 1;
        return a + clamp01((t.actualRate - t.baselineRate) / (t.targetRate - t.baselineRate));
      }, 0) / s.items.length;
    const targetIds = new Set(s.items.map((t) => t.id));
    const mine = tasks.filter((r) => (s.scopeType === 'department' ? r.t.departmentId === scopeId : r.t.targetId !== null && targetIds.has(r.t.targetId)) && r.t.dueOn <= today);
    let onTime = 0;
    for (const r of mine) {
      const covered = await countCoveredAmong(db, tenantId, r.t.year, r.t.flag as CoverageFlag, r.t.enterpriseIds);
      if (covered >= r.t.enterpriseIds.length) onTime++;
    }
    const tasksOnTime = mine.length ? onTime / mine.length : 1;
    const score = totalWeight ? (100 * (weights.completion * completion + weights.improvement * improvement + weights.tasksOnTime * tasksOnTime)) / totalWeight : 0;
    rows.push({ scopeType: s.scopeType, scopeId, name: names.get(scopeId) ?? '', targets: s.items.length, completion: round(completion), improvement: round(improvement), tasksOnTime: round(tasksOnTime), score: round(score, 2) });
  }
  rows.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'zh-CN'));
  return { year, weights, rows: rows.map((r, i) => ({ ...r, rank: i + 1 })), generatedAt: now.toISOString() };
}

export async function getAssessment(db: Db, ctx: RequestContext, year: number): Promise<Assessment> {
  const actor = authorize(ctx, 'coverage.read');
  return computeAssessment(db, actor.tenantId, year);
}

export async function putWeights(db: Db, ctx: RequestContext, w: AssessmentWeights): Promise<AssessmentWeights> {
  const actor = authorize(ctx, 'coverage.configure');
  const before = await weightsOf(db, actor.tenantId);
  await db.transaction(async (tx) => {
    await saveWeights(tx, actor.tenantId, w);
    await recordAudit(tx, ctx, { action: 'coverage.weights_saved', targetType: 'coverage_assessment_weights', summary: { before, after: w } });
  });
  return w;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const scopeZh = { town: '乡镇（街道）', department: '部门' } as const;

export async function assessmentWorkbook(db: Db, ctx: RequestContext, year: number): Promise<Buffer> {
  const a = await getAssessment(db, ctx, year);
  const { wb, ws } = newSheet(`${year}年度考核`, [
    { header: '名次', key: 'rank', width: 6 },
    { header: '类别', key: 'type', width: 12 },
    { header: '单位', key: 'name', width: 28 },
    { header: '目标数', key: 'targets', width: 8 },
    { header: `目标完成度（权重 ${a.weights.completion}）`, key: 'completion', width: 20 },
    { header: `较上年提升（权重 ${a.weights.improvement}）`, key: 'improvement', width: 20 },
    { header: `任务按期完成（权重 ${a.weights.tasksOnTime}）`, key: 'tasks', width: 22 },
    { header: '得分', key: 'score', width: 8 },
  ]);
  for (const r of a.rows) ws.addRow({ rank: r.rank, type: scopeZh[r.scopeType], name: r.name, targets: r.targets, completion: pct(r.completion), improvement: pct(r.improvement), tasks: pct(r.tasksOnTime), score: r.score });
  return workbookBuffer(wb);
}

/** A printable A4 report (Noto Sans CJK). */
export async function assessmentPdf(db: Db, ctx: RequestContext, year: number, countyName = ''): Promise<Buffer> {
  const a = await getAssessment(db, ctx, year);
  const targets = await listTargetRows(db, ctx.actor!.tenantId, year);
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `${year} 年度五个全覆盖工作考核结果`, Author: '云局' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  if (fs.existsSync(CJK_FONT)) {
    doc.registerFont('cjk', CJK_FONT, 'NotoSansCJKsc-Regular');
    doc.font('cjk');
  }
  doc.fontSize(18).text(`${countyName}${year} 年度“五个全覆盖”工作考核结果`, { align: 'center' });
  doc.moveDown(0.5).fontSize(10).fillColor('#555').text(`评分权重：目标完成度 ${a.weights.completion}，较上年提升 ${a.weights.improvement}，任务按期完成 ${a.weights.tasksOnTime}；考核目标 ${targets.length} 项。生成时间（北京时间）：${new Date(Date.parse(a.generatedAt) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ')}`, { align: 'left' }).fillColor('black');
  doc.moveDown(1);
  const cols = [40, 70, 150, 50, 70, 70, 70, 45];
  const heads = ['名次', '类别', '单位', '目标数', '完成度', '提升', '按期', '得分'];
  const drawRow = (cells: string[], bold = false) => {
    const y = doc.y;
    let x = doc.page.margins.left;
    doc.fontSize(bold ? 10.5 : 10);
    cells.forEach((c, i) => {
      doc.text(c, x, y, { width: (cols[i] ?? 50) - 4, lineBreak: false, ellipsis: true });
      x += cols[i] ?? 50;
    });
    doc.moveDown(0.4);
    doc.x = doc.page.margins.left;
    if (doc.y > doc.page.height - 80) doc.addPage();
  };
  drawRow(heads, true);
  for (const r of a.rows) drawRow([String(r.rank), scopeZh[r.scopeType], r.name, String(r.targets), pct(r.completion), pct(r.improvement), pct(r.tasksOnTime), r.score.toFixed(2)]);
  if (a.rows.length === 0) doc.text('本年度尚未设定考核目标。');
  doc.moveDown(1).fontSize(9).fillColor('#555');
  doc.text(`说明：完成度 = 实际覆盖率 ÷ 目标覆盖率（封顶 100%）；提升 = 较上年的提高幅度占目标差距的比例；按期 = 已到期任务中企业全部覆盖的比例。覆盖率均由企业档案数据自动计算（${Object.values(FLAG_NAMES).map((f) => f.zh).join('、')}）。`);
  doc.end();
  return done;
}
