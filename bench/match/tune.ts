/**
 * Parameter sweep on a development part: indexes once, then scores each parameter set given as
 * a JSON array (general parameters only). Prints MRR@10 and nDCG@10 (all / kw- / other) and
 * query latency per set.
 *
 *   npx tsx bench/match/tune.ts --part ../shared/eval/matching/topics --sets '[{}, {"prfWeight":0}]' [--sample 1000] [--no-chars]
 *
 * Also prints the two halves of the queries split by the parity of the id's last hex digit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_PARAMS, MatchIndex } from "../../packages/match/src/engine.ts";
import { Analyzer } from '../../packages/match/src/analyzer.ts';
import { toDocument } from '../../packages/match/src/cli/eval.ts';
import type { ScoringParams } from '../../packages/match/src/types.ts';

const { values } = parseArgs({ options: { part: { type: 'string' }, sets: { type: 'string', default: '[{}]' }, sample: { type: 'string' }, 'no-chars': { type: 'boolean', default: false }, 'bigram-stop': { type: 'string' } } });
const part = values.part ?? '';
const lines = (f: string): string[] => readFileSync(join(part, f), 'utf8').split('\n').filter((l) => l.trim());
const index = new MatchIndex({ analyzer: new Analyzer({ chars: !values['no-chars'], ...(values['bigram-stop'] !== undefined ? { bigramStopChars: values['bigram-stop'] } : {}) }) });
const t0 = performance.now();
index.addAll(lines('corpus.jsonl').map((l) => toDocument(JSON.parse(l) as Parameters<typeof toDocument>[0])));
console.error(`indexed in ${Math.round(performance.now() - t0)} ms`);
let queries = lines('queries.jsonl').map((l) => JSON.parse(l) as { id: string; text: string });
if (values.sample) {
  const n = Number(values.sample);
  const step = queries.length / n;
  queries = Array.from({ length: Math.min(n, queries.length) }, (_, i) => queries[Math.floor(i * step)]!);
}
const qrels = new Map<string, Map<string, number>>();
for (const l of lines('qrels.tsv')) {
  const [q, , d, r] = l.split(/\s+/);
  if (!q || !d) continue;
  if (!qrels.has(q)) qrels.set(q, new Map());
  qrels.get(q)!.set(d, Number(r));
}
for (const set of JSON.parse(values.sets) as Partial<ScoringParams>[]) {
  index.setParams({ ...DEFAULT_PARAMS, ...set, fieldWeights: { ...DEFAULT_PARAMS.fieldWeights, ...set.fieldWeights }, b: { ...DEFAULT_PARAMS.b, ...set.b } });
  const agg = { all: [0, 0, 0], kw: [0, 0, 0], other: [0, 0, 0], even: [0, 0, 0], odd: [0, 0, 0] };
  let ms = 0;
  const lat: number[] = [];
  for (const q of queries) {
    const s = performance.now();
    const res = index.search(q.text, { limit: 10 });
    const dt = performance.now() - s;
    ms += dt;
    lat.push(dt);
    const rel = qrels.get(q.id) ?? new Map<string, number>();
    let rr = 0;
    let dcg = 0;
    res.forEach((r, i) => {
      const g = rel.get(r.id) ?? 0;
      if (g > 0 && rr === 0) rr = 1 / (i + 1);
      dcg += g / Math.log2(i + 2);
    });
    const ideal = [...rel.values()].sort((a, b) => b - a).slice(0, 10).reduce((s2, g, i) => s2 + g / Math.log2(i + 2), 0);
    const nd = ideal > 0 ? dcg / ideal : 0;
    const half = parseInt(q.id.slice(-1), 16) % 2 === 0 ? 'even' : 'odd';
    for (const key of ['all', q.id.startsWith('kw-') ? 'kw' : 'other', half] as const) {
      agg[key][0]! += rr;
      agg[key][1]! += nd;
      agg[key][2]! += 1;
    }
  }
  lat.sort((a, b) => a - b);
  const f = (a: number[]): string => (a[2] ? `mrr ${(a[0]! / a[2]).toFixed(4)} ndcg ${(a[1]! / a[2]).toFixed(4)}` : '-');
  console.log(`${JSON.stringify(set)}\n  all ${f(agg.all)} | kw ${f(agg.kw)} | other ${f(agg.other)} | even ${f(agg.even)} | odd ${f(agg.odd)} | mean ${(ms / queries.length).toFixed(2)} ms p95 ${lat[Math.floor(lat.length * 0.95)]?.toFixed(2)}`);
}
