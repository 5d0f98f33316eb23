import { describe, expect, it } from 'vitest';
import { MatchIndex } from './engine.ts';
import type { MatchDocument } from './types.ts';

const papers: MatchDocument[] = [
  { id: 'p1', kind: 'paper', title: '数控机床主轴热变形补偿技术研究', body: '针对高精度数控机床主轴的热变形,建立补偿模型.', attrs: { year: 2018, field: '机械' } },
  { id: 'p2', kind: 'paper', title: '基于深度学习的图像识别方法', body: '卷积神经网络用于图像识别,提高识别精度.', attrs: { year: 2020, field: '计算机' } },
  { id: 'p3', kind: 'paper', title: '农村电商与乡村振兴', body: '电子商务促进农产品销售和农民增收.', attrs: { year: 2019, field: '经济' } },
  { id: 'p4', kind: 'paper', title: 'PLC控制系统设计', body: '采用PLC实现生产线自动控制.', attrs: { year: 2016, field: '机械' } },
  { id: 'p5', kind: 'paper', title: '锂离子电池热管理', body: '电池组温度控制与热失控预警.', attrs: { year: 2021, field: '能源' } },
];

const experts: MatchDocument[] = [
  {
    id: 'e1',
    kind: 'expert',
    org: '某某大学机械工程学院',
    attrs: { rank: '正高级' },
    outputs: [
      { title: '数控机床热误差建模与补偿', year: 2012 },
      { title: '精密加工装备可靠性研究', year: 2015 },
    ],
  },
  { id: 'e2', kind: 'expert', org: '某某农业大学', attrs: { rank: '副高级' }, outputs: [{ title: '乡村振兴背景下农村电商发展路径', year: 2019 }] },
  { id: 'e3', kind: 'expert', org: '某某科技学院', outputs: [{ title: '深度学习图像识别算法', year: 2018 }] },
];

function build(docs: readonly MatchDocument[]): MatchIndex {
  const index = new MatchIndex();
  index.addAll(docs);
  return index;
}

const QUERIES = ['数控机床热变形', '图像识别', '农村电商', 'PLC', '电池 热管理', '机床 控制'];

