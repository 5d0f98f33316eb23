import type {
  ExpertDetail,
  ExpertInput,
  ExpertListQuery,
  ExpertPage,
  ExpertSummary,
  MatchTeam,
  MatchTeamInput,
  SupplyListQuery,
  TalentInput,
  TalentProfile,
  TransferOutput,
  TransferOutputInput,
  ImportKind,
  MatchImportReport,
} from '@yunju/contracts';
import type { Db } from '../../platform/db.ts';
import { authorize, type Actor, type RequestContext } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { hasPermission } from '@yunju/contracts';
import { recordAudit } from '../audit/index.ts';
import { dropMatchIndex, matchIndexFor, syncDocuments } from './match-index.service.ts';
import { ImportFileError, importTemplate, parseImportFile } from './matching-import.ts';
import { expertDoc, outputDoc, outputTypeOf, parseDocId, talentDoc, teamDoc } from './match-ranking.ts';
import {
  findExpertRow,
  findIdByCode,
  findOutputRow,
  findTalentRow,
  findTeamRow,
  findTownRow,
  hasContactSharedEngagement,
  insertExpert,
  insertOutput,
  insertTalent,
  insertTeam,
  listExpertRows,
  listOutputRows,
  listTalentRows,
  listTeamRows,
  updateExpert,
  updateOutput,
  updateTalent,
  updateTeam,
  type ExpertRow,
  type OutputWithOwner,
  type TalentWithTown,
  type TeamRow,
} from './matching.repository.ts';

const invalid = (path: string, code: string, zh: string, en: string) => new AppError('request.invalid', { fieldErrors: [{ path, code, message: zh, messageEn: en }] });

// ───────────── views ─────────────

export function expertSummaryOf(e: ExpertRow): ExpertSummary {
  return {
    id: e.id,
    code: e.code,
    name: e.name,
    title: e.title,
    rank: e.rank as ExpertSummary['rank'],
    org: e.org,
    orgType: e.orgType as ExpertSummary['orgType'],
    region: e.region,
    disciplines: e.disciplines,
    fields: e.fields,
    availability: e.availability as ExpertSummary['availability'],
    consentToContact: e.consentToContact,
    outputCount: e.outputs.length,
  };
}
function expertDetailOf(e: ExpertRow, showContact: boolean): ExpertDetail {
  return {
    ...expertSummaryOf(e),
    outputs: e.outputs.map((o) => ({ title: o.title, year: o.year, type: outputTypeOf(o.type) })),
    contact: showContact ? { phone: e.contactPhone, email: e.contactEmail } : null,
    updatedAt: e.updatedAt.toISOString(),
  };
}
export function teamOf(t: TeamRow): MatchTeam {
  return {
    id: t.id,
    code: t.code,
    name: t.name,
    org: t.org,
    orgType: t.orgType as MatchTeam['orgType'],
    region: t.region,
    leaderName: t.leaderName,
    memberCount: t.memberCount,
    fields: t.fields,
    description: t.description,
    outputs: t.outputs.map((o) => ({ title: o.title, year: o.year, type: outputTypeOf(o.type) })),
    availability: t.availability as MatchTeam['availability'],
    updatedAt: t.updatedAt.toISOString(),
  };
}
export function talentOf(t: TalentWithTown, broker: boolean): TalentProfile {
  return {
    id: t.id,
    code: t.code,
    name: t.name,
    education: t.education as TalentProfile['education'],
    major: t.major,
    skills: t.skills,
    experienceYears: t.experienceYears,
    experience: t.experience,
    desiredRole: t.desiredRole,
    desiredTownId: t.desiredTownId,
    desiredTownName: t.desiredTownName,
    desiredPlace: t.desiredPlace,
    availability: t.availability as TalentProfile['availability'],
    consentToContact: t.consentToContact,
    contactPhone: broker ? t.contactPhone : null,
    updatedAt: t.updatedAt.toISOString(),
  };
}
export function transferOutputOf(o: OutputWithOwner): TransferOutput {
  return {
    id: o.id,
    code: o.code,
    title: o.title,
    type: outputTypeOf(o.type),
    year: o.year,
    ownerOrg: o.ownerOrg,
    ownerExpertId: o.ownerExpertId,
    ownerExpertName: o.ownerExpertName,
    fields: o.fields,
    description: o.description,
    transferMode: o.transferMode as TransferOutput['transferMode'],
    askingPriceYuan: o.askingPriceYuan,
    updatedAt: o.updatedAt.toISOString(),
  };
}

