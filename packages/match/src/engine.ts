import { Analyzer, CJK_CODES, cjkChar, cjkCode, type Analyzed } from './analyzer.ts';
import { IntMap } from './intmap.ts';
import { normalizeText } from './normalize.ts';
import {
  FIELDS,
  type AttrValue,
  type Explanation,
  type FieldName,
  type Filter,
  type FilterCondition,
  type MatchDocument,
  type ScoringParams,
  type SearchOptions,
  type SearchResult,
  type TermMatch,
} from './types.ts';

/** General defaults (chosen on the development sets, no per-dataset constants). */
export const DEFAULT_PARAMS: ScoringParams = {
  k1: 1.2,
  fieldWeights: { title: 3, keywords: 2, body: 1, org: 0.3, outputs: 1 },
  b: { title: 0.5, keywords: 0.5, body: 1, org: 0.5, outputs: 0.75 },
  bigramWeight: 2,
  charWeight: 2,
  shortCharWeight: 2.5,
  longQueryWords: 24,
  outputMaxWeight: 1,
  outputDecay: 0,
  outputK1: 1.2,
  outputB: 0.5,
  outputsPrior: 0.9,
  outputsLogPrior: 0,
  orgContextWeight: 0,
  orgContextB: 0.75,
  prfDocs: 10,
  prfTerms: 20,
  prfWeight: 0.3,
  prfMaxDf: 0.1,
  maxQueryDf: 0.5,
  idfPower: 1.5,
  queryTfCap: 2,
  maxCandidates: 2000,
  assocWeight: 0.3,
  assocTerms: 30,
  assocMaxPostings: 60,
  assocCrossOutputs: false,
  prfBigrams: true,
  rerankDocs: 30,
  rerankWeight: 0.4,
  phraseDocs: 50,
  phraseWeight: 0,
  lmWeight: 5,
  lmMu: [80, 160, 600],
  lmKindWeights: [0.3, 1, 1],
  lmOrgWeight: 0.3,
  lmPrior: 5,
  lmOrgPrior: 1.6,
};

const NF = FIELDS.length; // 5 fields; slot 0..3 = title/keywords/body/org, slot 4 + i = output i
const OUT = 4;
const KINDS = 3; // 0 word, 1 character bigram, 2 single CJK character
const KIND_NAMES = ['word', 'bigram', 'char'] as const;
const kindList = (a: Analyzed, k: number): string[] => (k === 0 ? a.words : k === 1 ? a.bigrams : a.chars);
const SLOT_SPACE = 4096;
const MAX_OUTPUTS = SLOT_SPACE - OUT - 1;
const MAX_TF = 0xffff;
/** Forward keys are kind · KIND_SPACE + termId · SLOT_SPACE + slot (exact in a double). */
const KIND_SPACE = 2 ** 40;
/** Posting blocks: [next block (−1: none), used entries, capacity, entries (doc, slot << 16 | tf) …]. */
const BLOCK_HEADER = 3;
const MAX_BLOCK = 1024;

/** Cached analysis of an organisation name: words, and after first use its term keys (slot 0). */
interface OrgEntry {
  text: string;
  words: string[];
  keys?: number[];
  nb: number;
}

interface Prepared {
  texts: string[];
  slots: number[];
  /** Segmented words per text (filled by `segment`). */
  words: (string[] | undefined)[];
  /** Normalised organisation name. */
  org?: string;
  orgEntry?: OrgEntry;
}

interface QueryTerm {
  id: number;
  /** BM25F query weight (0: the term serves only the likelihood model). */
  weight: number;
  /** Query-likelihood weight (0 for expansion terms). */
  lm: number;
  expansion: boolean;
}

export interface IndexStats {
  documents: number;
  terms: number;
  postings: number;
  deadPostings: number;
  outputs: number;
}

type Params = ScoringParams;

function mergeParams(p: Partial<ScoringParams> | undefined): Params {
  return {
    ...DEFAULT_PARAMS,
    ...p,
    fieldWeights: { ...DEFAULT_PARAMS.fieldWeights, ...p?.fieldWeights },
    b: { ...DEFAULT_PARAMS.b, ...p?.b },
    lmMu: p?.lmMu ?? DEFAULT_PARAMS.lmMu,
    lmKindWeights: p?.lmKindWeights ?? DEFAULT_PARAMS.lmKindWeights,
  };
}

function isRange(c: FilterCondition): c is { gte?: number | string; gt?: number | string; lte?: number | string; lt?: number | string } {
  return typeof c === 'object' && !Array.isArray(c);
}

function matchesCondition(v: AttrValue | null | undefined, c: FilterCondition): boolean {
  if (v === undefined || v === null) return false;
  if (Array.isArray(c)) return (c as readonly AttrValue[]).includes(v);
  if (isRange(c)) {
    if (typeof v === 'boolean') return false;
    if (c.gte !== undefined && !(v >= c.gte)) return false;
    if (c.gt !== undefined && !(v > c.gt)) return false;
    if (c.lte !== undefined && !(v <= c.lte)) return false;
    if (c.lt !== undefined && !(v < c.lt)) return false;
    return true;
  }
  return v === c;
}

const TM = 4;

/** The score an explanation accounts for: its terms' contributions plus its additive parts. */
export function explainedScore(e: Explanation): number {
  return e.matches.reduce((s, m) => s + m.contribution, 0) + (e.priorBonus ?? 0) + (e.phrase?.score ?? 0) + (e.likelihood ?? 0);
}

function initTermMeta(terms: number): Int32Array<ArrayBuffer> {
  const tm = new Int32Array(terms * TM);
  for (let i = 0; i < tm.length; i += TM) {
    tm[i + 1] = -1;
    tm[i + 2] = -1;
  }
  return tm;
}

function growInt32(a: Int32Array<ArrayBuffer>, n: number, fill = 0): Int32Array<ArrayBuffer> {
  if (n <= a.length) return a;
  let cap = Math.max(16, a.length);
  while (cap < n) cap *= 2;
  const b = new Int32Array(cap);
  b.set(a);
  if (fill !== 0) b.fill(fill, a.length);
  return b;
}

/**
 * An incremental inverted index over words and character bigrams with field-weighted BM25F
 * scoring, per-output evidence aggregation for experts, corpus term associations,
 * pseudo-relevance feedback, cluster re-ranking, structured filters and per-result
 * explanations. Documents can be added, updated and removed at any time; removal tombstones
 * postings (statistics are updated at once) and postings are compacted when a quarter of them
 * are dead.
 *
 * Storage: postings live in one growable Int32Array pool as chained blocks per term (doubling
 * up to MAX_BLOCK entries), so indexing allocates no per-term objects; bigrams and characters
 * are keyed by integers computed from character codes, not by strings.
 */
export class MatchIndex {
  private P: Params;
  private readonly analyzer: Analyzer;

  /** Term dictionaries: words by string, bigrams and characters by integer code. */
  private readonly wordIds = new Map<string, number>();
  private readonly codeIds: IntMap[] = [new IntMap(16), new IntMap(12)];
  private readonly termStr: string[] = [];
  /** Per term, interleaved for locality: [df, first posting block, last block, kind] × terms. */
  private tm = initTermMeta(1024);
  /** Collection frequency per term (occurrences in live documents, all fields). */
  private cf = new Float64Array(1024);
  private pool = new Int32Array(1 << 16);
  private poolUsed = 0;

  private readonly extIds: string[] = [];
  private readonly byExt = new Map<string, number>();
  private alive = new Uint8Array(1024);
  /** lens[doc * 15 + kind * 5 + field]; field 4 = all outputs together. */
  private lens = new Float64Array(1024 * KINDS * NF);
  private outBase = new Int32Array(1024);
  private outCount = new Int32Array(1024);
  /** outLens[(outBase + i) * 3 + kind] */
  private outLens = new Float64Array(1024 * KINDS);
  private readonly outTitles: (string | undefined)[] = [];
  private readonly docAttrs: (MatchDocument['attrs'] | undefined)[] = [];
  private readonly docKind: (string | undefined)[] = [];
  /** Forward index per document: triples (termId, slot, tf), words first, then bigrams, chars. */
  /**
   * Forward index of all documents in one pool (no typed array per document): document d's
   * triples are fwdPool[fwdStart[d] .. fwdStart[d] + fwdLen[d]).
   */
  private fwdPool = new Int32Array(1 << 16);
  private fwdUsed = 0;
  private fwdDead = 0;
  private fwdStart = new Int32Array(1024);
  private fwdLen = new Int32Array(1024);
  /** Number of word triples at the start of each forward index. */
  private fwdWords = new Int32Array(1024);

