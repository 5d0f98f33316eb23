/**
 * Scores the engine on the shared development parts end to end: for each part, indexes the
 * corpus from scratch with the default parameters, writes the TREC run, scores it with the
 * shared `score.py` (all queries, and each half of the queries split by the parity of the last
 * hex digit of the query id — a check that a change is not fitted to some queries), and prints
 * one JSON object.
 *
 *   npm run match:score [-- --shared ../shared/eval/matching --parts experts,topics --out-dir /tmp/yunju-match]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runEval } from './eval.ts';

const MAIN: Record<string, string> = { experts: 'MRR@10', topics: 'nDCG@10' };

function main(): void {
  const { values } = parseArgs({
    options: {
      shared: { type: 'string', default: '../shared/eval/matching' },
      parts: { type: 'string', default: 'experts,topics' },
      'out-dir': { type: 'string', default: '/tmp/yunju-match' },
    },
  });
  const shared = resolve(values.shared);
  const outDir = resolve(values['out-dir']);
  mkdirSync(outDir, { recursive: true });
  const scorer = join(shared, 'score.py');
  const report: Record<string, unknown> = {};
  for (const part of values.parts.split(',')) {
    const dir = join(shared, part);
    const run = join(outDir, `${part}.run`);
    console.error(`[match:score] ${part}: indexing and answering …`);
    const stats = runEval({ corpus: join(dir, 'corpus.jsonl'), queries: join(dir, 'queries.jsonl'), out: run });
    const score = (args: string[]): Record<string, unknown> =>
      JSON.parse(execFileSync('python3', [scorer, ...args, '--run', run], { encoding: 'utf8' })) as Record<string, unknown>;
    const all = score(['--part', dir]);
    // Halves by query-id parity, scored by the same script.
    const lines = readFileSync(join(dir, 'queries.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
    const halves: Record<string, unknown> = {};
    for (const [name, parity] of [['even', 0], ['odd', 1]] as const) {
      const file = join(outDir, `${part}.queries.${name}.jsonl`);
      writeFileSync(file, lines.filter((l) => parseInt((JSON.parse(l) as { id: string }).id.slice(-1), 16) % 2 === parity).join('\n') + '\n');
      const args = ['--qrels', join(dir, 'qrels.tsv'), '--queries', file];
      if (existsSync(join(dir, 'exclude.tsv'))) args.push('--exclude', join(dir, 'exclude.tsv'));
      halves[name] = score(args);
    }
    const metrics = (r: Record<string, unknown>): unknown => (r['metrics'] as Record<string, unknown> | undefined) ?? r;
    const half = (h: unknown): unknown => (metrics(h as Record<string, unknown>) as Record<string, unknown>)['all'];
    report[part] = {
      mainMetric: MAIN[part] ?? 'MRR@10',
      metrics: metrics(all),
      halves: { even: half(halves['even']), odd: half(halves['odd']) },
      eval: stats,
    };
  }
  console.log(JSON.stringify(report, null, 2));
}

main();