/** Contact details: the expert, brokers, and an enterprise with an engagement the expert consented to. */
async function maySeeExpertContact(db: Db, actor: Actor, expertId: string): Promise<boolean> {
  if (actor.expertId === expertId || hasPermission(actor.role, 'match.broker')) return true;
  if (actor.role === 'enterprise' && actor.enterpriseId) return hasContactSharedEngagement(db, actor.tenantId, actor.enterpriseId, expertId);
  return false;
}

// ───────────── experts ─────────────

export async function listExperts(db: Db, ctx: RequestContext, q: ExpertListQuery): Promise<ExpertPage> {
  const actor = authorize(ctx, 'match.read');
  const filter = { region: q.region, rank: q.rank, orgType: q.orgType, availability: q.availability };
  if (q.q) {
    const index = await matchIndexFor(db, actor.tenantId);
    const attrs: Record<string, string> = { kind: 'expert' };
    for (const [k, v] of Object.entries(filter)) if (v) attrs[k] = v;
    const hits = index.search(q.q, { limit: 500, filter: attrs }).map((h) => parseDocId(h.id).id);
    const ids = hits.slice((q.page - 1) * q.pageSize, q.page * q.pageSize);
    const { rows } = await listExpertRows(db, actor.tenantId, { ids }, null);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return { items: ids.flatMap((id) => (byId.has(id) ? [expertSummaryOf(byId.get(id)!)] : [])), total: hits.length, page: q.page, pageSize: q.pageSize };
  }
  const { rows, total } = await listExpertRows(db, actor.tenantId, filter, q);
  return { items: rows.map(expertSummaryOf), total, page: q.page, pageSize: q.pageSize };
}

export async function getExpert(db: Db, ctx: RequestContext, id: string): Promise<ExpertDetail> {
  const actor = authorize(ctx, 'match.read');
  const e = await findExpertRow(db, actor.tenantId, id);
  if (!e) throw notFound();
  return expertDetailOf(e, await maySeeExpertContact(db, actor, e.id));
}

const expertColumns = (input: ExpertInput) => ({
  name: input.name,
  title: input.title,
  rank: input.rank,
  org: input.org,
  orgType: input.orgType,
  region: input.region,
  disciplines: input.disciplines,
  fields: input.fields,
  outputs: input.outputs,
  availability: input.availability,
  consentToContact: input.consentToContact,
  contactPhone: input.contactPhone,
  contactEmail: input.contactEmail,
});

/** Writes an expert inside a transaction (create when `id` is null); used by the routes and the import. */
export async function writeExpert(tx: Db, ctx: RequestContext, actor: Actor, id: string | null, input: ExpertInput, now: Date, audit = true): Promise<ExpertRow> {
  const other = await findIdByCode(tx, 'experts', actor.tenantId, input.code);
  if (other && other !== id) throw new AppError('matching.duplicate_code', { fieldErrors: [{ path: 'code', code: 'duplicate', message: '编码已被使用', messageEn: 'The code is already in use' }] });
  const row = id
    ? await updateExpert(tx, actor.tenantId, id, { code: input.code, ...expertColumns(input), updatedAt: now })
    : await insertExpert(tx, { tenantId: actor.tenantId, code: input.code, ...expertColumns(input), updatedAt: now });
  if (audit) await recordAudit(tx, ctx, { action: id ? 'matching.expert_updated' : 'matching.expert_created', targetType: 'expert', targetId: row.id, summary: { code: row.code } });
  return row;
}

export async function createExpert(db: Db, ctx: RequestContext, input: ExpertInput, now: Date): Promise<ExpertDetail> {
  const actor = authorize(ctx, 'profile.manage');
  const row = await db.transaction((tx) => writeExpert(tx, ctx, actor, null, input, now));
  syncDocuments(db, actor.tenantId, [expertDoc(row)]);
  return expertDetailOf(row, true);
}

export async function updateExpertProfile(db: Db, ctx: RequestContext, id: string, input: ExpertInput, now: Date): Promise<ExpertDetail> {
  const actor = authorize(ctx, 'profile.manage');
  const row = await db.transaction(async (tx) => {
    if (!(await findExpertRow(tx, actor.tenantId, id))) throw notFound();
    return writeExpert(tx, ctx, actor, id, input, now);
  });
  syncDocuments(db, actor.tenantId, [expertDoc(row)]);
  return expertDetailOf(row, true);
}