  private liveDocs = 0;
  private liveOutputs = 0;
  private readonly fieldTotal = new Float64Array(KINDS * NF);
  private readonly fieldDocs = new Float64Array(NF);
  private readonly outTotal = new Float64Array(KINDS);
  private totalPostings = 0;
  private deadPostings = 0;
  private nextOut = 0;

  // Length-normalisation factors (1 - b + b·len/avglen), recomputed lazily after changes.
  private norms = new Float64Array(0);
  private outNorms = new Float64Array(0);
  private normsDirty = true;
  /** Document prior factor 1 + outputsPrior·ln(1 + outputs). */
  private priors = new Float64Array(0);
  /**
   * Likelihood model, per document and kind: ln((avgLen + μ) / (len + μ)), the smoothing mass
   * of a document relative to an average one (added once per query term occurrence).
   */
  private lmLen = new Float64Array(0);
  /** Likelihood model: per kind, μ / total length of the collection (μ·P(t|C) = cf · this). */
  private readonly lmCollection = new Float64Array(KINDS);
  /** Likelihood model: per kind, the summed query weights of the query's own terms. */
  private readonly lmQueryLen = new Float64Array(KINDS);
  private lmAcc = new Float64Array(1024);
  /** Whether the last analysed query is scored with the likelihood model too. */
  private lmQuery = false;

  private readonly orgCache = new Map<string, OrgEntry>();

  /** Organisations (by normalised name) as context profiles: the outputs of all their documents. */
  private readonly orgIds = new Map<string, number>();
  private orgOf = new Int32Array(1024).fill(-1);
  /** orgLen[org * 3 + kind]: terms of the org's documents outside the org field. */
  private orgLen = new Float64Array(0);
  private orgDocs = new Int32Array(0);
  private liveOrgs = 0;
  private readonly orgTotal = new Float64Array(KINDS);
  private orgTf = new Float64Array(0);
  private orgScore = new Float64Array(0);
  private orgMark = new Uint8Array(0);

  // Indexing scratch space.
  private keyBuf = new Float64Array(4096);

  // Query-time scratch space.
  private docAcc = new Float64Array(1024);
  private outAcc = new Float64Array(1024);
  private touchedMark = new Uint8Array(1024);
  private termScratch = new Float64Array(0);
  private assocScratch = new Float64Array(0);
  private readonly orgTouched: number[] = [];
  /** Words of the last analysed query (long queries use characters and associations). */
  private queryWordCount = 0;

  constructor(options: { params?: Partial<ScoringParams>; analyzer?: Analyzer } = {}) {
    this.P = mergeParams(options.params);
    this.analyzer = options.analyzer ?? new Analyzer();
  }

  get params(): Params {
    return this.P;
  }

  /** Changes scoring parameters; the index itself does not depend on them. */
  setParams(params: Partial<ScoringParams>): void {
    this.P = mergeParams({ ...this.P, ...params, fieldWeights: { ...this.P.fieldWeights, ...params.fieldWeights }, b: { ...this.P.b, ...params.b } });
    this.normsDirty = true;
  }

  get size(): number {
    return this.liveDocs;
  }

  has(id: string): boolean {
    return this.byExt.has(id);
  }

  stats(): IndexStats {
    return {
      documents: this.liveDocs,
      terms: this.termStr.length,
      postings: this.totalPostings - this.deadPostings,
      deadPostings: this.deadPostings,
      outputs: this.liveOutputs,
    };
  }

  /** Adds a document, replacing any document with the same id. */
  add(doc: MatchDocument): void {
    if (this.byExt.has(doc.id)) this.remove(doc.id);
    this.insert(doc);
  }

  /** Replaces a document (adds it when absent). */
  update(doc: MatchDocument): void {
    this.add(doc);
  }

  /** Adds documents in order (as `add` each); texts are segmented in batches of 64 documents. */
  addAll(docs: Iterable<MatchDocument>): void {
    const batch: MatchDocument[] = [];
    const flush = (): void => {
      const prepared = batch.map((d) => this.prepare(d));
      this.segment(prepared);
      batch.forEach((d, i) => {
        if (this.byExt.has(d.id)) this.remove(d.id);
        this.insert(d, prepared[i]);
      });
      batch.length = 0;
    };
    for (const d of docs) {
      batch.push(d);
      if (batch.length === 64) flush();
    }
    if (batch.length > 0) flush();
  }

  /** Removes a document; returns false when it was not indexed. */
  remove(id: string): boolean {
    const d = this.byExt.get(id);
    if (d === undefined) return false;
    this.byExt.delete(id);
    this.alive[d] = 0;
    const fwd = this.fwd(d);
    let last = -1;
    for (let i = 0; i < fwd.length; i += 3) {
      const t = fwd[i]!;
      this.cf[t]! -= fwd[i + 2]!;
      if (t !== last) {
        this.tm[t * TM]!--;
        last = t;
      }
    }
    this.deadPostings += fwd.length / 3;
    for (let k = 0; k < KINDS; k++) {
      for (let f = 0; f < NF; f++) this.fieldTotal[k * NF + f]! -= this.lens[d * KINDS * NF + k * NF + f]!;
      for (let o = 0; o < this.outCount[d]!; o++) this.outTotal[k]! -= this.outLens[(this.outBase[d]! + o) * KINDS + k]!;
    }
    for (let f = 0; f < NF; f++) if (this.lens[d * KINDS * NF + f]! > 0) this.fieldDocs[f]!--;
    this.liveOutputs -= this.outCount[d]!;
    this.liveDocs--;
    this.normsDirty = true;
    this.fwdDead += this.fwdLen[d]!;
    this.fwdLen[d] = 0;
    this.fwdWords[d] = 0;
    this.docAttrs[d] = undefined;
    const org = this.orgOf[d]!;
    if (org >= 0) {
      for (let k = 0; k < KINDS; k++) {
        const len = this.docContextLen(d, k);
        this.orgLen[org * KINDS + k]! -= len;
        this.orgTotal[k]! -= len;
      }
      if (--this.orgDocs[org]! === 0) this.liveOrgs--;
    }
    if (this.deadPostings > 50_000 && this.deadPostings * 4 > this.totalPostings) this.compact();
    return true;
  }

  /** Drops the postings of removed documents (rewrites the pool, one block per term). */
  compact(): void {
    const old = this.pool;
    const nTerms = this.termStr.length;
    const pool = new Int32Array(Math.max(1 << 16, (this.totalPostings - this.deadPostings) * 2 + nTerms * (BLOCK_HEADER + 2)));
    let used = 0;
    const entries: number[] = [];
    for (let t = 0; t < nTerms; t++) {
      entries.length = 0;
      for (let b = this.tm[t * TM + 1]!; b >= 0; b = old[b]!) {
        const n = old[b + 1]!;
        for (let e = b + BLOCK_HEADER; e < b + BLOCK_HEADER + 2 * n; e += 2) {
          if (this.alive[old[e]!] === 0) continue;
          entries.push(old[e]!, old[e + 1]!);
        }
      }
      if (entries.length === 0) {
        this.tm[t * TM + 1] = -1;
        this.tm[t * TM + 2] = -1;
        continue;
      }
      const n = entries.length / 2;
      const cap = Math.max(2, n);
      pool[used] = -1;
      pool[used + 1] = n;
      pool[used + 2] = cap;
      for (let i = 0; i < entries.length; i++) pool[used + BLOCK_HEADER + i] = entries[i]!;
      this.tm[t * TM + 1] = used;
      this.tm[t * TM + 2] = used;
      used += BLOCK_HEADER + 2 * cap;
    }
    this.pool = pool;
    this.poolUsed = used;
    this.totalPostings -= this.deadPostings;
    this.deadPostings = 0;
    // The forward pool: live documents' triples, in document order.
    const fp = new Int32Array(Math.max(1 << 16, this.fwdUsed - this.fwdDead));
    let fu = 0;
    for (let d = 0; d < this.extIds.length; d++) {
      const n = this.fwdLen[d]!;
      if (n > 0) fp.set(this.fwdPool.subarray(this.fwdStart[d]!, this.fwdStart[d]! + n), fu);
      this.fwdStart[d] = fu;
      fu += n;
    }
    this.fwdPool = fp;
    this.fwdUsed = fu;
    this.fwdDead = 0;
  }

  /** Forward triples (termId, slot, tf) of a document: a view into the pool, valid until the next insert. */
  private fwd(d: number): Int32Array {
    const start = this.fwdStart[d]!;
    return this.fwdPool.subarray(start, start + this.fwdLen[d]!);
  }

