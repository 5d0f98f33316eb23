import { Analyzer, type Analyzed } from './analyzer.ts';
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
  fieldWeights: { title: 2, keywords: 2, body: 1, org: 0.3, outputs: 1 },
  b: { title: 0.5, keywords: 0.5, body: 0.75, org: 0.5, outputs: 0.75 },
  bigramWeight: 2,
  charWeight: 0,
  outputMaxWeight: 1,
  outputK1: 1.2,
  outputB: 0.5,
  outputsPrior: 0.9,
  prfDocs: 10,
  prfTerms: 20,
  prfWeight: 0.3,
  prfMaxDf: 0.1,
  maxQueryDf: 0.5,
  queryTfCap: 2,
  maxCandidates: 2000,
  assocWeight: 0,
  assocTerms: 20,
  assocMaxPostings: 500,
  prfBigrams: true,
};

const NF = FIELDS.length; // 5 fields; slot 0..3 = title/keywords/body/org, slot 4 + i = output i
const OUT = 4;
const KINDS = 3; // 0 word, 1 character bigram, 2 single CJK character
const KIND_NAMES = ['word', 'bigram', 'char'] as const;
const kindList = (a: Analyzed, k: number): string[] => (k === 0 ? a.words : k === 1 ? a.bigrams : a.chars);
const SLOT_SPACE = 4096;
const MAX_OUTPUTS = SLOT_SPACE - OUT - 1;

interface Postings {
  docs: number[];
  slots: number[];
  tfs: number[];
}

interface QueryTerm {
  id: number;
  weight: number;
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

/**
 * An incremental inverted index over words and character bigrams with field-weighted BM25F
 * scoring, per-output evidence aggregation for experts, pseudo-relevance feedback, structured
 * filters and per-result explanations. Documents can be added, updated and removed at any time;
 * removal tombstones postings (statistics are updated at once) and postings are compacted when
 * a quarter of them are dead.
 */
export class MatchIndex {
  private P: Params;
  private readonly analyzer: Analyzer;

  /** One dictionary per term kind (word, bigram, char). */
  private readonly termIds: Map<string, number>[] = [new Map(), new Map(), new Map()];
  private readonly termStr: string[] = [];
  private readonly termKind: number[] = [];
  private readonly postings: Postings[] = [];
  private readonly df: number[] = [];

  private readonly extIds: string[] = [];
  private readonly byExt = new Map<string, number>();
  private alive = new Uint8Array(1024);
  /** lens[doc * 10 + kind * 5 + field]; field 4 = all outputs together. */
  private lens = new Float64Array(1024 * KINDS * NF);
  private readonly outBase: number[] = [];
  private readonly outCount: number[] = [];
  /** outLens[(outBase + i) * 2 + kind] */
  private outLens = new Float64Array(1024 * KINDS);
  private readonly outTitles: (string | undefined)[] = [];
  private readonly docAttrs: (MatchDocument['attrs'] | undefined)[] = [];
  private readonly docKind: (string | undefined)[] = [];
  /** Forward index per document: triples (termId, slot, tf). */
  private readonly forward: Int32Array[] = [];

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

  private readonly orgCache = new Map<string, Analyzed>();

  // Query-time scratch space.
  private docAcc = new Float64Array(1024);
  private outAcc = new Float64Array(1024);
  private touchedMark = new Uint8Array(1024);

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

  addAll(docs: Iterable<MatchDocument>): void {
    for (const d of docs) this.add(d);
  }

