import type { CandidateKind, MatchReason } from '@yunju/contracts';
import type { Explanation, MatchDocument, TermMatch } from '@yunju/match';

/**
 * Pure helpers between the database rows and packages/match: the documents the index holds, the
 * readable reasons made from the engine's explanations, and the feedback rule.
 */

/** An output as stored (type is a free string in older rows). */
export interface ExpertOutput {
  title: string;
  year: number;
  type: string;
}

const OUTPUT_TYPES = ['paper', 'patent', 'project', 'standard', 'software', 'award', 'other'] as const;
/**
 * The API's output type for a stored one: stored rows may carry a source label (the demo's
 * national-fund project types such as 面上项目); those are projects, papers or patents by name.
 */
export function outputTypeOf(stored: string): (typeof OUTPUT_TYPES)[number] {
  if ((OUTPUT_TYPES as readonly string[]).includes(stored)) return stored as (typeof OUTPUT_TYPES)[number];
  if (/专利/.test(stored)) return 'patent';
  if (/论文|期刊|会议/.test(stored)) return 'paper';
  if (/项目|基金|课题|计划/.test(stored)) return 'project';
  if (/标准/.test(stored)) return 'standard';
  if (/奖/.test(stored)) return 'award';
  return 'other';
}

/** Index ids are `<kind>:<uuid>`; demands are indexed too (experts see the problems that fit them). */
export type IndexedKind = CandidateKind | 'demand';
export const docId = (kind: IndexedKind, id: string): string => `${kind}:${id}`;
export function parseDocId(ext: string): { kind: IndexedKind; id: string } {
  const i = ext.indexOf(':');
  return { kind: ext.slice(0, i) as IndexedKind, id: ext.slice(i + 1) };
}

export interface ExpertDocSource {
  id: string;
  name: string;
  title: string;
  rank: string;
  org: string;
  orgType: string;
  region: string;
  disciplines: string[];
  fields: string[];
  outputs: ExpertOutput[];
  availability: string;
}
export interface TeamDocSource {
  id: string;
  name: string;
  org: string;
  orgType: string;
  region: string;
  fields: string[];
  description: string;
  outputs: ExpertOutput[];
  availability: string;
}
export interface ResourceDocSource {
  id: string;
  name: string;
  ownerOrg: string;
  tags: string[];
  description: string;
  availability: string;
  status: string;
}
export interface TalentDocSource {
  id: string;
  major: string;
  skills: string[];
  experience: string;
  desiredRole: string;
  education: string;
}
export interface OutputDocSource {
  id: string;
  title: string;
  ownerOrg: string;
  fields: string[];
  description: string;
  type: string;
  year: number;
}
export interface DemandDocSource {
  id: string;
  kind: string;
  title: string;
  keywords: string[];
  description: string;
  role: string | null;
  requirements: string | null;
  status: string;
  confidential: boolean;
  industryCode: string;
}

export const expertDoc = (e: ExpertDocSource): MatchDocument => ({
  id: docId('expert', e.id),
  kind: 'expert',
  keywords: [...e.fields, ...e.disciplines],
  org: e.org,
  outputs: e.outputs.map((o) => ({ title: o.title, year: o.year, type: o.type })),
  attrs: { region: e.region, rank: e.rank, orgType: e.orgType, availability: e.availability },
});
export const teamDoc = (t: TeamDocSource): MatchDocument => ({
  id: docId('team', t.id),
  kind: 'team',
  title: t.name,
  keywords: t.fields,
  body: t.description,
  org: t.org,
  outputs: t.outputs.map((o) => ({ title: o.title, year: o.year, type: o.type })),
  attrs: { region: t.region, orgType: t.orgType, availability: t.availability },
});
export const resourceDoc = (r: ResourceDocSource): MatchDocument => ({
  id: docId('resource', r.id),
  kind: 'resource',
  title: r.name,
  keywords: r.tags,
  body: r.description,
  org: r.ownerOrg,
  attrs: { availability: r.availability, status: r.status },
});
export const talentDoc = (t: TalentDocSource): MatchDocument => ({
  id: docId('talent', t.id),
  kind: 'talent',
  title: t.desiredRole,
  keywords: [t.major, ...t.skills],
  body: t.experience,
  attrs: { education: t.education },
});
export const outputDoc = (o: OutputDocSource): MatchDocument => ({
  id: docId('output', o.id),
  kind: 'output',
  title: o.title,
  keywords: o.fields,
  body: o.description,
  org: o.ownerOrg,
  attrs: { type: o.type, year: o.year },
});
export const demandDoc = (d: DemandDocSource): MatchDocument => ({
  id: docId('demand', d.id),
  kind: 'demand',
  title: d.title,
  keywords: d.keywords,
  body: [d.role, d.description, d.requirements].filter(Boolean).join('\n'),
  attrs: { demandKind: d.kind, status: d.status, confidential: d.confidential, industry: d.industryCode },
});