  private newTerm(kind: number, text: string): number {
    const id = this.termStr.length;
    this.termStr.push(text);
    if ((id + 1) * TM > this.tm.length) {
      const old = this.tm.length;
      this.tm = growInt32(this.tm, old * 2);
      for (let i = old; i < this.tm.length; i += TM) {
        this.tm[i + 1] = -1;
        this.tm[i + 2] = -1;
      }
    }
    this.tm[id * TM + 3] = kind;
    if (id >= this.cf.length) {
      const cf = new Float64Array(this.cf.length * 2);
      cf.set(this.cf);
      this.cf = cf;
    }
    return id;
  }

  private wordId(w: string): number {
    let id = this.wordIds.get(w);
    if (id === undefined) {
      id = this.newTerm(0, w);
      this.wordIds.set(w, id);
    }
    return id;
  }

  /** Term id of a bigram (kind 1) or character (kind 2) code; creates it when absent. */
  private codeId(kind: number, code: number): number {
    const map = this.codeIds[kind - 1]!;
    let id = map.get(code);
    if (id < 0) {
      const text = kind === 1 ? cjkChar(Math.floor(code / CJK_CODES)) + cjkChar(code % CJK_CODES) : cjkChar(code);
      id = this.newTerm(kind, text);
      map.set(code, id);
    }
    return id;
  }

  /** Looks a query term up (no creation); −1 when absent. */
  private lookup(kind: number, term: string): number {
    if (kind === 0) return this.wordIds.get(term) ?? -1;
    const c0 = cjkCode(term.charCodeAt(0));
    if (c0 < 0) return -1;
    if (kind === 2) return term.length === 1 ? this.codeIds[1]!.get(c0) : -1;
    const c1 = cjkCode(term.charCodeAt(1));
    if (c1 < 0 || term.length !== 2) return -1;
    return this.codeIds[0]!.get(c0 * CJK_CODES + c1);
  }

  private appendPosting(t: number, d: number, slot: number, tf: number): void {
    let b = this.tm[t * TM + 2]!;
    let pool = this.pool;
    if (b < 0 || pool[b + 1] === pool[b + 2]) {
      const cap = b < 0 ? 2 : Math.min(MAX_BLOCK, pool[b + 2]! * 2);
      const need = this.poolUsed + BLOCK_HEADER + 2 * cap;
      if (need > pool.length) {
        let len = pool.length;
        while (len < need) len *= 2;
        const p2 = new Int32Array(len);
        p2.set(pool);
        this.pool = pool = p2;
      }
      const nb = this.poolUsed;
      this.poolUsed = need;
      pool[nb] = -1;
      pool[nb + 1] = 0;
      pool[nb + 2] = cap;
      if (b < 0) this.tm[t * TM + 1] = nb;
      else pool[b] = nb;
      this.tm[t * TM + 2] = nb;
      b = nb;
    }
    const used = pool[b + 1]!;
    pool[b + BLOCK_HEADER + 2 * used] = d;
    pool[b + BLOCK_HEADER + 2 * used + 1] = (slot << 16) | (tf > MAX_TF ? MAX_TF : tf);
    pool[b + 1] = used + 1;
  }

  private ensureDocCapacity(n: number): void {
    if (n <= this.alive.length) return;
    let cap = this.alive.length;
    while (cap < n) cap *= 2;
    const alive = new Uint8Array(cap);
    alive.set(this.alive);
    this.alive = alive;
    const lens = new Float64Array(cap * KINDS * NF);
    lens.set(this.lens);
    this.lens = lens;
    this.outBase = growInt32(this.outBase, cap);
    this.outCount = growInt32(this.outCount, cap);
    this.fwdWords = growInt32(this.fwdWords, cap);
    this.fwdStart = growInt32(this.fwdStart, cap);
    this.fwdLen = growInt32(this.fwdLen, cap);
    this.orgOf = growInt32(this.orgOf, cap, -1);
    this.docAcc = new Float64Array(cap);
    this.lmAcc = new Float64Array(cap);
    this.touchedMark = new Uint8Array(cap);
  }

  private ensureOutCapacity(n: number): void {
    if (n * KINDS <= this.outLens.length) return;
    let cap = this.outLens.length / KINDS;
    while (cap < n) cap *= 2;
    const outLens = new Float64Array(cap * KINDS);
    outLens.set(this.outLens);
    this.outLens = outLens;
    this.outAcc = new Float64Array(cap);
  }

  private pushKey(n: number, key: number): number {
    if (n >= this.keyBuf.length) {
      const k2 = new Float64Array(this.keyBuf.length * 2);
      k2.set(this.keyBuf);
      this.keyBuf = k2;
    }
    this.keyBuf[n] = key;
    return n + 1;
  }

  /** Normalised texts of a document with their slots; organisation words come from a cache. */
  private prepare(doc: MatchDocument): Prepared {
    let org: string | undefined;
    let orgEntry: OrgEntry | undefined;
    const texts: string[] = [];
    const slots: number[] = [];
    const words: (string[] | undefined)[] = [];
    if (doc.title) {
      texts.push(normalizeText(doc.title));
      slots.push(0);
      words.push(undefined);
    }
    if (doc.keywords) {
      const kws = typeof doc.keywords === 'string' ? [doc.keywords] : doc.keywords;
      for (const kw of kws) {
        texts.push(normalizeText(kw));
        slots.push(1);
        words.push(undefined);
      }
    }
    if (doc.body) {
      texts.push(normalizeText(doc.body));
      slots.push(2);
      words.push(undefined);
    }
    if (doc.org) {
      // Organisation names repeat across many documents: cache their analysis.
      let e = this.orgCache.get(doc.org);
      if (e === undefined) {
        const text = normalizeText(doc.org);
        e = { text, words: this.analyzer.segmentMany([text])[0]!, nb: 0 };
        if (this.orgCache.size >= 50_000) this.orgCache.clear();
        this.orgCache.set(doc.org, e);
      }
      texts.push(e.text);
      slots.push(3);
      words.push(e.words);
      org = e.text;
      orgEntry = e;
    }
    const outputs = doc.outputs;
    if (outputs) {
      const n = Math.min(outputs.length, MAX_OUTPUTS);
      for (let i = 0; i < n; i++) {
        const o = outputs[i]!;
        texts.push(normalizeText(o.body ? `${o.title} ${o.body}` : o.title));
        slots.push(OUT + i);
        words.push(undefined);
      }
    }
    return org === undefined || orgEntry === undefined ? { texts, slots, words } : { texts, slots, words, org, orgEntry };
  }

  /** Segments the texts of several prepared documents with one jieba call. */
  private segment(prepared: readonly Prepared[]): void {
    const todo: string[] = [];
    for (const p of prepared) for (let x = 0; x < p.texts.length; x++) if (!p.words[x]) todo.push(p.texts[x]!);
    const seg = this.analyzer.segmentMany(todo);
    let i = 0;
    for (const p of prepared) for (let x = 0; x < p.texts.length; x++) if (!p.words[x]) p.words[x] = seg[i++]!;
  }