describe('MatchIndex', () => {
  it('ranks the topical document first', () => {
    const index = build(papers);
    expect(index.search('主轴热变形补偿')[0]?.id).toBe('p1');
    expect(index.search('卷積神經網絡圖像識別')[0]?.id).toBe('p2');
    expect(index.search('ＰＬＣ')[0]?.id).toBe('p4');
    expect(index.search('电商')[0]?.id).toBe('p3');
  });

  it('finds experts by the evidence of their outputs', () => {
    const index = build(experts);
    expect(index.search('机床热误差补偿方法')[0]?.id).toBe('e1');
    expect(index.search('农村电子商务')[0]?.id).toBe('e2');
    expect(index.search('图像识别深度学习')[0]?.id).toBe('e3');
  });

  it('incremental add, update and remove give the same results as a rebuild', () => {
    const incremental = new MatchIndex();
    incremental.add({ id: 'gone', title: '数控机床', body: '临时文档' });
    incremental.addAll(papers.slice(0, 3));
    incremental.add({ ...papers[3]!, title: '旧标题' });
    incremental.addAll(papers.slice(4));
    incremental.update(papers[3]!);
    incremental.addAll(experts);
    expect(incremental.remove('gone')).toBe(true);
    expect(incremental.remove('gone')).toBe(false);

    const rebuilt = build([...papers, ...experts]);
    expect(incremental.size).toBe(rebuilt.size);
    for (const q of QUERIES) {
      const a = incremental.search(q, { limit: 20 });
      const b = rebuilt.search(q, { limit: 20 });
      expect(a.map((r) => r.id)).toEqual(b.map((r) => r.id));
      a.forEach((r, i) => expect(r.score).toBeCloseTo(b[i]!.score, 9));
    }
    // Compaction keeps results unchanged.
    incremental.compact();
    expect(incremental.stats().deadPostings).toBe(0);
    for (const q of QUERIES) {
      expect(incremental.search(q).map((r) => r.id)).toEqual(rebuilt.search(q).map((r) => r.id));
    }
  });

  it('removed documents are never returned', () => {
    const index = build(papers);
    index.remove('p1');
    expect(index.search('数控机床主轴热变形').map((r) => r.id)).not.toContain('p1');
    expect(index.has('p1')).toBe(false);
  });

  it('applies attribute filters: equality, any-of, range and kind', () => {
    const index = build([...papers, ...experts]);
    const q = '机床 控制 热';
    expect(index.search(q, { filter: { field: '机械' } }).every((r) => ['p1', 'p4'].includes(r.id))).toBe(true);
    expect(index.search(q, { filter: { year: { gte: 2017 } } }).map((r) => r.id)).not.toContain('p4');
    expect(index.search(q, { filter: { field: ['能源', '机械'] } }).map((r) => r.id).sort()).toEqual(['p1', 'p4', 'p5']);
    const ex = index.search(q, { filter: { kind: 'expert' } }).map((r) => r.id);
    expect(ex[0]).toBe('e1');
    expect(ex.every((id) => id.startsWith('e'))).toBe(true);
    expect(index.search(q, { filter: { kind: 'expert' }, expand: false }).map((r) => r.id)).toEqual(['e1']);
    expect(index.search(q, { filter: { rank: '副高级' } })).toEqual([]);
  });

  it('explains which query terms matched which fields and outputs', () => {
    const index = build([...papers, ...experts]);
    const [paper] = index.search('PLC控制系统', { explain: true });
    expect(paper?.id).toBe('p4');
    const fields = new Set(paper?.explanation?.matches.map((m) => m.field));
    expect(fields.has('title')).toBe(true);
    expect(fields.has('body')).toBe(true);
    expect(paper?.explanation?.matches.some((m) => m.term === 'plc' && m.field === 'title' && m.contribution > 0)).toBe(true);

    const exp = index.search('数控机床热误差', { explain: true, filter: { kind: 'expert' } })[0]?.explanation;
    expect(exp?.bestOutput?.index).toBe(0);
    expect(exp?.bestOutput?.title).toBe('数控机床热误差建模与补偿');
    expect(exp?.matches.some((m) => m.field === 'outputs' && m.output === 0)).toBe(true);
  });

  it('explanation contributions add up to the score', () => {
    const index = build(papers);
    const [r] = index.search('锂离子电池热管理', { explain: true, expand: false });
    const sum = (r?.explanation?.matches.reduce((s, m) => s + m.contribution, 0) ?? 0) + (r?.explanation?.likelihood ?? 0);
    expect(sum).toBeCloseTo(r?.score ?? -1, 6);
    // A title-length query: the query-likelihood model contributes a part of its own.
    expect(r?.explanation?.likelihood).toBeGreaterThan(0);
  });

  it('fuses the query-likelihood model into short queries only, and it changes the order', () => {
    const docs: MatchDocument[] = [
      // The same match once each; b is longer, so the query is a smaller share of it.
      { id: 'a', kind: 'paper', title: '稀土永磁电机设计' },
      { id: 'b', kind: 'paper', title: '稀土永磁电机设计 以及农村文化旅游与乡村治理发展' },
      ...Array.from({ length: 20 }, (_, i) => ({ id: `f${i}`, kind: 'paper', title: `无关文本${i}号 农业经济管理研究` })),
    ];
    const fused = new MatchIndex();
    fused.addAll(docs);
    const plain = new MatchIndex({ params: { lmWeight: 0 } });
    plain.addAll(docs);
    const q = '稀土永磁电机';
    const f = fused.search(q, { explain: true, expand: false });
    const p = plain.search(q, { explain: true, expand: false });
    expect(p.every((r) => r.explanation?.likelihood === undefined)).toBe(true);
    for (const r of f) expect(r.explanation!.likelihood).toBeDefined();
    // The likelihood part prefers the document whose terms are the larger share of it.
    const like = new Map(f.map((r) => [r.id, r.explanation!.likelihood!]));
    expect(like.get('a')!).toBeGreaterThan(like.get('b')!);
    // Description-length queries (longQueryWords words and more) are scored without it.
    const long = new MatchIndex({ params: { longQueryWords: 2 } });
    long.addAll(docs);
    expect(long.search('稀土 永磁 电机 设计', { explain: true }).every((r) => r.explanation?.likelihood === undefined)).toBe(true);
  });

  it('prefers, among equal matches, the expert at the institution with more indexed experts', () => {
    const docs: MatchDocument[] = [
      { id: 'x', kind: 'expert', org: '甲大学', outputs: [{ title: '区域创新网络演化研究' }] },
      { id: 'y', kind: 'expert', org: '乙学院', outputs: [{ title: '区域创新网络演化研究' }] },
      ...Array.from({ length: 6 }, (_, i) => ({ id: `o${i}`, kind: 'expert', org: '甲大学', outputs: [{ title: `文学批评史第${i}卷` }] })),
    ];
    const index = new MatchIndex();
    index.addAll(docs);
    expect(index.search('区域创新网络').map((r) => r.id).slice(0, 2)).toEqual(['x', 'y']);
    const flat = new MatchIndex({ params: { lmOrgPrior: 0 } });
    flat.addAll(docs);
    const [s1, s2] = flat.search('区域创新网络');
    expect(s1!.score).toBeCloseTo(s2!.score, 9);
  });

  it('bridges vocabulary with corpus term associations when enabled', () => {
    const index = build([
      { id: 'a', title: '农村电商发展', body: '农产品网络销售' },
      { id: 'b', title: '农村电商物流', body: '农产品冷链' },
      { id: 'c', title: '农产品网络销售渠道', body: '渠道模式' },
      { id: 'd', title: '城市交通规划', body: '公共交通' },
    ]);
    expect(index.search('电商', { expand: false }).map((r) => r.id)).not.toContain('c');
    // Title-length queries are not expanded by associations by default.
    index.setParams({ prfWeight: 0 });
    expect(index.search('电商').map((r) => r.id)).not.toContain('c');
    index.setParams({ assocWeight: 0.3, prfWeight: 0, longQueryWords: 1 });
    const res = index.search('电商', { explain: true });
    expect(res.map((r) => r.id)).toContain('c');
    const c = res.find((r) => r.id === 'c');
    expect(c?.explanation?.matches.every((m) => m.expansion)).toBe(true);
  });

  it('returns nothing for an empty or unknown query', () => {
    const index = build(papers);
    expect(index.search('')).toEqual([]);
    expect(index.search('的')).toEqual([]);
    expect(index.search('zzzz')).toEqual([]);
  });
});

