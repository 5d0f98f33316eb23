/**
 * Matching-engine benchmark: index build rate, query latency p50/p95 and heap per document of
 * @yunju/match and of MiniSearch (BM25+) given the SAME tokenizer (the engine's normalisation and
 * jieba `cutForSearch` with the science-and-technology dictionary), in the same run, on synthetic
 * expert documents whose titles are drawn from the shared corpora's vocabulary (jieba words of the
 * real titles, real institution names). Prints JSON with the ratios MiniSearch / @yunju/match.
 *
 *   node --expose-gc --import tsx bench/match/run.ts [--sizes 10000,100000] [--queries 300]
 *        [--engines match,minisearch]
 *
 * Build time and query latency are reported as wall time and as process CPU time (user + system,
 * all threads, so GC helper threads count too): on a shared machine the CPU figures are the
 * steadier ones.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import MiniSearch from 'minisearch';
import { Analyzer } from '../../packages/match/src/analyzer.ts';
import { MatchIndex } from '../../packages/match/src/engine.ts';
import type { MatchDocument } from '../../packages/match/src/types.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    queries: { type: 'string', default: '300' },
    engines: { type: 'string', default: 'match,minisearch' },
    shared: { type: 'string', default: '/work/shared/eval/matching' },
  },
});

// Deterministic PRNG (mulberry32) so runs are comparable.
let seed = 42;
function rand(): number {
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(a: readonly T[]): T => a[Math.floor(rand() * a.length)]!;

const jieba = Jieba.withDict(dict);
const words: string[] = [];
const orgs: string[] = [];
const titleLens: number[] = [];
for (const line of readFileSync(`${values.shared}/experts/corpus.jsonl`, 'utf8').split('\n')) {
  if (!line) continue;
  const r = JSON.parse(line) as { org?: string; outputs?: { title: string }[] };
  if (r.org) orgs.push(r.org);
  for (const o of r.outputs ?? []) {
    const ws = jieba.cut(o.title, false).filter((w) => /[\p{L}\p{N}]/u.test(w));
    titleLens.push(ws.length);
    words.push(...ws);
  }
}
for (const line of readFileSync(`${values.shared}/topics/corpus.jsonl`, 'utf8').split('\n')) {
  if (!line) continue;
  const r = JSON.parse(line) as { title?: string };
  if (r.title) words.push(...jieba.cut(r.title, false).filter((w) => /[\p{L}\p{N}]/u.test(w)));
}
// Sampling from the token stream keeps the corpus' word frequency distribution.
const title = (): string => Array.from({ length: pick(titleLens) }, () => pick(words)).join('');

function makeDocs(n: number): MatchDocument[] {
  return Array.from({ length: n }, (_, i) => {
    const nOut = rand() < 0.7 ? 1 : 1 + Math.floor(rand() * 5);
    return {
      id: `S${i}`,
      kind: 'expert',
      org: pick(orgs),
      attrs: { rank: pick(['正高级', '副高级', '中级']) },
      outputs: Array.from({ length: nOut }, () => ({ title: title(), year: 2000 + Math.floor(rand() * 20) })),
    };
  });
}

interface Engine {
  build(docs: readonly MatchDocument[]): void;
  search(q: string): number;
}

const analyzer = new Analyzer();

function yunju(): Engine {
  const index = new MatchIndex({ analyzer });
  return {
    build: (docs) => {
      index.addAll(docs);
    },
    search: (q) => index.search(q, { limit: 10 }).length,
  };
}

function minisearch(): Engine {
  // The same tokenizer as the engine's word space: normalisation, jieba cutForSearch with the
  // user dictionary, stop words dropped.
  const ms = new MiniSearch<{ id: string; org: string; text: string }>({
    fields: ['org', 'text'],
    tokenize: (text) => analyzer.segmentMany([analyzer.normalize(text)])[0]!,
    processTerm: (t) => t,
  });
  return {
    build: (docs) => {
      for (const d of docs) ms.add({ id: d.id, org: d.org ?? '', text: (d.outputs ?? []).map((o) => o.title).join('\n') });
    },
    search: (q) => ms.search(q).slice(0, 10).length,
  };
}

const gc = (globalThis as { gc?: () => void }).gc;
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const pct = (a: number[], p: number): number => a[Math.min(a.length - 1, Math.ceil((p / 100) * a.length) - 1)]!;
const round = (x: number, d = 2): number => Number(x.toFixed(d));

function measure(name: string, make: () => Engine, docs: readonly MatchDocument[], queries: readonly string[]) {
  gc?.();
  // Typed-array postings live outside the JS heap: count ArrayBuffers too.
  const memory = (): number => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  const heap0 = memory();
  let engine: Engine | undefined = make();
  engine.search('预热');
  const t0 = performance.now();
  const c0 = cpuMs();
  engine.build(docs);
  const buildMs = performance.now() - t0;
  const buildCpuMs = cpuMs() - c0;
  gc?.();
  const heap1 = memory();
  for (const q of queries.slice(0, 20)) engine.search(q); // warm-up
  const lat: number[] = [];
  const latCpu: number[] = [];
  for (const q of queries) {
    const c = cpuMs();
    const s = performance.now();
    engine.search(q);
    lat.push(performance.now() - s);
    latCpu.push(cpuMs() - c);
  }
  lat.sort((a, b) => a - b);
  latCpu.sort((a, b) => a - b);
  engine = undefined;
  gc?.();
  return {
    engine: name,
    buildMs: Math.round(buildMs),
    buildCpuMs: Math.round(buildCpuMs),
    docsPerSecond: Math.round(docs.length / (buildMs / 1000)),
    docsPerCpuSecond: Math.round(docs.length / (buildCpuMs / 1000)),
    heapBytesPerDoc: gc ? Math.round((heap1 - heap0) / docs.length) : null,
    queryP50Ms: round(pct(lat, 50)),
    queryP95Ms: round(pct(lat, 95)),
    queryCpuP50Ms: round(pct(latCpu, 50)),
    queryCpuP95Ms: round(pct(latCpu, 95)),
  };
}

const engines = values.engines.split(',');
const results = [];
for (const size of values.sizes.split(',').map(Number)) {
  const docs = makeDocs(size);
  const queries = Array.from({ length: Number(values.queries) }, title);
  const rows = [];
  if (engines.includes('match')) rows.push(measure('@yunju/match', yunju, docs, queries));
  if (engines.includes('minisearch')) rows.push(measure('minisearch', minisearch, docs, queries));
  const [a, b] = rows;
  const ratio =
    a && b
      ? {
          buildTime: round(b.buildMs / a.buildMs),
          buildCpu: round(b.buildCpuMs / a.buildCpuMs),
          queryP50: round(b.queryP50Ms / a.queryP50Ms),
          queryP95: round(b.queryP95Ms / a.queryP95Ms),
          heapPerDoc: a.heapBytesPerDoc && b.heapBytesPerDoc ? round(b.heapBytesPerDoc / a.heapBytesPerDoc) : null,
        }
      : undefined;
  const row = { documents: size, outputs: docs.reduce((s, d) => s + (d.outputs?.length ?? 0), 0), results: rows, ratioMiniSearchOverMatch: ratio };
  console.error(JSON.stringify(row));
  results.push(row);
}
console.log(JSON.stringify({ node: process.version, cpus: (await import('node:os')).cpus().length, queries: Number(values.queries), results }, null, 2));
