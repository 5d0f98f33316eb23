import fs from 'node:fs';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import type { SearchField, SearchHighlight } from '@yunju/contracts';

/*
 * Chinese search support for the catalogue (docs/adr/0005-catalogue-search.md). Everything here is
 * deterministic and database-free: segmentation (jieba + the science-and-technology dictionary),
 * normalisation, synonym expansion, tsquery building, pinyin initials and highlight ranges.
 * PostgreSQL only sees space-separated tokens (to_tsvector('simple', …)).
 */

/** Terms of the user dictionary (without frequencies), also scanned for as substrings when indexing. */
export const userDictTerms: readonly string[] = fs
  .readFileSync(new URL('./data/sci-tech-dict.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => l.split(/\s+/)[0]!);

/**
 * Abbreviations and synonyms: each group is a set of equivalent terms. A query term in a group
 * also matches every other member (query-time expansion; the index holds the text's own words).
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['高新技术企业', '高企', '国家高新技术企业'],
  ['科技型中小企业', '科小', '科技型中小'],
  ['专精特新小巨人', '小巨人'],
  ['研发费用加计扣除', '加计扣除'],
  ['知识产权质押融资', '知识产权质押', '专利质押', '质押融资'],
  ['技术合同登记', '技术合同认定登记'],
  ['产学研合作', '产学研'],
  ['技术改造', '技改'],
  ['科技企业孵化器', '孵化器'],
  ['科技创新券', '创新券'],
  ['科技成果转化', '成果转化'],
  ['规上企业', '规上工业企业', '规模以上工业企业'],
  ['首台套', '首台(套)'],
  ['知识产权管理规范贯标', '贯标'],
];

const synonymsByTerm = new Map<string, readonly string[]>();
for (const group of SYNONYM_GROUPS) for (const term of group) synonymsByTerm.set(term, group);

let segmenter: Jieba | undefined;
function jieba(): Jieba {
  if (!segmenter) {
    segmenter = Jieba.withDict(dict);
    const lines = fs.readFileSync(new URL('./data/sci-tech-dict.txt', import.meta.url), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
    segmenter.loadDict(Buffer.from(lines.join('\n')));
  }
  return segmenter;
}

const toSimplified = (() => {
  const tw = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const hk = OpenCC.Converter({ from: 'hk', to: 'cn' });
  return (s: string) => hk(tw(s));
})();

/** Full-width → half-width and ASCII lower-case, one UTF-16 unit for one (offsets survive). */
export function foldWidthAndCase(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    else if (c === 0x3000) c = 0x20;
    if (c >= 0x41 && c <= 0x5a) c += 32;
    out += String.fromCharCode(c);
  }
  return out;
}

/** Normalises user text for search: traditional → simplified, full-width → half-width, lower-case, spaces collapsed. */
export function normalizeText(s: string): string {
  return foldWidthAndCase(toSimplified(s)).replace(/\s+/g, ' ').trim();
}

/** Splits a token into runs of Han and of other letters/digits; drops everything else (punctuation, tsquery operators). */
export function lexemesOf(token: string): string[] {
  return token.match(/\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu) ?? [];
}

/** Index tokens of a text: jieba's search-mode cut plus every dictionary term the text contains. */
export function tokensForIndex(text: string): string[] {
  const normalized = normalizeText(text);
  if (!normalized) return [];
  const tokens = jieba().cutForSearch(normalized, true).flatMap(lexemesOf);
  for (const term of userDictTerms) if (normalized.includes(term.toLowerCase())) tokens.push(...lexemesOf(term.toLowerCase()));
  return tokens;
}

/** Pinyin initials per character of a name: letters (a–z, digits kept) and which character each came from. */
export function initialsOf(name: string): { letters: string; charIndex: number[] } {
  const chars = [...name];
  let firsts: string[] = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array' });
  if (firsts.length !== chars.length) firsts = chars.map((c) => pinyin(c, { pattern: 'first', toneType: 'none', type: 'array' })[0] ?? '');
  let letters = '';
  const charIndex: number[] = [];
  let offset = 0;
  chars.forEach((c, i) => {
    const f = foldWidthAndCase(firsts[i] ?? '').replace(/[^a-z0-9]/g, '');
    for (const l of f.slice(0, 1)) {
      letters += l;
      charIndex.push(offset);
    }
    offset += c.length;
  });
  return { letters, charIndex };
}

export interface SearchColumns {
  searchNameTokens: string;
  searchMainTokens: string;
  searchRestTokens: string;
  nameInitials: string;
}

const joinTokens = (texts: string[]) => texts.flatMap(tokensForIndex).join(' ');

/** Search columns of a service item: name (A) ≫ conditions and materials (B) > description and legal basis (C). */
export function itemSearchColumns(item: { name: string; conditions: string[]; materials: { name: string }[]; description: string; legalBasis: string }): SearchColumns {
  return {
    searchNameTokens: joinTokens([item.name]),
    searchMainTokens: joinTokens([...item.conditions, ...item.materials.map((m) => m.name)]),
    searchRestTokens: joinTokens([item.description, item.legalBasis]),
    nameInitials: initialsOf(item.name).letters,
  };
}

/** Search columns of a resource: name (A) ≫ tags and owner (B) > description and address (C). */
export function resourceSearchColumns(r: { name: string; tags: string[]; ownerOrg: string; description: string; address: string }): SearchColumns {
  return {
    searchNameTokens: joinTokens([r.name]),
    searchMainTokens: joinTokens([...r.tags, r.ownerOrg]),
    searchRestTokens: joinTokens([r.description, r.address]),
    nameInitials: initialsOf(r.name).letters,
  };
}

// ───────────── queries ─────────────

const STOP_WORDS = new Set(['的', '了', '和', '与', '及', '或', '等', '在', '对', '为', '是', '怎么', '如何', '办理', '申请', '哪里', '什么']);

/** One word of the query: matched when any alternative (an AND of lexemes) matches. */
export interface QueryGroup {
  term: string;
  /** The term itself, its synonyms, and its finer sub-words, each an AND of lexemes. */
  alternatives: string[][];
  /** Whole-word forms to highlight: the term and its synonyms. */
  forms: string[];
}

export interface ParsedQuery {
  normalized: string;
  /** The query without spaces, for the exact-phrase bonus. */
  phrase: string;
  /** Exact phrases that earn the bonus: the query, and the synonyms of a one-word query (高企 → 高新技术企业). */
  phrases: string[];
  groups: QueryGroup[];
  /** Lower-case letters when the query can be pinyin initials (gxjs), else null. */
  initials: string | null;
  expandedTerms: string[];
}

function alternativesOf(term: string): { alternatives: string[][]; forms: string[] } {
  const forms = [...(synonymsByTerm.get(term) ?? [term])];
  if (!forms.includes(term)) forms.unshift(term);
  const seen = new Set<string>();
  const alternatives: string[][] = [];
  const add = (lexemes: string[]) => {
    const key = lexemes.join('&');
    if (lexemes.length && !seen.has(key)) {
      seen.add(key);
      alternatives.push(lexemes);
    }
  };
  for (const form of forms) {
    const f = normalizeText(form);
    add(lexemesOf(f));
    // Text may have been segmented differently: the finer words of a long term, all required.
    const finer = jieba().cutForSearch(f, true).flatMap(lexemesOf).filter((x) => x !== f);
    if (f.length > 2 && finer.length > 1) add([...new Set(finer)]);
  }
  return { alternatives, forms: forms.map(normalizeText) };
}

/** Segments and expands a query. */
export function parseQuery(raw: string): ParsedQuery {
  const normalized = normalizeText(raw);
  const words = jieba()
    .cut(normalized, true)
    .flatMap(lexemesOf)
    .filter((w) => !STOP_WORDS.has(w));
  const unique = [...new Set(words)];
  const groups = unique.map((term) => ({ term, ...alternativesOf(term) }));
  const compact = normalized.replace(/\s+/g, '');
  const expandedTerms = [...new Set(groups.flatMap((g) => g.forms.filter((f) => f !== g.term)))];
  const phrases = [...new Set([compact, ...(groups.length === 1 ? groups[0]!.forms : [])])].filter((p) => p.length >= 2);
  return { normalized, phrase: compact, phrases, groups, initials: /^[a-z]{2,30}$/.test(compact) ? compact : null, expandedTerms };
}

const group = (g: QueryGroup) => `(${g.alternatives.map((a) => (a.length === 1 ? a[0]! : `(${a.join(' & ')})`)).join(' | ')})`;

/**
 * The tsquery text (for to_tsquery('simple', …)): every word required (`and`) or any word
 * (`or`, the fallback when nothing matches every word). Lexemes hold only letters and digits,
 * so no operator can be injected. Null when the query has no searchable word.
 */
export function toTsQuery(q: ParsedQuery, mode: 'and' | 'or'): string | null {
  if (!q.groups.length) return null;
  return q.groups.map(group).join(mode === 'and' ? ' & ' : ' | ');
}

// ───────────── highlights ─────────────

export interface HighlightSource {
  field: SearchField;
  texts: string[];
}

/** Merges overlapping [start, end) ranges. */
export function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

function rangesOf(text: string, needles: string[]): [number, number][] {
  const hay = foldWidthAndCase(toSimplifiedSameLength(text));
  const out: [number, number][] = [];
  for (const n of needles) {
    if (!n) continue;
    for (let at = hay.indexOf(n); at >= 0; at = hay.indexOf(n, at + n.length)) out.push([at, at + n.length]);
  }
  return mergeRanges(out);
}

/** Traditional → simplified only where it keeps the length (highlight offsets refer to the stored text). */
function toSimplifiedSameLength(text: string): string {
  const s = toSimplified(text);
  return s.length === text.length ? s : text;
}

const FRAGMENT = 60;

/** A window of a long text around its first match, with the ranges moved accordingly. */
function fragmentOf(text: string, ranges: [number, number][]): { text: string; ranges: [number, number][] } {
  if (text.length <= FRAGMENT * 2) return { text, ranges };
  const first = ranges[0]![0];
  const start = Math.max(0, first - 20);
  const end = Math.min(text.length, start + FRAGMENT * 2);
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const shift = prefix.length - start;
  return {
    text: prefix + text.slice(start, end) + suffix,
    ranges: ranges.filter(([a, b]) => a >= start && b <= end).map(([a, b]) => [a + shift, b + shift] as [number, number]),
  };
}

/**
 * Highlighted fragments and matched terms of one hit. Needles are the query's words, their
 * synonyms and finer words, longest first; the pinyin-initials match marks the name's characters.
 */
export function highlight(q: ParsedQuery, name: string, sources: HighlightSource[], maxHighlights = 6): { highlights: SearchHighlight[]; matchedTerms: string[] } {
  const matched = new Set<string>();
  const highlights: SearchHighlight[] = [];
  // A whole form (the word or a synonym) when the text has one; else the lexemes of a finer alternative it holds entirely.
  const needlesIn = (g: QueryGroup, hay: string): { term: string; needles: string[] } | undefined => {
    const forms = g.forms.filter((f) => hay.includes(f));
    if (forms.length) return { term: forms[0]!, needles: forms };
    const alt = g.alternatives.find((a) => a.length > 1 && a.every((x) => hay.includes(x)));
    return alt ? { term: g.term, needles: alt } : undefined;
  };
  const all: HighlightSource[] = [{ field: 'name', texts: [name] }, ...sources];
  for (const source of all) {
    for (const text of source.texts) {
      let ranges: [number, number][] = [];
      const hay = foldWidthAndCase(toSimplifiedSameLength(text));
      for (const g of q.groups) {
        const found = needlesIn(g, hay);
        if (!found) continue;
        // What the user's word matched, e.g. 高企 → 高新技术企业.
        matched.add(found.term);
        ranges.push(...rangesOf(text, found.needles));
      }
      if (source.field === 'name' && q.initials) {
        const { letters, charIndex } = initialsOf(text);
        const at = letters.indexOf(q.initials);
        if (at >= 0) {
          matched.add(q.initials);
          const startChar = charIndex[at]!;
          const lastChar = charIndex[at + q.initials.length - 1]!;
          ranges.push([startChar, lastChar + (text.codePointAt(lastChar)! > 0xffff ? 2 : 1)]);
        }
      }
      if (q.phrase.length > 1) ranges.push(...rangesOf(text, [q.phrase]));
      ranges = mergeRanges(ranges);
      if (ranges.length && highlights.length < maxHighlights) highlights.push({ field: source.field, ...fragmentOf(text, ranges) });
    }
  }
  if (q.phrase.length > 1 && all.some((s) => s.texts.some((t) => foldWidthAndCase(t).includes(q.phrase)))) matched.add(q.phrase);
  return { highlights, matchedTerms: [...matched] };
}