/** The query text of a demand (what its recommendations are ranked for). */
export const demandQuery = (d: { title: string; keywords: string[]; description: string; role?: string | null; requirements?: string | null }): string =>
  [d.title, d.keywords.join(' '), d.role ?? '', d.description, d.requirements ?? ''].filter(Boolean).join('\n');

/** The query text of an expert's profile (the problems that fit it). */
export const expertQuery = (e: Pick<ExpertDocSource, 'fields' | 'disciplines' | 'outputs'>): string =>
  [...e.fields, ...e.disciplines, ...e.outputs.slice(0, 30).map((o) => o.title)].join('\n');

/** Which candidate kinds a demand is matched with. */
export const candidateKindsFor = (demandKind: string): CandidateKind[] => (demandKind === 'talent_need' ? ['talent'] : ['expert', 'team', 'resource', 'output']);

// ───────────── reasons ─────────────

const outputTypeZh: Record<string, string> = { paper: '论文', patent: '专利', project: '项目', standard: '标准', software: '软件著作权', award: '奖励', other: '成果' };
const fieldLabel: Record<Exclude<MatchReason['field'], 'outputs' | 'feedback' | 'broker'>, Record<IndexedKind, { zh: string; en: string }>> = {
  title: {
    expert: { zh: '名称', en: 'name' },
    team: { zh: '团队名称', en: 'team name' },
    resource: { zh: '资源名称', en: 'resource name' },
    talent: { zh: '意向岗位', en: 'desired role' },
    output: { zh: '成果名称', en: 'output title' },
    demand: { zh: '需求标题', en: 'demand title' },
  },
  keywords: {
    expert: { zh: '研究方向', en: 'research fields' },
    team: { zh: '研究方向', en: 'research fields' },
    resource: { zh: '服务领域', en: 'tags' },
    talent: { zh: '专业技能', en: 'skills' },
    output: { zh: '技术领域', en: 'fields' },
    demand: { zh: '关键词', en: 'keywords' },
  },
  body: {
    expert: { zh: '简介', en: 'profile' },
    team: { zh: '团队简介', en: 'team description' },
    resource: { zh: '资源简介', en: 'description' },
    talent: { zh: '工作经历', en: 'experience' },
    output: { zh: '成果简介', en: 'description' },
    demand: { zh: '需求描述', en: 'description' },
  },
  org: {
    expert: { zh: '所在单位', en: 'organisation' },
    team: { zh: '依托单位', en: 'organisation' },
    resource: { zh: '所属单位', en: 'owner' },
    talent: { zh: '单位', en: 'organisation' },
    output: { zh: '成果单位', en: 'owner' },
    demand: { zh: '企业', en: 'enterprise' },
  },
};

const quoteZh = (terms: string[]) => terms.map((t) => `“${t}”`).join('、');
const quoteEn = (terms: string[]) => terms.map((t) => `“${t}”`).join(', ');

/**
 * The visible terms of a group: words of two or more characters; a character bigram only when it
 * is part of a longer query word (a partial match such as 变形 for 热变形) that no shown word covers.
 * Single characters and bigrams across word boundaries (化与) explain nothing to a reader.
 */
function visibleTerms(matches: TermMatch[], queryWords: ReadonlySet<string> | undefined): string[] {
  const words = [...new Set(matches.filter((m) => m.kind === 'word' && [...m.term].length >= 2).map((m) => m.term))];
  const longQueryWords = queryWords ? [...queryWords].filter((w) => [...w].length >= 3) : [];
  const bigrams = [...new Set(matches.filter((m) => m.kind === 'bigram').map((m) => m.term))].filter((b) => !words.some((w) => w.includes(b)) && longQueryWords.some((q) => q.includes(b)));
  return [...words, ...bigrams.slice(0, 3)].slice(0, 6);
}

/**
 * Turns an explanation into readable reasons: one per field (and per matched output), largest
 * contribution first. Query terms count before feedback-expansion terms, which are listed as
 * "related terms".
 */