  private insert(doc: MatchDocument, prepared?: Prepared): void {
    const p = prepared ?? this.prepare(doc);
    if (!prepared) this.segment([p]);
    const d = this.extIds.length;
    this.ensureDocCapacity(d + 1);
    this.extIds.push(doc.id);
    this.byExt.set(doc.id, d);
    this.alive[d] = 1;
    this.docAttrs.push(doc.attrs);
    this.docKind.push(doc.kind);

    const nOut = doc.outputs ? Math.min(doc.outputs.length, MAX_OUTPUTS) : 0;
    const base = this.nextOut;
    this.nextOut += nOut;
    this.ensureOutCapacity(this.nextOut);
    this.outBase[d] = base;
    this.outCount[d] = nOut;
    for (let i = 0; i < nOut; i++) this.outTitles[base + i] = doc.outputs![i]!.title;
    const texts = p.texts;
    const slots = p.slots;
    const segmented = p.words as string[][];
    const chars = this.analyzer.emitsChars;
    const stopChar = this.analyzer.stopCharCodes;
    const filterBigrams = this.analyzer.filtersBigrams;

    let nk = 0;
    const lensBase = d * KINDS * NF;
    for (let x = 0; x < texts.length; x++) {
      const slot = slots[x]!;
      const field = slot < OUT ? slot : OUT;
      const words = segmented[x]!;
      const org = slot === 3 ? p.orgEntry : undefined;
      if (org?.keys) {
        // An organisation seen before: its term keys are cached (term ids never change).
        for (const k of org.keys) nk = this.pushKey(nk, k + 3);
        this.lens[lensBase + field]! += words.length;
        this.lens[lensBase + NF + field]! += org.nb;
        continue;
      }
      const start = nk;
      for (const w of words) nk = this.pushKey(nk, this.wordId(w) * SLOT_SPACE + slot);
      let nb = 0;
      let nc = 0;
      const text = texts[x]!;
      // Organisation names are matched on words and bigrams, not single characters.
      const withChars = chars && slot !== 3;
      let prev = -1;
      for (let i = 0; i < text.length; i++) {
        const c = cjkCode(text.charCodeAt(i));
        if (c >= 0) {
          if (prev >= 0 && (!filterBigrams || this.analyzer.keepsBigram(prev, c))) {
            nk = this.pushKey(nk, KIND_SPACE + this.codeId(1, prev * CJK_CODES + c) * SLOT_SPACE + slot);
            nb++;
          }
          if (withChars && stopChar[c] === 0) {
            nk = this.pushKey(nk, 2 * KIND_SPACE + this.codeId(2, c) * SLOT_SPACE + slot);
            nc++;
          }
        }
        prev = c;
      }
      if (org) {
        org.keys = Array.from(this.keyBuf.subarray(start, nk), (k) => k - 3);
        org.nb = nb;
      }
      this.lens[lensBase + field]! += words.length;
      this.lens[lensBase + NF + field]! += nb;
      this.lens[lensBase + 2 * NF + field]! += nc;
      if (slot >= OUT) {
        const o = (base + slot - OUT) * KINDS;
        this.outLens[o] = words.length;
        this.outLens[o + 1] = nb;
        this.outLens[o + 2] = nc;
      }
    }

    const sorted = this.keyBuf.subarray(0, nk).sort();
    let unique = 0;
    for (let i = 0; i < nk; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) unique++;
    if (this.fwdUsed + unique * 3 > this.fwdPool.length) {
      let len = this.fwdPool.length;
      while (len < this.fwdUsed + unique * 3) len *= 2;
      const p2 = new Int32Array(len);
      p2.set(this.fwdPool.subarray(0, this.fwdUsed));
      this.fwdPool = p2;
    }
    const fwd = this.fwdPool;
    const fwdBase = this.fwdUsed;
    let last = -1;
    let w = fwdBase;
    let nWords = 0;
    for (let i = 0; i < nk; ) {
      const key = sorted[i]!;
      let j = i + 1;
      while (j < nk && sorted[j] === key) j++;
      const tf = j - i;
      i = j;
      const kind = key >= 2 * KIND_SPACE ? 2 : key >= KIND_SPACE ? 1 : 0;
      const rest = key - kind * KIND_SPACE;
      const t = Math.floor(rest / SLOT_SPACE);
      const slot = rest - t * SLOT_SPACE;
      this.appendPosting(t, d, slot, tf);
      if (kind === 0) nWords++;
      fwd[w++] = t;
      fwd[w++] = slot;
      fwd[w++] = tf;
      this.cf[t]! += tf;
      if (t !== last) {
        this.tm[t * TM]!++;
        last = t;
      }
    }
    this.fwdStart[d] = fwdBase;
    this.fwdLen[d] = unique * 3;
    this.fwdUsed += unique * 3;
    this.fwdWords[d] = nWords;
    this.totalPostings += unique;

    for (let k = 0; k < KINDS; k++) {
      for (let f = 0; f < NF; f++) this.fieldTotal[k * NF + f]! += this.lens[lensBase + k * NF + f]!;
      for (let o = 0; o < nOut; o++) this.outTotal[k]! += this.outLens[(base + o) * KINDS + k]!;
    }
    for (let f = 0; f < NF; f++) if (this.lens[lensBase + f]! > 0) this.fieldDocs[f]!++;
    this.liveOutputs += nOut;
    if (p.org !== undefined) {
      let org = this.orgIds.get(p.org);
      if (org === undefined) {
        org = this.orgIds.size;
        this.orgIds.set(p.org, org);
        if (org >= this.orgDocs.length) {
          const cap = Math.max(256, this.orgDocs.length * 2);
          this.orgDocs = growInt32(this.orgDocs, cap);
          const ol = new Float64Array(cap * KINDS);
          ol.set(this.orgLen);
          this.orgLen = ol;
          this.orgTf = new Float64Array(cap);
          this.orgScore = new Float64Array(cap);
          this.orgMark = new Uint8Array(cap);
        }
      }
      this.orgOf[d] = org;
      for (let k = 0; k < KINDS; k++) {
        const len = this.docContextLen(d, k);
        this.orgLen[org * KINDS + k]! += len;
        this.orgTotal[k]! += len;
      }
      if (this.orgDocs[org]!++ === 0) this.liveOrgs++;
    }
    this.liveDocs++;
    this.normsDirty = true;
  }

  /** Terms of a document outside its organisation field (its share of the org profile). */
  private docContextLen(d: number, k: number): number {
    const b = d * KINDS * NF + k * NF;
    return this.lens[b]! + this.lens[b + 1]! + this.lens[b + 2]! + this.lens[b + 4]!;
  }

  /** Length normalisation of an organisation profile. */
  private orgNorm(org: number, k: number): number {
    const avg = this.liveOrgs > 0 ? this.orgTotal[k]! / this.liveOrgs : 0;
    const b = this.P.orgContextB;
    return avg > 0 ? 1 - b + (b * this.orgLen[org * KINDS + k]!) / avg : 1;
  }

  private refreshNorms(): void {
    if (!this.normsDirty) return;
    const P = this.P;
    const fb = [P.b.title, P.b.keywords, P.b.body, P.b.org, P.b.outputs];
    const nDocs = this.extIds.length;
    if (this.norms.length < nDocs * KINDS * NF) this.norms = new Float64Array(this.lens.length);
    if (this.outNorms.length < this.nextOut * KINDS) this.outNorms = new Float64Array(this.outLens.length);
    if (this.priors.length < this.alive.length) this.priors = new Float64Array(this.alive.length);
    const avg = new Float64Array(KINDS * NF);
    const avgOut = new Float64Array(KINDS);
    // Likelihood model: per kind, μ and the average document length (organisation terms weighted).
    const lm = P.lmWeight > 0;
    const lmAvg = new Float64Array(KINDS);
    if (lm && this.lmLen.length < nDocs * KINDS) this.lmLen = new Float64Array(this.alive.length * KINDS);
    for (let k = 0; k < KINDS; k++) {
      let total = 0;
      for (let f = 0; f < NF; f++) {
        const n = this.fieldDocs[f]!;
        avg[k * NF + f] = n > 0 ? this.fieldTotal[k * NF + f]! / n : 0;
        total += this.fieldTotal[k * NF + f]!;
      }
      avgOut[k] = this.liveOutputs > 0 ? this.outTotal[k]! / this.liveOutputs : 0;
      this.lmCollection[k] = total > 0 ? P.lmMu[k]! / total : 0;
      lmAvg[k] = this.liveDocs > 0 ? (total - (1 - P.lmOrgWeight) * this.fieldTotal[k * NF + 3]!) / this.liveDocs : 0;
    }
    for (let d = 0; d < nDocs; d++) {
      if (this.alive[d] === 0) continue;
      for (let k = 0; k < KINDS; k++) {
        let lmLen = 0;
        for (let f = 0; f < NF; f++) {
          const i = d * KINDS * NF + k * NF + f;
          const a = avg[k * NF + f]!;
          this.norms[i] = a > 0 ? 1 - fb[f]! + (fb[f]! * this.lens[i]!) / a : 1;
          lmLen += f === 3 ? P.lmOrgWeight * this.lens[i]! : this.lens[i]!;
        }
        if (lm) {
          const mu = P.lmMu[k]!;
          this.lmLen[d * KINDS + k] = Math.log((lmAvg[k]! + mu) / (lmLen + mu));
        }
      }
      const b0 = this.outBase[d]!;
      for (let o = b0; o < b0 + this.outCount[d]!; o++) {
        for (let k = 0; k < KINDS; k++) {
          const a = avgOut[k]!;
          this.outNorms[o * KINDS + k] = a > 0 ? 1 - P.outputB + (P.outputB * this.outLens[o * KINDS + k]!) / a : 1;
        }
      }
      this.priors[d] = 1 + P.outputsPrior * Math.log(1 + this.outCount[d]!);
    }
    this.normsDirty = false;
  }

  private idf(t: number): number {
    const df = this.tm[t * TM]!;
    const idf = Math.log(1 + (this.liveDocs - df + 0.5) / (df + 0.5));
    return this.P.idfPower === 1 ? idf : idf ** this.P.idfPower;
  }

