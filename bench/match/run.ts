/**
 * Matching-engine benchmark: index build rate, query latency p50/p95 and heap per document at
 * 10k and 100k synthetic expert documents whose titles are drawn from the shared corpora's
 * vocabulary (jieba words of the real titles and abstracts, real institution names).
 *
 *   node --expose-gc --import tsx bench/match/run.ts [--sizes 10000,100000] [--queries 500]
 *
 * MiniSearch (the peer with the same jieba tokenizer) is not installed in this repository, so
 * the comparison against it is not run here; the peers' figures are in the shared README.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { MatchIndex } from '../../packages/match/src/engine.ts';
import type { MatchDocument } from '../../packages/match/src/types.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    queries: { type: 'string', default: '500' },
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

const gc = (globalThis as { gc?: () => void }).gc;
const pct = (a: number[], p: number): number => a[Math.min(a.length - 1, Math.ceil((p / 100) * a.length) - 1)]!;
const results = [];
for (const size of values.sizes.split(',').map(Number)) {
  const docs = makeDocs(size);
  const queries = Array.from({ length: Number(values.queries) }, title);
  gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const index = new MatchIndex();
  index.search('预热');
  const t0 = performance.now();
  for (const d of docs) index.add(d);
  const buildMs = performance.now() - t0;
  gc?.();
  const heap1 = process.memoryUsage().heapUsed;
  for (const q of queries.slice(0, 20)) index.search(q); // warm-up
  const lat: number[] = [];
  for (const q of queries) {
    const s = performance.now();
    index.search(q, { limit: 10 });
    lat.push(performance.now() - s);
  }
  lat.sort((a, b) => a - b);
  results.push({
    documents: size,
    buildMs: Math.round(buildMs),
    docsPerSecond: Math.round(size / (buildMs / 1000)),
    heapBytesPerDoc: gc ? Math.round((heap1 - heap0) / size) : null,
    queryP50Ms: Number(pct(lat, 50).toFixed(2)),
    queryP95Ms: Number(pct(lat, 95).toFixed(2)),
  });
}
console.log(JSON.stringify({ node: process.version, minisearch: 'not installed: comparison skipped', results }, null, 2));