function ownExpertId(ctx: RequestContext): { actor: Actor; expertId: string } {
  const actor = authorize(ctx, 'profile.edit_own');
  if (!actor.expertId) throw new AppError('matching.no_profile');
  return { actor, expertId: actor.expertId };
}

export async function getMyProfile(db: Db, ctx: RequestContext): Promise<ExpertDetail> {
  const { actor, expertId } = ownExpertId(ctx);
  const e = await findExpertRow(db, actor.tenantId, expertId);
  if (!e) throw new AppError('matching.no_profile');
  return expertDetailOf(e, true);
}

/** The expert edits its own profile (the code stays as the bureau set it). */
export async function updateMyProfile(db: Db, ctx: RequestContext, input: ExpertInput, now: Date): Promise<ExpertDetail> {
  const { actor, expertId } = ownExpertId(ctx);
  const row = await db.transaction(async (tx) => {
    const e = await findExpertRow(tx, actor.tenantId, expertId);
    if (!e) throw new AppError('matching.no_profile');
    const r = await updateExpert(tx, actor.tenantId, expertId, { ...expertColumns(input), updatedAt: now });
    await recordAudit(tx, ctx, { action: 'matching.profile_updated', targetType: 'expert', targetId: expertId, summary: { consentToContact: { before: e.consentToContact, after: r.consentToContact } } });
    return r;
  });
  syncDocuments(db, actor.tenantId, [expertDoc(row)]);
  return expertDetailOf(row, true);
}

// ───────────── teams ─────────────

export async function listTeams(db: Db, ctx: RequestContext, q: SupplyListQuery) {
  const actor = authorize(ctx, 'match.read');
  const { rows, total } = await listTeamRows(db, actor.tenantId, q.q, q);
  return { items: rows.map(teamOf), total, page: q.page, pageSize: q.pageSize };
}
export async function getTeam(db: Db, ctx: RequestContext, id: string): Promise<MatchTeam> {
  const actor = authorize(ctx, 'match.read');
  const t = await findTeamRow(db, actor.tenantId, id);
  if (!t) throw notFound();
  return teamOf(t);
}
export async function writeTeam(tx: Db, ctx: RequestContext, actor: Actor, id: string | null, input: MatchTeamInput, now: Date, audit = true): Promise<TeamRow> {
  const other = await findIdByCode(tx, 'teams', actor.tenantId, input.code);
  if (other && other !== id) throw new AppError('matching.duplicate_code', { fieldErrors: [{ path: 'code', code: 'duplicate', message: '编码已被使用', messageEn: 'The code is already in use' }] });
  const row = id ? await updateTeam(tx, actor.tenantId, id, { ...input, updatedAt: now }) : await insertTeam(tx, { tenantId: actor.tenantId, ...input, updatedAt: now });
  if (audit) await recordAudit(tx, ctx, { action: id ? 'matching.team_updated' : 'matching.team_created', targetType: 'match_team', targetId: row.id, summary: { code: row.code } });
  return row;
}
export async function saveTeam(db: Db, ctx: RequestContext, id: string | null, input: MatchTeamInput, now: Date): Promise<MatchTeam> {
  const actor = authorize(ctx, 'profile.manage');
  const row = await db.transaction(async (tx) => {
    if (id && !(await findTeamRow(tx, actor.tenantId, id))) throw notFound();
    return writeTeam(tx, ctx, actor, id, input, now);
  });
  syncDocuments(db, actor.tenantId, [teamDoc(row)]);
  return teamOf(row);
}

// ───────────── talents ─────────────

