/**
 * Evaluation runner: indexes a corpus from scratch, answers every query and writes a TREC run.
 *
 *   npm run match:eval -- --corpus FILE --queries FILE --out RUN [--k 100] [--tag yunju]
 *                         [--params '{"prfWeight":0}']
 *
 * Prints JSON: index time, documents/s, per-query latency p50/p95 (ms), heap use.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { MatchIndex } from '../engine.ts';
import type { MatchDocument, MatchOutput, ScoringParams } from '../types.ts';

interface RawRecord {
  id: string;
  kind?: string;
  name?: string;
  org?: string;
  title?: string;
  body?: string;
  keywords?: string[];
  attrs?: Record<string, string | number | boolean>;
  outputs?: { title?: string; year?: number; type?: string; body?: string }[];
}

/** Corpus record (experts, papers) → engine document. Names are pseudonyms and not indexed. */
export function toDocument(r: RawRecord): MatchDocument {
  const doc: MatchDocument = { id: r.id };
  if (r.kind) doc.kind = r.kind;
  if (r.title) doc.title = r.title;
  if (r.body) doc.body = r.body;
  // An expert's discipline (学科分类) is a subject keyword of the expert.
  const discipline = r.attrs?.['discipline'];
  const keywords = [...(r.keywords ?? []), ...(typeof discipline === 'string' ? [discipline] : [])];
  if (keywords.length > 0) doc.keywords = keywords;
  if (r.org) doc.org = r.org;
  if (r.attrs) doc.attrs = r.attrs;
  if (r.outputs) {
    doc.outputs = r.outputs
      .filter((o) => o.title)
      .map((o) => {
        const out: MatchOutput = { title: o.title ?? '' };
        if (o.body) out.body = o.body;
        if (o.year !== undefined) out.year = o.year;
        if (o.type) out.type = o.type;
        return out;
      });
  }
  return doc;
}

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as T);
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export interface EvalOptions {
  corpus: string;
  queries: string;
  out: string;
  /** Lines per query (≤ 100). */
  k?: number;
  tag?: string;
  params?: Partial<ScoringParams>;
}

export interface EvalStats {
  documents: number;
  outputs: number;
  terms: number;
  postings: number;
  indexMs: number;
  docsPerSecond: number;
  heapBytesPerDoc: number | null;
  queries: number;
  latencyMs: { p50: number; p95: number; mean: number };
  run: string;
}

/** A full garbage collection (for the heap-per-document figure), without --expose-gc on the command line. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  // Twice: ArrayBuffer backing stores of a previous index are released by a later collection.
  gc();
  gc();
}

/** Indexes the corpus from scratch, answers every query and writes the TREC run. */
export function runEval(o: EvalOptions): EvalStats {
  const k = Math.min(100, Math.max(1, o.k ?? 100));
  const tag = o.tag ?? 'yunju';
  const records = readJsonl<RawRecord>(o.corpus);
  const queries = readJsonl<{ id: string; text: string }>(o.queries);
  const docs = records.map(toDocument);

  const index = new MatchIndex(o.params ? { params: o.params } : {});
  // Warm the segmenter (dictionary load) outside the timed section.
  index.search('预热');
  collectGarbage();
  // Postings live in typed arrays (ArrayBuffers, outside the JS heap): count both.
  const memory = (): number => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  const heapBefore = memory();
  const t0 = performance.now();
  index.addAll(docs);
  const indexMs = performance.now() - t0;
  collectGarbage();
  const heapAfter = memory();

  const lines: string[] = [];
  const lat: number[] = [];
  for (const q of queries) {
    const s = performance.now();
    const res = index.search(q.text, { limit: k });
    lat.push(performance.now() - s);
    res.forEach((r, i) => lines.push(`${q.id} Q0 ${r.id} ${i + 1} ${r.score.toFixed(6)} ${tag}`));
  }
  writeFileSync(o.out, lines.join('\n') + '\n');
  const sorted = [...lat].sort((a, b) => a - b);
  const stats = index.stats();
  return {
    documents: stats.documents,
    outputs: stats.outputs,
    terms: stats.terms,
    postings: stats.postings,
    indexMs: Math.round(indexMs),
    docsPerSecond: Math.round(docs.length / (indexMs / 1000)),
    // Null when memory of earlier work was released during indexing (the difference is then meaningless).
    heapBytesPerDoc: heapAfter > heapBefore ? Math.round((heapAfter - heapBefore) / Math.max(1, docs.length)) : null,
    queries: queries.length,
    latencyMs: {
      p50: Number(percentile(sorted, 50).toFixed(2)),
      p95: Number(percentile(sorted, 95).toFixed(2)),
      mean: Number((lat.reduce((a, b) => a + b, 0) / Math.max(1, lat.length)).toFixed(2)),
    },
    run: o.out,
  };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' },
      queries: { type: 'string' },
      out: { type: 'string' },
      k: { type: 'string', default: '100' },
      tag: { type: 'string', default: 'yunju' },
      params: { type: 'string' },
    },
  });
  if (!values.corpus || !values.queries || !values.out) {
    console.error('usage: match:eval --corpus FILE --queries FILE --out RUN [--k 100] [--tag T] [--params JSON]');
    process.exit(2);
  }
  const opts: EvalOptions = { corpus: values.corpus, queries: values.queries, out: values.out, k: Number(values.k), tag: values.tag };
  if (values.params) opts.params = JSON.parse(values.params) as Partial<ScoringParams>;
  console.log(JSON.stringify(runEval(opts), null, 2));
}

if (process.argv[1]?.endsWith('eval.ts')) main();