  /** Removes a document; returns false when it was not indexed. */
  remove(id: string): boolean {
    const d = this.byExt.get(id);
    if (d === undefined) return false;
    this.byExt.delete(id);
    this.alive[d] = 0;
    const fwd = this.forward[d]!;
    let last = -1;
    for (let i = 0; i < fwd.length; i += 3) {
      const t = fwd[i]!;
      if (t !== last) {
        this.df[t]!--;
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
    this.forward[d] = new Int32Array(0);
    this.docAttrs[d] = undefined;
    if (this.deadPostings > 50_000 && this.deadPostings * 4 > this.totalPostings) this.compact();
    return true;
  }

  /** Drops the postings of removed documents. */
  compact(): void {
    for (const p of this.postings) {
      let w = 0;
      for (let i = 0; i < p.docs.length; i++) {
        const d = p.docs[i]!;
        if (this.alive[d] === 0) continue;
        p.docs[w] = d;
        p.slots[w] = p.slots[i]!;
        p.tfs[w] = p.tfs[i]!;
        w++;
      }
      p.docs.length = w;
      p.slots.length = w;
      p.tfs.length = w;
    }
    this.totalPostings -= this.deadPostings;
    this.deadPostings = 0;
  }

  private termId(key: string, kind: number): number {
    const map = this.termIds[kind]!;
    let id = map.get(key);
    if (id === undefined) {
      id = this.termStr.length;
      map.set(key, id);
      this.termStr.push(key);
      this.termKind.push(kind);
      this.postings.push({ docs: [], slots: [], tfs: [] });
      this.df.push(0);
    }
    return id;
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
    this.docAcc = new Float64Array(cap);
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

  private insert(doc: MatchDocument): void {
    const d = this.extIds.length;
    this.ensureDocCapacity(d + 1);
    this.extIds.push(doc.id);
    this.byExt.set(doc.id, d);
    this.alive[d] = 1;
    this.docAttrs.push(doc.attrs);
    this.docKind.push(doc.kind);

    const outputs = (doc.outputs ?? []).slice(0, MAX_OUTPUTS);
    const base = this.nextOut;
    this.nextOut += outputs.length;
    this.ensureOutCapacity(this.nextOut);
    this.outBase.push(base);
    this.outCount.push(outputs.length);

    const keys: number[] = [];
    const lensBase = d * KINDS * NF;
    const addTerms = (a: Analyzed, slot: number): void => {
      const field = slot < OUT ? slot : OUT;
      for (let k = 0; k < KINDS; k++) {
        const list = kindList(a, k);
        for (const term of list) {
          keys.push(this.termId(term, k) * SLOT_SPACE + slot);
        }
        this.lens[lensBase + k * NF + field]! += list.length;
        if (slot >= OUT) this.outLens[(base + slot - OUT) * KINDS + k] = list.length;
      }
    };
    if (doc.title) addTerms(this.analyzer.analyze(doc.title), 0);
    if (doc.keywords) {
      const kws = typeof doc.keywords === 'string' ? [doc.keywords] : doc.keywords;
      for (const kw of kws) addTerms(this.analyzer.analyze(kw), 1);
    }
    if (doc.body) addTerms(this.analyzer.analyze(doc.body), 2);
    if (doc.org) {
      // Organisation names repeat across many documents: cache their analysis.
      let a = this.orgCache.get(doc.org);
      if (!a) {
        a = this.analyzer.analyze(doc.org);
        if (this.orgCache.size >= 50_000) this.orgCache.clear();
        this.orgCache.set(doc.org, a);
      }
      addTerms(a, 3);
    }
    outputs.forEach((o, i) => {
      this.outTitles[base + i] = o.title;
      addTerms(this.analyzer.analyze(o.body ? `${o.title} ${o.body}` : o.title), OUT + i);
    });

    const sorted = Float64Array.from(keys).sort();
    let unique = 0;
    for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) unique++;
    const fwd = new Int32Array(unique * 3);
    let last = -1;
    let w = 0;
    for (let i = 0; i < sorted.length; ) {
      const key = sorted[i]!;
      let j = i + 1;
      while (j < sorted.length && sorted[j] === key) j++;
      const tf = j - i;
      i = j;
      const t = Math.floor(key / SLOT_SPACE);
      const slot = key - t * SLOT_SPACE;
      const p = this.postings[t]!;
      p.docs.push(d);
      p.slots.push(slot);
      p.tfs.push(tf);
      fwd[w++] = t;
      fwd[w++] = slot;
      fwd[w++] = tf;
      if (t !== last) {
        this.df[t]!++;
        last = t;
      }
    }
    this.forward.push(fwd);
    this.totalPostings += unique;

    for (let k = 0; k < KINDS; k++) {
      for (let f = 0; f < NF; f++) this.fieldTotal[k * NF + f]! += this.lens[lensBase + k * NF + f]!;
      for (let o = 0; o < outputs.length; o++) this.outTotal[k]! += this.outLens[(base + o) * KINDS + k]!;
    }
    for (let f = 0; f < NF; f++) if (this.lens[lensBase + f]! > 0) this.fieldDocs[f]!++;
    this.liveOutputs += outputs.length;
    this.liveDocs++;
    this.normsDirty = true;
  }

  private refreshNorms(): void {
    if (!this.normsDirty) return;
    const P = this.P;
    const fb = [P.b.title, P.b.keywords, P.b.body, P.b.org, P.b.outputs];
    const nDocs = this.extIds.length;
    if (this.norms.length < nDocs * KINDS * NF) this.norms = new Float64Array(this.lens.length);
    if (this.outNorms.length < this.nextOut * KINDS) this.outNorms = new Float64Array(this.outLens.length);
    const avg = new Float64Array(KINDS * NF);
    for (let k = 0; k < KINDS; k++) {
      for (let f = 0; f < NF; f++) {
        const n = this.fieldDocs[f]!;
        avg[k * NF + f] = n > 0 ? this.fieldTotal[k * NF + f]! / n : 0;
      }
    }
    for (let d = 0; d < nDocs; d++) {
      if (this.alive[d] === 0) continue;
      for (let k = 0; k < KINDS; k++) {
        for (let f = 0; f < NF; f++) {
          const i = d * KINDS * NF + k * NF + f;
          const a = avg[k * NF + f]!;
          this.norms[i] = a > 0 ? 1 - fb[f]! + (fb[f]! * this.lens[i]!) / a : 1;
        }
      }
      const b0 = this.outBase[d]!;
      for (let o = b0; o < b0 + this.outCount[d]!; o++) {
        for (let k = 0; k < KINDS; k++) {
          const a = this.liveOutputs > 0 ? this.outTotal[k]! / this.liveOutputs : 0;
          this.outNorms[o * KINDS + k] = a > 0 ? 1 - P.outputB + (P.outputB * this.outLens[o * KINDS + k]!) / a : 1;
        }
      }
    }
    if (this.priors.length < this.alive.length) this.priors = new Float64Array(this.alive.length);
    for (let d = 0; d < nDocs; d++) this.priors[d] = 1 + P.outputsPrior * Math.log(1 + this.outCount[d]!);
    this.normsDirty = false;
  }

  private idf(t: number): number {
    const df = this.df[t]!;
    return Math.log(1 + (this.liveDocs - df + 0.5) / (df + 0.5));
  }

  /** Query text → weighted term ids (terms absent from the index are dropped). */
  private queryTerms(text: string): QueryTerm[] {
    const a = this.analyzer.analyze(text);
    const weights = new Map<number, number>();
    const maxDf = Math.max(1, this.P.maxQueryDf * this.liveDocs);
    for (let k = 0; k < KINDS; k++) {
      const list = kindList(a, k);
      const w = k === 0 ? 1 : k === 1 ? this.P.bigramWeight : this.P.charWeight;
      if (w <= 0) continue;
      for (const term of list) {
        const id = this.termIds[k]!.get(term);
        if (id === undefined || this.df[id] === 0 || this.df[id]! > maxDf) continue;
        weights.set(id, (weights.get(id) ?? 0) + w);
      }
    }
    const cap = this.P.queryTfCap;
    return [...weights].map(([id, weight]) => ({ id, weight: cap > 0 ? Math.min(weight, cap * (this.termKind[id] === 0 ? 1 : this.termKind[id] === 1 ? this.P.bigramWeight : this.P.charWeight)) : weight, expansion: false }));
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
    const fw = [P.fieldWeights.title, P.fieldWeights.keywords, P.fieldWeights.body, P.fieldWeights.org, P.fieldWeights.outputs];
    const useOut = P.outputMaxWeight > 0 && this.liveOutputs > 0;

    this.refreshNorms();
    const norms = this.norms;
    const outNorms = this.outNorms;
    // Rarest terms first; once `maxCandidates` documents have scores, commoner terms only add
    // to those documents (the "continue" strategy of Moffat & Zobel) instead of creating more.
    const ordered = terms.length > 1 ? [...terms].sort((a, b) => this.df[a.id]! - this.df[b.id]! || a.id - b.id) : terms;
    const maxCand = P.maxCandidates;
    for (const qt of ordered) {
      const t = qt.id;
      const k = this.termKind[t]!;
      const wIdf = qt.weight * this.idf(t);
      const restrict = maxCand > 0 && touched.length >= maxCand;
      const p = this.postings[t]!;
      const pd = p.docs;
      const ps = p.slots;
      const pt = p.tfs;
      const n = pd.length;
      let cur = -1;
      let acc = 0;
      for (let i = 0; i < n; i++) {
        const d = pd[i]!;
        if (d !== cur) {
          if (acc > 0) {
            docAcc[cur]! += (wIdf * acc) / (P.k1 + acc);
            if (mark[cur] === 0) {
              mark[cur] = 1;
              touched.push(cur);
            }
          }
          cur = d;
          acc = 0;
        }
        if (alive[d] === 0 || (restrict && mark[d] === 0)) continue;
        const slot = ps[i]!;
        const tf = pt[i]!;
        if (slot < OUT) {
          acc += (fw[slot]! * tf) / norms[d * KINDS * NF + k * NF + slot]!;
        } else {
          acc += (fw[OUT]! * tf) / norms[d * KINDS * NF + k * NF + OUT]!;
          if (useOut) {
            const o = outBase[d]! + slot - OUT;
            const tn = tf / outNorms[o * KINDS + k]!;
            outAcc[o]! += (wIdf * tn) / (P.outputK1 + tn);
          }
        }
      }
      if (acc > 0) {
        docAcc[cur]! += (wIdf * acc) / (P.k1 + acc);
        if (mark[cur] === 0) {
          mark[cur] = 1;
          touched.push(cur);
        }
      }
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
      if (reset) {
        mark[d] = 0;
        docAcc[d] = 0;
      }
      const cnt = this.outCount[d]!;
      if (cnt > 0) {
        if (useOut) {
          let best = 0;
          const b0 = outBase[d]!;
          for (let o = b0; o < b0 + cnt; o++) {
            const v = outAcc[o]!;
            if (v > best) best = v;
            if (reset) outAcc[o] = 0;
          }
          s += P.outputMaxWeight * best;
        }
        s *= this.priors[d]!;
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
      const fwd = this.forward[d]!;
      const len = [0, 0];
      for (let f = 0; f < NF; f++) {
        len[0]! += this.lens[d * KINDS * NF + f]!;
        len[1]! += this.lens[d * KINDS * NF + NF + f]!;
      }
      for (let j = 0; j < fwd.length; j += 3) {
        const t = fwd[j]!;
        const kind = this.termKind[t]!;
        if ((kind !== 0 && !(kind === 1 && P.prfBigrams)) || inQuery.has(t)) continue;
        const df = this.df[t]!;
        if (df < 2 || df > maxDf) continue;
        const l = len[kind]!;
        if (l > 0) rel.set(t, (rel.get(t) ?? 0) + (wd * fwd[j + 2]!) / l);
      }
    }
    const picked = [...rel].sort((x, y) => y[1] - x[1]).slice(0, P.prfTerms);
    const relSum = picked.reduce((s, [, v]) => s + v, 0);
    if (relSum <= 0) return terms;
    const qSum = terms.reduce((s, t) => s + (this.termKind[t.id] === 0 ? t.weight : 0), 0) || 1;
    const scale = (P.prfWeight / (1 - P.prfWeight)) * qSum;
    return [...terms, ...picked.map(([id, v]) => ({ id, weight: (scale * v) / relSum, expansion: true }))];
  }

  /**
   * Term associations learned from the corpus: for each rare query word, the words that co-occur
   * with it in the documents containing it (P(u|t)·idf(u)), summed over the query words.
   */
  private associate(terms: QueryTerm[]): QueryTerm[] {
    const P = this.P;
    if (P.assocWeight <= 0 || P.assocTerms <= 0) return terms;
    const inQuery = new Set(terms.map((t) => t.id));
    const maxDf = Math.max(2, P.prfMaxDf * this.liveDocs);
    const rel = new Map<number, number>();
    for (const qt of terms) {
      if (this.termKind[qt.id] !== 0) continue;
      const df = this.df[qt.id]!;
      if (df < 2 || df > P.assocMaxPostings) continue;
      const p = this.postings[qt.id]!;
      let last = -1;
      for (const d of p.docs) {
        if (d === last || this.alive[d] === 0) continue;
        last = d;
        const fwd = this.forward[d]!;
        let prev = -1;
        for (let j = 0; j < fwd.length; j += 3) {
          const u = fwd[j]!;
          if (u === prev) continue;
          prev = u;
          if (this.termKind[u] !== 0 || inQuery.has(u)) continue;
          const du = this.df[u]!;
          if (du < 2 || du > maxDf) continue;
          rel.set(u, (rel.get(u) ?? 0) + (qt.weight * this.idf(u)) / df);
        }
      }
    }
    const picked = [...rel].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, P.assocTerms);
    const relSum = picked.reduce((s2, [, v]) => s2 + v, 0);
    if (relSum <= 0) return terms;
    const qSum = terms.reduce((s2, t) => s2 + (this.termKind[t.id] === 0 ? t.weight : 0), 0) || 1;
    const scale = (P.assocWeight / (1 - P.assocWeight)) * qSum;
    return [...terms, ...picked.map(([id, v]) => ({ id, weight: (scale * v) / relSum, expansion: true }))];
  }

  search(text: string, options: SearchOptions = {}): SearchResult[] {
    const limit = options.limit ?? 10;
    let terms = this.queryTerms(text);
    if (terms.length === 0 || this.liveDocs === 0) return [];
    if (options.expand ?? true) terms = this.associate(terms);
    const P = this.P;
    const doExpand = (options.expand ?? true) && P.prfWeight > 0 && P.prfDocs > 0;
    const touched: number[] = [];
    let top = this.score(terms, doExpand ? Math.max(limit, P.prfDocs) : limit, options.filter, touched, !doExpand);
    if (doExpand) {
      const n0 = terms.length;
      terms = this.expand(terms, top);
      top = this.score(terms.slice(n0), limit, options.filter, touched, true);
    }
    const n = Math.min(limit, top.docs.length);
    const out: SearchResult[] = [];
    for (let i = 0; i < n; i++) {
      const d = top.docs[i]!;
      const r: SearchResult = { id: this.extIds[d]!, score: top.scores[i]! };
      if (options.explain) r.explanation = this.explainDoc(d, terms);
      out.push(r);
    }
    return out;
  }

  /** Explains a document's score for a query (also for a document outside the top results). */
  explain(text: string, id: string): Explanation | undefined {
    const d = this.byExt.get(id);
    if (d === undefined) return undefined;
    return this.explainDoc(d, this.queryTerms(text));
  }

  private explainDoc(d: number, terms: readonly QueryTerm[]): Explanation {
    const P = this.P;
    const fw = [P.fieldWeights.title, P.fieldWeights.keywords, P.fieldWeights.body, P.fieldWeights.org, P.fieldWeights.outputs];
    const fb = [P.b.title, P.b.keywords, P.b.body, P.b.org, P.b.outputs];
    const weightOf = new Map(terms.map((t) => [t.id, t]));
    const fwd = this.forward[d]!;
    const matches: TermMatch[] = [];
    const cnt = this.outCount[d]!;
    const outScores = new Float64Array(cnt);
    const outTerms: TermMatch[][] = Array.from({ length: cnt }, () => []);
    let documentScore = 0;
    let j = 0;
    while (j < fwd.length) {
      const t = fwd[j]!;
      let end = j;
      while (end < fwd.length && fwd[end] === t) end += 3;
      const qt = weightOf.get(t);
      if (qt) {
        const k = this.termKind[t]!;
        const wIdf = qt.weight * this.idf(t);
        const avgOut = this.liveOutputs > 0 ? this.outTotal[k]! / this.liveOutputs : 0;
        const parts: { slot: number; v: number }[] = [];
        let acc = 0;
        for (let i = j; i < end; i += 3) {
          const slot = fwd[i + 1]!;
          const tf = fwd[i + 2]!;
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
    let best = -1;
    for (let o = 0; o < cnt; o++) if (outScores[o]! > 0 && (best < 0 || outScores[o]! > outScores[best]!)) best = o;
    const prior = cnt > 0 ? 1 + P.outputsPrior * Math.log(1 + cnt) : 1;
    const exp: Explanation = { matches, documentScore, prior };
    if (best >= 0) {
      const bestScore = outScores[best]!;
      exp.bestOutput = { index: best, title: this.outTitles[this.outBase[d]! + best], score: bestScore };
      // Attribute the best-output bonus to its terms.
      for (const m of outTerms[best]!) matches.push({ ...m, contribution: P.outputMaxWeight * m.contribution });
    }
    // Merge entries of the same term, field and output, then apply the prior.
    const merged = new Map<string, TermMatch>();
    for (const m of matches) {
      const key = `${m.kind}\u0000${m.term}\u0000${m.field}\u0000${m.output ?? ''}`;
      const prev = merged.get(key);
      if (prev) prev.contribution += m.contribution;
      else merged.set(key, { ...m });
    }
    exp.matches = [...merged.values()]
      .map((m) => ({ ...m, contribution: m.contribution * prior }))
      .sort((a, b) => b.contribution - a.contribution);
    return exp;
  }

  private termText(t: number): string {
    const s = this.termStr[t]!;
    return s;
  }
}

export type { FieldName };