export async function listTalents(db: Db, ctx: RequestContext, q: SupplyListQuery) {
  const actor = authorize(ctx, 'match.read');
  const broker = hasPermission(actor.role, 'match.broker');
  const { rows, total } = await listTalentRows(db, actor.tenantId, q.q, q);
  return { items: rows.map((r) => talentOf(r, broker)), total, page: q.page, pageSize: q.pageSize };
}
export async function getTalent(db: Db, ctx: RequestContext, id: string): Promise<TalentProfile> {
  const actor = authorize(ctx, 'match.read');
  const t = await findTalentRow(db, actor.tenantId, id);
  if (!t) throw notFound();
  return talentOf(t, hasPermission(actor.role, 'match.broker'));
}
export async function writeTalent(tx: Db, ctx: RequestContext, actor: Actor, id: string | null, input: TalentInput, now: Date, audit = true): Promise<TalentWithTown> {
  const other = await findIdByCode(tx, 'talents', actor.tenantId, input.code);
  if (other && other !== id) throw new AppError('matching.duplicate_code', { fieldErrors: [{ path: 'code', code: 'duplicate', message: '编码已被使用', messageEn: 'The code is already in use' }] });
  let townName: string | null = null;
  if (input.desiredTownId) {
    const town = await findTownRow(tx, actor.tenantId, input.desiredTownId);
    if (!town) throw invalid('desiredTownId', 'not_found', '乡镇（街道）不存在', 'No such town');
    townName = town.name;
  }
  const row = id ? await updateTalent(tx, actor.tenantId, id, { ...input, updatedAt: now }) : await insertTalent(tx, { tenantId: actor.tenantId, ...input, updatedAt: now });
  if (audit) await recordAudit(tx, ctx, { action: id ? 'matching.talent_updated' : 'matching.talent_created', targetType: 'talent', targetId: row.id, summary: { code: row.code } });
  return { ...row, desiredTownName: townName };
}
export async function saveTalent(db: Db, ctx: RequestContext, id: string | null, input: TalentInput, now: Date): Promise<TalentProfile> {
  const actor = authorize(ctx, 'profile.manage');
  const row = await db.transaction(async (tx) => {
    if (id && !(await findTalentRow(tx, actor.tenantId, id))) throw notFound();
    return writeTalent(tx, ctx, actor, id, input, now);
  });
  syncDocuments(db, actor.tenantId, [talentDoc(row)]);
  return talentOf(row, true);
}

function ownTalentId(ctx: RequestContext): { actor: Actor; talentId: string } {
  const actor = authorize(ctx, 'talent.edit_own');
  if (!actor.talentId) throw new AppError('matching.no_talent_profile');
  return { actor, talentId: actor.talentId };
}

/** The signed-in talent's own profile, with its phone. */
export async function getMyTalentProfile(db: Db, ctx: RequestContext): Promise<TalentProfile> {
  const { actor, talentId } = ownTalentId(ctx);
  const row = await findTalentRow(db, actor.tenantId, talentId);
  if (!row) throw new AppError('matching.no_talent_profile');
  return talentOf(row, true);
}

/** The talent edits its own profile (the code stays as the bureau set it); audited, re-indexed. */
export async function updateMyTalentProfile(db: Db, ctx: RequestContext, input: TalentInput, now: Date): Promise<TalentProfile> {
  const { actor, talentId } = ownTalentId(ctx);
  const row = await db.transaction(async (tx) => {
    const before = await findTalentRow(tx, actor.tenantId, talentId);
    if (!before) throw new AppError('matching.no_talent_profile');
    const r = await writeTalent(tx, ctx, actor, talentId, { ...input, code: before.code }, now, false);
    await recordAudit(tx, ctx, {
      action: 'matching.talent_profile_updated',
      targetType: 'talent',
      targetId: talentId,
      summary: { consentToContact: { before: before.consentToContact, after: r.consentToContact }, availability: { before: before.availability, after: r.availability } },
    });
    return r;
  });
  syncDocuments(db, actor.tenantId, [talentDoc(row)]);
  return talentOf(row, true);
}

// ───────────── research outputs for transfer ─────────────