export function reasonsOf(
  kind: IndexedKind,
  explanation: Explanation | undefined,
  outputs: readonly ExpertOutput[] = [],
  queryWords?: ReadonlySet<string>,
): { reasons: MatchReason[]; matchedTerms: string[] } {
  if (!explanation) return { reasons: [], matchedTerms: [] };
  const groups = new Map<string, { field: TermMatch['field']; output?: number | undefined; matches: TermMatch[]; weight: number }>();
  for (const m of explanation.matches) {
    if (m.expansion) continue;
    const key = m.field === 'outputs' ? `outputs:${m.output ?? -1}` : m.field;
    const g = groups.get(key) ?? { field: m.field, output: m.output, matches: [], weight: 0 };
    g.matches.push(m);
    g.weight += m.contribution;
    groups.set(key, g);
  }
  const reasons: MatchReason[] = [];
  const ordered = [...groups.values()].sort((a, b) => b.weight - a.weight);
  let outputReasons = 0;
  for (const g of ordered) {
    const terms = visibleTerms(g.matches, queryWords);
    if (terms.length === 0) continue;
    if (g.field === 'outputs') {
      if (outputReasons >= 3) continue;
      outputReasons++;
      const o = g.output !== undefined ? outputs[g.output] : undefined;
      const title = o?.title ?? explanation.bestOutput?.title ?? '';
      const typeZh = o ? (outputTypeZh[o.type] ?? o.type) : '成果';
      reasons.push({
        zh: `${o ? `${o.year} 年${typeZh}` : '成果'}《${title}》涉及${quoteZh(terms)}`,
        en: `${o ? `${outputTypeOf(o.type)} (${o.year}) ` : 'output '}“${title}” covers ${quoteEn(terms)}`,
        field: 'outputs',
        terms,
        outputTitle: title || null,
        outputYear: o?.year ?? null,
      });
    } else {
      const label = fieldLabel[g.field][kind];
      reasons.push({ zh: `${label.zh}与${quoteZh(terms)}相符`, en: `${label.en} match ${quoteEn(terms)}`, field: g.field, terms, outputTitle: null, outputYear: null });
    }
  }
  const expansion = [...new Set(explanation.matches.filter((m) => m.expansion && m.kind === 'word' && [...m.term].length >= 2).map((m) => m.term))].slice(0, 4);
  if (expansion.length && reasons.length < 5) {
    reasons.push({ zh: `相关词：${expansion.join('、')}`, en: `related terms: ${expansion.join(', ')}`, field: 'body', terms: expansion, outputTitle: null, outputYear: null });
  }
  const matchedTerms = [...new Set(reasons.flatMap((r) => (r.zh.startsWith('相关词') ? [] : r.terms)))];
  return { reasons, matchedTerms };
}

// ───────────── feedback rule ─────────────

/**
 * How accept / decline feedback changes later rankings (the rule, documented in ARCHITECTURE.md):
 *
 *   factor = 1.5^a_e × 0.4^d_e × 1.15^a_i × 0.8^d_i, clamped to [0.1, 3]
 *
 * where a_e / d_e count the accepts / declines of the same candidate by the SAME enterprise (on any
 * of its demands), and a_i / d_i those by OTHER enterprises on demands of the same industry
 * (GB/T 4754 code). The candidate's engine score is multiplied by the factor before sorting; a
 * broker's pin still puts a candidate first and a removal last.
 */
export const FEEDBACK_RULE = { enterpriseAccept: 1.5, enterpriseDecline: 0.4, industryAccept: 1.15, industryDecline: 0.8, min: 0.1, max: 3 } as const;

export interface FeedbackTally {
  enterpriseAccepts: number;
  enterpriseDeclines: number;
  industryAccepts: number;
  industryDeclines: number;
}

export function feedbackFactor(t: FeedbackTally): number {
  const r = FEEDBACK_RULE;
  const f = r.enterpriseAccept ** t.enterpriseAccepts * r.enterpriseDecline ** t.enterpriseDeclines * r.industryAccept ** t.industryAccepts * r.industryDecline ** t.industryDeclines;
  return Math.min(r.max, Math.max(r.min, f));
}

export function feedbackReason(t: FeedbackTally): MatchReason | null {
  const parts: { zh: string; en: string }[] = [];
  if (t.enterpriseAccepts) parts.push({ zh: `本企业曾 ${t.enterpriseAccepts} 次采纳`, en: `accepted ${t.enterpriseAccepts}× by this enterprise` });
  if (t.enterpriseDeclines) parts.push({ zh: `本企业曾 ${t.enterpriseDeclines} 次婉拒`, en: `declined ${t.enterpriseDeclines}× by this enterprise` });
  if (t.industryAccepts) parts.push({ zh: `同行业企业 ${t.industryAccepts} 次采纳`, en: `accepted ${t.industryAccepts}× in this industry` });
  if (t.industryDeclines) parts.push({ zh: `同行业企业 ${t.industryDeclines} 次婉拒`, en: `declined ${t.industryDeclines}× in this industry` });
  if (!parts.length) return null;
  return { zh: `对接反馈：${parts.map((p) => p.zh).join('，')}`, en: `feedback: ${parts.map((p) => p.en).join('; ')}`, field: 'feedback', terms: [], outputTitle: null, outputYear: null };
}

export interface Ranked<T> {
  item: T;
  engineScore: number;
  factor: number;
  pinned: boolean;
  removed: boolean;
}

/** Final order: pinned first, then by engine score × feedback factor, removed last; ties by id for stability. */
export function orderRecommendations<T extends { candidateId: string }>(list: Ranked<T>[]): Ranked<T>[] {
  const group = (r: Ranked<T>) => (r.pinned ? 0 : r.removed ? 2 : 1);
  return [...list].sort((a, b) => group(a) - group(b) || b.engineScore * b.factor - a.engineScore * a.factor || a.item.candidateId.localeCompare(b.item.candidateId));
}