  /** Query text → weighted term ids (terms absent from the index are dropped). */
  private queryTerms(text: string): QueryTerm[] {
    const a = this.analyzer.analyze(text);
    const weights = new Map<number, number>();
    const maxDf = Math.max(1, this.P.maxQueryDf * this.liveDocs);
    // Single characters only for description-length queries (see ScoringParams.longQueryWords).
    this.queryWordCount = a.words.length;
    const long = a.words.length >= this.P.longQueryWords;
    const kindWeight = [1, this.P.bigramWeight, long ? this.P.charWeight : this.P.shortCharWeight];
    // The likelihood model joins keyword- and title-length queries; description-length queries
    // (longQueryWords and more) rely on feedback and re-ranking, where it measured worse.
    const lm = this.P.lmWeight > 0 && !long;
    const lmKind = this.P.lmKindWeights;
    for (let k = 0; k < KINDS; k++) {
      const list = kindList(a, k);
      if (kindWeight[k]! <= 0 && !(lm && lmKind[k]! > 0)) continue;
      for (const term of list) {
        const id = this.lookup(k, term);
        if (id < 0 || this.tm[id * TM] === 0 || this.tm[id * TM]! > maxDf) continue;
        weights.set(id, (weights.get(id) ?? 0) + 1);
      }
    }
    const cap = this.P.queryTfCap;
    this.lmQueryLen.fill(0);
    this.lmQuery = lm && weights.size > 0;
    return [...weights].map(([id, count]) => {
      const k = this.tm[id * TM + 3]!;
      const n = cap > 0 ? Math.min(count, cap) : count;
      const lmw = lm ? n * lmKind[k]! : 0;
      this.lmQueryLen[k]! += lmw;
      return { id, weight: n * kindWeight[k]!, lm: lmw, expansion: false };
    });
  }

  private fieldNorm(d: number, k: number, f: number, fb: number): number {
    const n = this.fieldDocs[f]!;
    const total = this.fieldTotal[k * NF + f]!;
    if (n <= 0 || total <= 0) return 1;
    const avg = total / n;
    return 1 - fb + (fb * this.lens[d * KINDS * NF + k * NF + f]!) / avg;
  }

  private passesFilter(d: number, filter: Filter | undefined): boolean {
    if (!filter) return true;
    const attrs = this.docAttrs[d];
    for (const key of Object.keys(filter)) {
      const cond = filter[key]!;
      const v = key === 'kind' ? this.docKind[d] : attrs?.[key];
      if (!matchesCondition(v, cond)) return false;
    }
    return true;
  }

  /** μ·P(t|C) of a term of kind k: the Dirichlet pseudo-count of the term in every document. */
  private lmPseudo(t: number, k: number): number {
    return this.cf[t]! * this.lmCollection[k]!;
  }

  /** Likelihood-model part of a document's score, from its accumulated term evidence. */
  private likelihood(d: number, lmRaw: number): number {
    const P = this.P;
    let s = lmRaw;
    for (let k = 0; k < KINDS; k++) s += this.lmQueryLen[k]! * this.lmLen[d * KINDS + k]!;
    if (P.lmPrior > 0) s += P.lmPrior * Math.log(1 + this.outCount[d]!);
    const org = this.orgOf[d]!;
    if (P.lmOrgPrior > 0 && org >= 0) s += P.lmOrgPrior * Math.log(1 + this.orgDocs[org]!);
    return P.lmWeight * s;
  }

  /**
   * BM25F score + the likelihood part. A document whose sum would not be positive (a long
   * document matching only common characters) keeps a small positive score below every
   * positive sum, so that scores stay positive for callers that scale them.
   */
  private fused(d: number, bm: number, lmRaw: number): number {
    const s = bm + this.likelihood(d, lmRaw);
    return s > 0 ? s : 1e-9 * (1 + Math.max(0, bm));
  }

  /** Output-evidence bonus of a document: Σ outputMaxWeight · outputDecay^rank · output score. */
  private outputBonus(d: number, reset: boolean): number {
    const P = this.P;
    const cnt = this.outCount[d]!;
    const b0 = this.outBase[d]!;
    const outAcc = this.outAcc;
    if (cnt === 1) {
      const v = outAcc[b0]!;
      if (reset) outAcc[b0] = 0;
      return P.outputMaxWeight * v;
    }
    if (P.outputDecay <= 0) {
      let best = 0;
      for (let o = b0; o < b0 + cnt; o++) {
        if (outAcc[o]! > best) best = outAcc[o]!;
        if (reset) outAcc[o] = 0;
      }
      return P.outputMaxWeight * best;
    }
    const vals: number[] = [];
    for (let o = b0; o < b0 + cnt; o++) {
      if (outAcc[o]! > 0) vals.push(outAcc[o]!);
      if (reset) outAcc[o] = 0;
    }
    vals.sort((x, y) => y - x);
    let s = 0;
    let w = P.outputMaxWeight;
    for (const v of vals) {
      s += w * v;
      w *= P.outputDecay;
    }
    return s;
  }