describe('MatchIndex (storage, aggregation, re-ranking)', () => {
  const docs: MatchDocument[] = [
    ...papers,
    ...experts,
    { id: 'e4', kind: 'expert', org: '某某大学机械工程学院', outputs: [{ title: '机床主轴动态特性', year: 2016 }] },
    { id: 'e5', kind: 'expert', org: '某某农业大学', outputs: [{ title: '农产品电商物流', year: 2020 }, { title: '农村电商与合作社', year: 2021 }] },
  ];
  const queries = [...QUERIES, '机床主轴', '农村电商物流合作社'];

  it('addAll (batched segmentation) equals adding one by one, also with a repeated id', () => {
    const a = new MatchIndex();
    a.addAll([...docs, { id: 'p1', title: '旧标题' }, docs[0]!]);
    const b = new MatchIndex();
    for (const d of [...docs, { id: 'p1', title: '旧标题' }, docs[0]!]) b.add(d);
    expect(a.size).toBe(docs.length);
    for (const q of queries) expect(a.search(q, { limit: 20 })).toEqual(b.search(q, { limit: 20 }));
  });

  it('incremental changes equal a rebuild with every scoring feature on', () => {
    const params = { assocWeight: 0.2, longQueryWords: 1, orgContextWeight: 0.3, outputDecay: 0.5, rerankDocs: 5, rerankWeight: 0.4, charWeight: 1 };
    const inc = new MatchIndex({ params });
    inc.addAll(docs.slice(0, 4));
    inc.add({ id: 'e5', kind: 'expert', org: '别的大学', outputs: [{ title: '城市交通' }] });
    inc.addAll(docs.slice(4));
    inc.add({ id: 'tmp', kind: 'expert', org: '某某农业大学', outputs: [{ title: '农村电商' }] });
    inc.remove('tmp');
    const rebuilt = new MatchIndex({ params });
    rebuilt.addAll(docs);
    for (const q of queries) {
      const x = inc.search(q, { limit: 20 });
      const y = rebuilt.search(q, { limit: 20 });
      expect(x.map((r) => r.id)).toEqual(y.map((r) => r.id));
      x.forEach((r, i) => expect(r.score).toBeCloseTo(y[i]!.score, 9));
    }
    inc.compact();
    for (const q of queries) expect(inc.search(q, { limit: 20 }).map((r) => r.id)).toEqual(rebuilt.search(q, { limit: 20 }).map((r) => r.id));
  });

  it('explanations add up to the score with associations, feedback, output decay, organisation context and re-ranking', () => {
    for (const params of [
      { assocWeight: 0.3, longQueryWords: 1, outputDecay: 0.5, orgContextWeight: 0.5, outputsLogPrior: 1 },
      { assocWeight: 0.3, longQueryWords: 1, assocCrossOutputs: true, phraseWeight: 0.5 },
      { rerankDocs: 4, rerankWeight: 0.5, charWeight: 1 },
    ]) {
      const index = new MatchIndex({ params });
      index.addAll(docs);
      for (const q of queries) {
        for (const r of index.search(q, { explain: true, limit: 10 })) {
          const sum = r.explanation!.matches.reduce((s, m) => s + m.contribution, 0) + (r.explanation!.priorBonus ?? 0) + (r.explanation!.phrase?.score ?? 0) + (r.explanation!.likelihood ?? 0);
          expect(sum).toBeCloseTo(r.score, 6);
        }
      }
    }
  });

  it('sums decayed evidence of further outputs and explains organisation context', () => {
    const index = new MatchIndex({ params: { outputDecay: 0.5, orgContextWeight: 0.5, prfWeight: 0 } });
    index.addAll(docs);
    const [top] = index.search('农村电商物流合作社', { explain: true, filter: { kind: 'expert' } });
    expect(top?.id).toBe('e5');
    const outs = new Set(top?.explanation?.matches.filter((m) => m.field === 'outputs').map((m) => m.output));
    expect(outs).toEqual(new Set([0, 1]));
    // e2 shares e5's organisation: part of its score is organisation context.
    const e2 = index.search('农村电商物流', { explain: true, filter: { kind: 'expert' } }).find((r) => r.id === 'e2');
    expect(e2?.explanation?.matches.some((m) => m.context && m.field === 'org' && m.contribution > 0)).toBe(true);
  });

  it('cluster re-ranking applies to document search only and keeps scores monotone', () => {
    const index = new MatchIndex({ params: { rerankDocs: 4, rerankWeight: 0.5 } });
    index.addAll(docs);
    const res = index.search('机床 控制 电池', { limit: 10, explain: true, filter: { kind: 'paper' } });
    for (let i = 1; i < res.length; i++) expect(res[i]!.score).toBeLessThanOrEqual(res[i - 1]!.score);
    expect(res.some((r) => r.explanation?.rerank !== undefined)).toBe(true);
    const ex = index.search('机床', { explain: true, filter: { kind: 'expert' } });
    expect(ex.every((r) => r.explanation?.rerank === undefined)).toBe(true);
  });
});