export async function listTransferOutputs(db: Db, ctx: RequestContext, q: SupplyListQuery) {
  const actor = authorize(ctx, 'match.read');
  const { rows, total } = await listOutputRows(db, actor.tenantId, q.q, q);
  return { items: rows.map(transferOutputOf), total, page: q.page, pageSize: q.pageSize };
}
export async function getTransferOutput(db: Db, ctx: RequestContext, id: string): Promise<TransferOutput> {
  const actor = authorize(ctx, 'match.read');
  const o = await findOutputRow(db, actor.tenantId, id);
  if (!o) throw notFound();
  return transferOutputOf(o);
}
export async function writeTransferOutput(tx: Db, ctx: RequestContext, actor: Actor, id: string | null, input: TransferOutputInput, now: Date, audit = true): Promise<OutputWithOwner> {
  const other = await findIdByCode(tx, 'outputs', actor.tenantId, input.code);
  if (other && other !== id) throw new AppError('matching.duplicate_code', { fieldErrors: [{ path: 'code', code: 'duplicate', message: '编码已被使用', messageEn: 'The code is already in use' }] });
  let ownerName: string | null = null;
  if (input.ownerExpertId) {
    const e = await findExpertRow(tx, actor.tenantId, input.ownerExpertId);
    if (!e) throw invalid('ownerExpertId', 'not_found', '专家不存在', 'No such expert');
    ownerName = e.name;
  }
  const row = id ? await updateOutput(tx, actor.tenantId, id, { ...input, updatedAt: now }) : await insertOutput(tx, { tenantId: actor.tenantId, ...input, updatedAt: now });
  if (audit) await recordAudit(tx, ctx, { action: id ? 'matching.output_updated' : 'matching.output_created', targetType: 'match_output', targetId: row.id, summary: { code: row.code } });
  return { ...row, ownerExpertName: ownerName };
}
export async function saveTransferOutput(db: Db, ctx: RequestContext, id: string | null, input: TransferOutputInput, now: Date): Promise<TransferOutput> {
  const actor = authorize(ctx, 'profile.manage');
  const row = await db.transaction(async (tx) => {
    if (id && !(await findOutputRow(tx, actor.tenantId, id))) throw notFound();
    return writeTransferOutput(tx, ctx, actor, id, input, now);
  });
  syncDocuments(db, actor.tenantId, [outputDoc(row)]);
  return transferOutputOf(row);
}


// ───────────── bulk import (all or nothing) ─────────────

/**
 * Imports profiles from Excel or JSON Lines: every row is validated first; any rejected row
 * (or a code clash with another kind's rule) means nothing is written and the report lists each
 * rejected row, field, value and reason. Otherwise one transaction creates or updates by code,
 * with one audit row; the match index is rebuilt on next use.
 */
export async function importProfiles(db: Db, ctx: RequestContext, kind: ImportKind, readFile: () => Promise<{ fileName: string; data: Buffer }>, now: Date): Promise<MatchImportReport> {
  const actor = authorize(ctx, 'profile.manage');
  const file = await readFile();
  let parsed;
  try {
    parsed = await parseImportFile(kind, file.fileName, file.data);
  } catch (err) {
    if (err instanceof ImportFileError) throw new AppError('matching.import_file_invalid');
    throw err;
  }
  const report: MatchImportReport = { kind, format: parsed.format, committed: false, totalRows: parsed.totalRows, created: 0, updated: 0, rejected: parsed.rejected };
  if (parsed.rejected.length || parsed.rows.length === 0) return report;
  try {
    await db.transaction(async (tx) => {
      for (const { row, input } of parsed.rows) {
        const id = (await findIdByCode(tx, kind, actor.tenantId, input.code)) ?? null;
        try {
          if (kind === 'experts') await writeExpert(tx, ctx, actor, id, input as ExpertInput, now, false);
          else if (kind === 'teams') await writeTeam(tx, ctx, actor, id, input as MatchTeamInput, now, false);
          else if (kind === 'talents') await writeTalent(tx, ctx, actor, id, input as TalentInput, now, false);
          else await writeTransferOutput(tx, ctx, actor, id, input as TransferOutputInput, now, false);
        } catch (err) {
          if (err instanceof AppError && err.fieldErrors?.length) {
            const fe = err.fieldErrors[0]!;
            report.rejected.push({ row, field: fe.path, column: fe.path, value: String((input as Record<string, unknown>)[fe.path] ?? ''), reasonZh: fe.message, reasonEn: fe.messageEn });
          } else throw err;
        }
        if (id) report.updated++;
        else report.created++;
      }
      if (report.rejected.length) throw new RollbackImport();
      await recordAudit(tx, ctx, { action: 'matching.profiles_imported', targetType: 'match_import', targetId: null, summary: { kind, format: parsed.format, created: report.created, updated: report.updated } });
    });
  } catch (err) {
    if (err instanceof RollbackImport) return { ...report, created: 0, updated: 0 };
    throw err;
  }
  dropMatchIndex(db, actor.tenantId);
  return { ...report, committed: true };
}

class RollbackImport extends Error {}

/** The Excel template of one kind (brokers). */
export async function importTemplateFor(ctx: RequestContext, kind: ImportKind): Promise<Buffer> {
  authorize(ctx, 'profile.manage');
  return importTemplate(kind);
}