  /**
   * Adds the terms' contributions to the accumulators (documents in `touched`) and returns the
   * top `limit` internal doc ids with scores. With `reset` the accumulators are cleared
   * afterwards; without it a later call can add more terms (the feedback pass scores only the
   * expansion terms on top of the first pass).
   */
  private score(
    terms: readonly QueryTerm[],
    limit: number,
    filter: Filter | undefined,
    touched: number[],
    reset: boolean,
  ): { docs: number[]; scores: number[] } {
    const P = this.P;
    const docAcc = this.docAcc;
    const outAcc = this.outAcc;
    const mark = this.touchedMark;
    const alive = this.alive;
    const outBase = this.outBase;
    const pool = this.pool;
    const fw = [P.fieldWeights.title, P.fieldWeights.keywords, P.fieldWeights.body, P.fieldWeights.org, P.fieldWeights.outputs];
    const useOut = P.outputMaxWeight > 0 && this.liveOutputs > 0;
    const useOrg = P.orgContextWeight > 0 && this.liveOrgs > 0;
    const orgOf = this.orgOf;
    const orgTf = this.orgTf;
    const orgMark = this.orgMark;
    const termOrgs: number[] = [];
    const k1 = P.k1;
    const ok1 = P.outputK1;
    const useLm = this.lmQuery;
    const lmAcc = this.lmAcc;
    const lmOrg = P.lmOrgWeight;

    this.refreshNorms();
    const norms = this.norms;
    const outNorms = this.outNorms;
    // Rarest terms first; once `maxCandidates` documents have scores, commoner terms only add
    // to those documents (the "continue" strategy of Moffat & Zobel) instead of creating more.
    const ordered = terms.length > 1 ? [...terms].sort((a, b) => this.tm[a.id * TM]! - this.tm[b.id * TM]! || a.id - b.id) : terms;
    const maxCand = P.maxCandidates;
    for (const qt of ordered) {
      const t = qt.id;
      const k = this.tm[t * TM + 3]!;
      const wIdf = qt.weight * this.idf(t);
      const restrict = maxCand > 0 && touched.length >= maxCand;
      // Likelihood model: qt.lm · ln(1 + tf / (μ · P(t|C))), P(t|C) = cf / collection length.
      const lmw = useLm ? qt.lm : 0;
      const lmC = lmw > 0 ? this.lmPseudo(t, k) : 0;
      let cur = -1;
      let acc = 0;
      let lacc = 0;
      for (let b = this.tm[t * TM + 1]!; b >= 0; b = pool[b]!) {
        const end = b + BLOCK_HEADER + 2 * pool[b + 1]!;
        for (let e = b + BLOCK_HEADER; e < end; e += 2) {
          const d = pool[e]!;
          if (d !== cur) {
            if (acc > 0 || lacc > 0) {
              if (acc > 0) docAcc[cur]! += (wIdf * acc) / (k1 + acc);
              if (lacc > 0) lmAcc[cur]! += lmw * Math.log(1 + lacc / lmC);
              if (mark[cur] === 0) {
                mark[cur] = 1;
                touched.push(cur);
              }
            }
            cur = d;
            acc = 0;
            lacc = 0;
          }
          if (alive[d] === 0) continue;
          const st = pool[e + 1]!;
          const slot = st >>> 16;
          const tf = st & MAX_TF;
          if (useOrg && slot !== 3) {
            const org = orgOf[d]!;
            if (org >= 0) {
              if (orgTf[org] === 0) termOrgs.push(org);
              orgTf[org]! += tf;
            }
          }
          if (restrict && mark[d] === 0) continue;
          if (lmw > 0) lacc += slot === 3 ? lmOrg * tf : tf;
          if (wIdf <= 0) continue;
          if (slot < OUT) {
            acc += (fw[slot]! * tf) / norms[d * KINDS * NF + k * NF + slot]!;
          } else {
            acc += (fw[OUT]! * tf) / norms[d * KINDS * NF + k * NF + OUT]!;
            if (useOut) {
              const o = outBase[d]! + slot - OUT;
              const tn = tf / outNorms[o * KINDS + k]!;
              outAcc[o]! += (wIdf * tn) / (ok1 + tn);
            }
          }
        }
      }
      if (acc > 0 || lacc > 0) {
        if (acc > 0) docAcc[cur]! += (wIdf * acc) / (k1 + acc);
        if (lacc > 0) lmAcc[cur]! += lmw * Math.log(1 + lacc / lmC);
        if (mark[cur] === 0) {
          mark[cur] = 1;
          touched.push(cur);
        }
      }
      for (const org of termOrgs) {
        const tn = orgTf[org]! / this.orgNorm(org, k);
        orgTf[org] = 0;
        this.orgScore[org]! += (wIdf * tn) / (k1 + tn);
        if (orgMark[org] === 0) {
          orgMark[org] = 1;
          this.orgTouched.push(org);
        }
      }
      termOrgs.length = 0;
    }

    // Final scores with a bounded min-heap of size `limit`.
    const heapD: number[] = [];
    const heapS: number[] = [];
    const ids = this.extIds;
    const worse = (i: number, j: number): boolean =>
      heapS[i]! < heapS[j]! || (heapS[i] === heapS[j] && ids[heapD[i]!]! > ids[heapD[j]!]!);
    const swap = (i: number, j: number): void => {
      const td = heapD[i]!;
      heapD[i] = heapD[j]!;
      heapD[j] = td;
      const ts = heapS[i]!;
      heapS[i] = heapS[j]!;
      heapS[j] = ts;
    };
    const siftDown = (i: number): void => {
      const len = heapD.length;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < len && worse(l, m)) m = l;
        if (r < len && worse(r, m)) m = r;
        if (m === i) return;
        swap(i, m);
        i = m;
      }
    };
    const siftUp = (i: number): void => {
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!worse(i, parent)) return;
        swap(i, parent);
        i = parent;
      }
    };

    for (const d of touched) {
      let s = docAcc[d]!;
      const lmRaw = lmAcc[d]!;
      if (reset) {
        mark[d] = 0;
        docAcc[d] = 0;
        lmAcc[d] = 0;
      }
      if (useOrg && orgOf[d]! >= 0) s += P.orgContextWeight * this.orgScore[orgOf[d]!]!;
      if (this.outCount[d]! > 0) {
        if (useOut) s += this.outputBonus(d, reset);
        s *= this.priors[d]!;
        if (s > 0 && P.outputsLogPrior > 0) s += P.outputsLogPrior * Math.log(1 + this.outCount[d]!);
      }
      if (useLm) {
        if (s <= 0 && lmRaw <= 0) continue;
        s = this.fused(d, s, lmRaw);
      }
      if (s <= 0 || !this.passesFilter(d, filter)) continue;
      if (heapD.length < limit) {
        heapD.push(d);
        heapS.push(s);
        siftUp(heapD.length - 1);
      } else if (limit > 0 && (s > heapS[0]! || (s === heapS[0] && ids[d]! < ids[heapD[0]!]!))) {
        heapD[0] = d;
        heapS[0] = s;
        siftDown(0);
      }
    }
    if (reset) {
      for (const org of this.orgTouched) {
        this.orgScore[org] = 0;
        orgMark[org] = 0;
      }
      this.orgTouched.length = 0;
    }
    const order = heapD.map((_, i) => i).sort((i, j) => heapS[j]! - heapS[i]! || (ids[heapD[i]!]! < ids[heapD[j]!]! ? -1 : 1));
    return { docs: order.map((i) => heapD[i]!), scores: order.map((i) => heapS[i]!) };
  }

  /** RM3-style expansion: words frequent in the top documents, weighted by their scores. */
  private expand(terms: QueryTerm[], top: { docs: number[]; scores: number[] }): QueryTerm[] {
    const P = this.P;
    const m = Math.min(P.prfDocs, top.docs.length);
    if (m === 0 || P.prfWeight <= 0 || P.prfTerms <= 0) return terms;
    let sum = 0;
    for (let i = 0; i < m; i++) sum += top.scores[i]!;
    if (sum <= 0) return terms;
    const inQuery = new Set(terms.map((t) => t.id));
    const maxDf = Math.max(2, P.prfMaxDf * this.liveDocs);
    const rel = new Map<number, number>();
    for (let i = 0; i < m; i++) {
      const d = top.docs[i]!;
      const wd = top.scores[i]! / sum;
      const fwd = this.fwd(d);
      const len = [0, 0];
      for (let f = 0; f < NF; f++) {
        len[0]! += this.lens[d * KINDS * NF + f]!;
        len[1]! += this.lens[d * KINDS * NF + NF + f]!;
      }
      const end = P.prfBigrams ? fwd.length : this.fwdWords[d]! * 3;
      for (let j = 0; j < end; j += 3) {
        const t = fwd[j]!;
        const kind = this.tm[t * TM + 3]!;
        if (kind > 1 || inQuery.has(t)) continue;
        const df = this.tm[t * TM]!;
        if (df < 2 || df > maxDf) continue;
        const l = len[kind]!;
        if (l > 0) rel.set(t, (rel.get(t) ?? 0) + (wd * fwd[j + 2]!) / l);
      }
    }
    const picked = [...rel].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, P.prfTerms);
    return this.withExpansion(terms, picked, P.prfWeight);
  }

  /** Appends expansion terms whose weights sum to weight/(1 − weight) of the query words' weight. */
  private withExpansion(terms: QueryTerm[], picked: readonly (readonly [number, number])[], weight: number): QueryTerm[] {
    const relSum = picked.reduce((s, [, v]) => s + v, 0);
    if (relSum <= 0) return terms;
    const qSum = terms.reduce((s, t) => s + (this.tm[t.id * TM + 3] === 0 && !t.expansion ? t.weight : 0), 0) || 1;
    const scale = (weight / (1 - weight)) * qSum;
    return [...terms, ...picked.map(([id, v]) => ({ id, weight: (scale * v) / relSum, lm: 0, expansion: true }))];
  }

  /**
   * Term associations learned from the indexed corpus (a translation model): for every query
   * word t in at most `assocMaxPostings` documents, P(u|t) is the mean over the documents
   * containing t of P(u|d) = 1/|distinct words of d|. Candidate words u are ranked by
   * Σ_t w_t·P(u|t) · idf(u) and the top `assocTerms` join the query with weights ∝ Σ_t w_t·P(u|t).
   */
  private associate(terms: QueryTerm[]): QueryTerm[] {
    const P = this.P;
    if (P.assocWeight <= 0 || P.assocTerms <= 0) return terms;
    const inQuery = new Set(terms.map((t) => t.id));
    const maxDf = Math.max(2, P.prfMaxDf * this.liveDocs);
    // Accumulators in a scratch array over term ids (cheaper than a Map on long queries).
    if (this.assocScratch.length < this.termStr.length) this.assocScratch = new Float64Array(Math.max(1024, this.termStr.length * 2));
    const acc = this.assocScratch;
    const seen: number[] = [];
    const pool = this.pool;
    const cross = P.assocCrossOutputs;
    for (const qt of terms) {
      const t = qt.id;
      if (this.tm[t * TM + 3] !== 0) continue;
      const df = this.tm[t * TM]!;
      if (df < 2 || df > P.assocMaxPostings) continue;
      const pt = qt.weight / df;
      let last = -1;
      for (let b = this.tm[t * TM + 1]!; b >= 0; b = pool[b]!) {
        const end = b + BLOCK_HEADER + 2 * pool[b + 1]!;
        for (let e = b + BLOCK_HEADER; e < end; e += 2) {
          const d = pool[e]!;
          if (this.alive[d] === 0) continue;
          const fwd = this.fwd(d);
          const nw = this.fwdWords[d]! * 3;
          if (cross && this.outCount[d]! > 1) {
            // Words of the document's other outputs: how one expert words related work.
            const slot = pool[e + 1]! >>> 16;
            if (slot < OUT) continue;
            let n = 0;
            for (let j = 0; j < nw; j += 3) if (fwd[j + 1]! >= OUT && fwd[j + 1] !== slot) n++;
            if (n === 0) continue;
            const w = pt / n;
            for (let j = 0; j < nw; j += 3) {
              const u = fwd[j]!;
              if (fwd[j + 1]! < OUT || fwd[j + 1] === slot || inQuery.has(u)) continue;
              const du = this.tm[u * TM]!;
              if (du < 2 || du > maxDf) continue;
              if (acc[u] === 0) seen.push(u);
              acc[u]! += w;
            }
            continue;
          }
          if (d === last) continue;
          last = d;
          let uniq = 0;
          let prev = -1;
          for (let j = 0; j < nw; j += 3) {
            if (fwd[j] !== prev) {
              uniq++;
              prev = fwd[j]!;
            }
          }
          const w = pt / uniq;
          prev = -1;
          for (let j = 0; j < nw; j += 3) {
            const u = fwd[j]!;
            if (u === prev) continue;
            prev = u;
            if (inQuery.has(u)) continue;
            const du = this.tm[u * TM]!;
            if (du < 2 || du > maxDf) continue;
            if (acc[u] === 0) seen.push(u);
            acc[u]! += w;
          }
        }
      }
    }
    if (seen.length === 0) return terms;
    const ranked = seen.map((u) => [u, acc[u]!, acc[u]! * this.idf(u)] as const);
    for (const u of seen) acc[u] = 0;
    ranked.sort((x, y) => y[2] - x[2] || x[0] - y[0]);
    const picked = ranked.slice(0, P.assocTerms).map(([u, v]) => [u, v] as const);
    return this.withExpansion(terms, picked, P.assocWeight);
  }

  /** Character trigrams of the CJK runs of a normalised text, as integer keys. */
  private static trigrams(text: string, visit: (key: number, c0: number, c1: number, c2: number) => void): void {
    let p1 = -1;
    let p2 = -1;
    for (let i = 0; i < text.length; i++) {
      const c = cjkCode(text.charCodeAt(i));
      if (c >= 0 && p1 >= 0 && p2 >= 0) visit((p2 * CJK_CODES + p1) * CJK_CODES + c, p2, p1, c);
      p2 = p1;
      p1 = c;
    }
  }

  /**
   * Phrase evidence for profiles with outputs: among the top `phraseDocs` results, an output
   * that shares runs of three or more characters with the query (character trigrams, each
   * weighted by the smaller idf of its two bigrams) adds phraseWeight × that weight (best
   * output) to the score. Term scores treat adjacent bigrams independently; this rewards the
   * contiguous phrases an expert reuses. Re-sorts the head; returns the bonus per document.
   */
  private phraseBonus(text: string, top: { docs: number[]; scores: number[] }): Map<number, { output: number; title?: string; score: number }> {
    const P = this.P;
    const out = new Map<number, { output: number; title?: string; score: number }>();
    const m = Math.min(P.phraseDocs, top.docs.length);
    if (m === 0) return out;
    const q = new Map<number, number>();
    const bigrams = this.codeIds[0]!;
    MatchIndex.trigrams(normalizeText(text), (key, c0, c1, c2) => {
      const b1 = bigrams.get(c0 * CJK_CODES + c1);
      const b2 = bigrams.get(c1 * CJK_CODES + c2);
      if (b1 < 0 || b2 < 0 || this.tm[b1 * TM] === 0 || this.tm[b2 * TM] === 0) return;
      q.set(key, Math.min(this.idf(b1), this.idf(b2)));
    });
    if (q.size === 0) return out;
    let changed = false;
    for (let i = 0; i < m; i++) {
      const d = top.docs[i]!;
      const cnt = this.outCount[d]!;
      let best = 0;
      let bestO = -1;
      for (let o = 0; o < cnt; o++) {
        const title = this.outTitles[this.outBase[d]! + o];
        if (!title) continue;
        const seen = new Set<number>();
        let v = 0;
        MatchIndex.trigrams(normalizeText(title), (key) => {
          const w = q.get(key);
          if (w !== undefined && !seen.has(key)) {
            seen.add(key);
            v += w;
          }
        });
        if (v > best) {
          best = v;
          bestO = o;
        }
      }
      if (best > 0) {
        const b = P.phraseWeight * best;
        top.scores[i] = top.scores[i]! + b;
        out.set(d, { output: bestO, title: this.outTitles[this.outBase[d]! + bestO], score: b });
        changed = true;
      }
    }
    if (changed) {
      const ids = this.extIds;
      const order = Array.from({ length: m }, (_, i) => i).sort(
        (x, y) => top.scores[y]! - top.scores[x]! || (ids[top.docs[x]!]! < ids[top.docs[y]!]! ? -1 : 1),
      );
      const docs = order.map((i) => top.docs[i]!);
      const scores = order.map((i) => top.scores[i]!);
      for (let i = 0; i < m; i++) {
        top.docs[i] = docs[i]!;
        top.scores[i] = scores[i]!;
      }
    }
    return out;
  }

  /**
   * Cluster re-ranking: a top result that resembles the other top results (cosine of
   * (1 + ln tf)·idf vectors over words and bigrams, organisation excluded, weighted by their
   * scores) keeps its score; an isolated one loses up to `rerankWeight` of it. Results below the
   * re-ranked head are scaled so that the order stays monotone. Returns per-result factors.
   */
  private rerank(top: { docs: number[]; scores: number[] }): number[] {
    const P = this.P;
    const n = top.docs.length;
    const factors = new Array<number>(n).fill(1);
    const m = Math.min(P.rerankDocs, n);
    const alpha = P.rerankWeight;
    if (m < 2 || alpha <= 0) return factors;
    // Only for document search: a profile with outputs (an expert) aggregates evidence already,
    // and its likeness to other experts says nothing about its fit (measured: it hurts there).
    for (let i = 0; i < m; i++) if (this.outCount[top.docs[i]!]! > 0) return factors;
    if (this.termScratch.length < this.termStr.length) this.termScratch = new Float64Array(Math.max(1024, this.termStr.length * 2));
    const scratch = this.termScratch;
    const vecIds: Int32Array[] = [];
    const vecWs: Float64Array[] = [];
    const norms: number[] = [];
    for (let i = 0; i < m; i++) {
      const fwd = this.fwd(top.docs[i]!);
      const ids: number[] = [];
      const ws: number[] = [];
      let norm = 0;
      for (let j = 0; j < fwd.length; ) {
        const t = fwd[j]!;
        let tf = 0;
        while (j < fwd.length && fwd[j] === t) {
          if (fwd[j + 1] !== 3 && this.tm[t * TM + 3]! < 2) tf += fwd[j + 2]!;
          j += 3;
        }
        if (tf === 0) continue;
        const w = (1 + Math.log(tf)) * this.idf(t);
        ids.push(t);
        ws.push(w);
        norm += w * w;
      }
      vecIds.push(Int32Array.from(ids));
      vecWs.push(Float64Array.from(ws));
      norms.push(Math.sqrt(norm) || 1);
    }
    const c = new Float64Array(m);
    for (let i = 0; i < m; i++) {
      const ii = vecIds[i]!;
      const iw = vecWs[i]!;
      for (let x = 0; x < ii.length; x++) scratch[ii[x]!] = iw[x]!;
      for (let j = i + 1; j < m; j++) {
        const ji = vecIds[j]!;
        const jw = vecWs[j]!;
        let dot = 0;
        for (let x = 0; x < ji.length; x++) dot += scratch[ji[x]!]! * jw[x]!;
        const cos = dot / (norms[i]! * norms[j]!);
        c[i]! += cos * top.scores[j]!;
        c[j]! += cos * top.scores[i]!;
      }
      for (let x = 0; x < ii.length; x++) scratch[ii[x]!] = 0;
    }
    let maxC = 0;
    for (let i = 0; i < m; i++) if (c[i]! > maxC) maxC = c[i]!;
    if (maxC <= 0) return factors;
    let minNew = Infinity;
    for (let i = 0; i < m; i++) {
      factors[i] = 1 - alpha + (alpha * c[i]!) / maxC;
      minNew = Math.min(minNew, top.scores[i]! * factors[i]!);
    }
    const sTail = top.scores[m - 1]!;
    for (let i = m; i < n; i++) factors[i] = sTail > 0 ? minNew / sTail : 1;
    const ids = this.extIds;
    const order = top.docs.map((_, i) => i);
    const head = order.slice(0, m).sort((x, y) => top.scores[y]! * factors[y]! - top.scores[x]! * factors[x]! || (ids[top.docs[x]!]! < ids[top.docs[y]!]! ? -1 : 1));
    const all = [...head, ...order.slice(m)];
    const docs = all.map((i) => top.docs[i]!);
    const scores = all.map((i) => top.scores[i]! * factors[i]!);
    const f2 = all.map((i) => factors[i]!);
    top.docs = docs;
    top.scores = scores;
    return f2;
  }

  search(text: string, options: SearchOptions = {}): SearchResult[] {
    const limit = options.limit ?? 10;
    let terms = this.queryTerms(text);
    if (terms.length === 0 || this.liveDocs === 0) return [];
    const expand = options.expand ?? true;
    if (expand && this.queryWordCount >= this.P.longQueryWords) terms = this.associate(terms);
    const P = this.P;
    const doExpand = expand && P.prfWeight > 0 && P.prfDocs > 0;
    const doRerank = expand && P.rerankWeight > 0 && P.rerankDocs > 1;
    const doPhrase = P.phraseWeight > 0 && P.phraseDocs > 0;
    const want = Math.max(limit, doRerank ? P.rerankDocs : 0, doPhrase ? P.phraseDocs : 0);
    const touched: number[] = [];
    let top = this.score(terms, doExpand ? Math.max(want, P.prfDocs) : want, options.filter, touched, !doExpand);
    if (doExpand) {
      const n0 = terms.length;
      terms = this.expand(terms, top);
      top = this.score(terms.slice(n0), want, options.filter, touched, true);
    }
    const bonus = doPhrase ? this.phraseBonus(text, top) : undefined;
    const factors = doRerank ? this.rerank(top) : undefined;
    const n = Math.min(limit, top.docs.length);
    const out: SearchResult[] = [];
    for (let i = 0; i < n; i++) {
      const d = top.docs[i]!;
      const r: SearchResult = { id: this.extIds[d]!, score: top.scores[i]! };
      if (options.explain) {
        r.explanation = this.explainDoc(d, terms, factors?.[i] ?? 1);
        const pb = bonus?.get(d);
        if (pb) {
          r.explanation.phrase = { ...pb, score: pb.score * (factors?.[i] ?? 1) };
        }
      }
      out.push(r);
    }
    return out;
  }

  /** Explains a document's score for a query (also for a document outside the top results). */
  explain(text: string, id: string): Explanation | undefined {
    const d = this.byExt.get(id);
    if (d === undefined) return undefined;
    return this.explainDoc(d, this.queryTerms(text), 1);
  }

  private explainDoc(d: number, terms: readonly QueryTerm[], factor: number): Explanation {
    const P = this.P;
    this.refreshNorms();
    const fw = [P.fieldWeights.title, P.fieldWeights.keywords, P.fieldWeights.body, P.fieldWeights.org, P.fieldWeights.outputs];
    const fb = [P.b.title, P.b.keywords, P.b.body, P.b.org, P.b.outputs];
    const weightOf = new Map(terms.map((t) => [t.id, t]));
    const fwd = this.fwd(d);
    const matches: TermMatch[] = [];
    const cnt = this.outCount[d]!;
    const outScores = new Float64Array(cnt);
    const outTerms: TermMatch[][] = Array.from({ length: cnt }, () => []);
    let documentScore = 0;
    let lmRaw = 0;
    let j = 0;
    while (j < fwd.length) {
      const t = fwd[j]!;
      let end = j;
      while (end < fwd.length && fwd[end] === t) end += 3;
      const qt = weightOf.get(t);
      if (qt && qt.lm > 0) {
        const k = this.tm[t * TM + 3]!;
        let lacc = 0;
        for (let i = j; i < end; i += 3) lacc += fwd[i + 1] === 3 ? P.lmOrgWeight * fwd[i + 2]! : fwd[i + 2]!;
        lmRaw += qt.lm * Math.log(1 + lacc / this.lmPseudo(t, k));
      }
      if (qt && qt.weight > 0) {
        const k = this.tm[t * TM + 3]!;
        const wIdf = qt.weight * this.idf(t);
        const avgOut = this.liveOutputs > 0 ? this.outTotal[k]! / this.liveOutputs : 0;
        const parts: { slot: number; v: number }[] = [];
        let acc = 0;
        for (let i = j; i < end; i += 3) {
          const slot = fwd[i + 1]!;
          const tf = Math.min(MAX_TF, fwd[i + 2]!);
          const f = slot < OUT ? slot : OUT;
          const v = (fw[f]! * tf) / this.fieldNorm(d, k, f, fb[f]!);
          acc += v;
          parts.push({ slot, v });
          if (slot >= OUT && P.outputMaxWeight > 0) {
            const o = slot - OUT;
            const onorm = avgOut > 0 ? 1 - P.outputB + (P.outputB * this.outLens[(this.outBase[d]! + o) * KINDS + k]!) / avgOut : 1;
            const tn = tf / onorm;
            const c = (wIdf * tn) / (P.outputK1 + tn);
            outScores[o]! += c;
            outTerms[o]!.push({ term: this.termText(t), kind: KIND_NAMES[k]!, expansion: qt.expansion, field: 'outputs', output: o, contribution: c });
          }
        }
        const termScore = acc > 0 ? (wIdf * acc) / (P.k1 + acc) : 0;
        documentScore += termScore;
        for (const { slot, v } of parts) {
          const m: TermMatch = {
            term: this.termText(t),
            kind: KIND_NAMES[k]!,
            expansion: qt.expansion,
            field: FIELDS[slot < OUT ? slot : OUT]!,
            contribution: acc > 0 ? (termScore * v) / acc : 0,
          };
          if (slot >= OUT) m.output = slot - OUT;
          matches.push(m);
        }
      }
      j = end;
    }
    const org = this.orgOf[d]!;
    if (P.orgContextWeight > 0 && org >= 0 && this.liveOrgs > 0) {
      // Organisation context: each query term's tf over the org's documents (outside org names).
      const pool = this.pool;
      for (const qt of terms) {
        const t = qt.id;
        let tf = 0;
        for (let b = this.tm[t * TM + 1]!; b >= 0; b = pool[b]!) {
          const end = b + BLOCK_HEADER + 2 * pool[b + 1]!;
          for (let e = b + BLOCK_HEADER; e < end; e += 2) {
            const d2 = pool[e]!;
            if (this.alive[d2] === 0 || this.orgOf[d2] !== org || pool[e + 1]! >>> 16 === 3) continue;
            tf += pool[e + 1]! & MAX_TF;
          }
        }
        if (tf === 0) continue;
        const k = this.tm[t * TM + 3]!;
        const tn = tf / this.orgNorm(org, k);
        const c = P.orgContextWeight * ((qt.weight * this.idf(t) * tn) / (P.k1 + tn));
        matches.push({ term: this.termText(t), kind: KIND_NAMES[k]!, expansion: qt.expansion, field: 'org', context: true, contribution: c });
      }
    }
    const prior = cnt > 0 ? 1 + P.outputsPrior * Math.log(1 + cnt) : 1;
    const exp: Explanation = { matches, documentScore, prior };
    if (factor !== 1) exp.rerank = factor;
    if (cnt > 0 && P.outputsLogPrior > 0) exp.priorBonus = P.outputsLogPrior * Math.log(1 + cnt) * factor;

    // Output evidence: the best output with weight outputMaxWeight, the next ones decayed.
    const ranked = Array.from({ length: cnt }, (_, o) => o)
      .filter((o) => outScores[o]! > 0)
      .sort((x, y) => outScores[y]! - outScores[x]! || x - y);
    if (ranked.length > 0) {
      const best = ranked[0]!;
      exp.bestOutput = { index: best, title: this.outTitles[this.outBase[d]! + best], score: outScores[best]! };
      let w = P.outputMaxWeight;
      for (const o of P.outputDecay > 0 || cnt === 1 ? ranked : [best]) {
        for (const m of outTerms[o]!) matches.push({ ...m, contribution: w * m.contribution });
        w *= P.outputDecay;
      }
    }
    // Merge entries of the same term, field and output, then apply the prior and re-ranking.
    const merged = new Map<string, TermMatch>();
    for (const m of matches) {
      const key = `${m.kind}\u0000${m.term}\u0000${m.field}\u0000${m.output ?? ''}\u0000${m.context ? 1 : 0}`;
      const prev = merged.get(key);
      if (prev) prev.contribution += m.contribution;
      else merged.set(key, { ...m });
    }
    exp.matches = [...merged.values()]
      .map((m) => ({ ...m, contribution: m.contribution * prior * factor }))
      .sort((a, b) => b.contribution - a.contribution);
    if (this.lmQuery) {
      // The likelihood part is what the fused score adds to the BM25F part (see `fused`).
      const bm = (exp.matches.reduce((s, m) => s + m.contribution, 0) + (exp.priorBonus ?? 0)) / factor;
      exp.likelihood = (this.fused(d, bm, lmRaw) - bm) * factor;
    }
    return exp;
  }

  private termText(t: number): string {
    return this.termStr[t]!;
  }
}

export type { FieldName };
