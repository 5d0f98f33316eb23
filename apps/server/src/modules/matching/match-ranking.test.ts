import { describe, expect, it } from 'vitest';
import { feedbackFactor, feedbackReason, orderRecommendations, reasonsOf } from './match-ranking.ts';

const none = { enterpriseAccepts: 0, enterpriseDeclines: 0, industryAccepts: 0, industryDeclines: 0 };

describe('feedback rule', () => {
  it('is neutral without feedback, demotes declines and boosts accepts, more for the same enterprise than for its industry', () => {
    expect(feedbackFactor(none)).toBe(1);
    expect(feedbackFactor({ ...none, enterpriseDeclines: 1 })).toBeCloseTo(0.4);
    expect(feedbackFactor({ ...none, industryDeclines: 1 })).toBeCloseTo(0.8);
    expect(feedbackFactor({ ...none, enterpriseAccepts: 1 })).toBeCloseTo(1.5);
    expect(feedbackFactor({ ...none, industryAccepts: 1 })).toBeCloseTo(1.15);
    expect(feedbackFactor({ ...none, enterpriseDeclines: 9 })).toBe(0.1);
    expect(feedbackFactor({ ...none, enterpriseAccepts: 9 })).toBe(3);
    expect(feedbackReason(none)).toBeNull();
    expect(feedbackReason({ ...none, enterpriseDeclines: 1 })?.zh).toBe('对接反馈：本企业曾 1 次婉拒');
  });

  it('orders pinned first, then by score × factor, removed last', () => {
    const r = (id: string, engineScore: number, factor = 1, pinned = false, removed = false) => ({ item: { candidateId: id }, engineScore, factor, pinned, removed });
    expect(orderRecommendations([r('a', 10), r('b', 8), r('c', 1, 1, true), r('d', 50, 1, false, true), r('e', 9, 0.4)]).map((x) => x.item.candidateId)).toEqual(['c', 'a', 'b', 'e', 'd']);
  });
});

describe('reasons from explanations', () => {
  it('names the matched output with its year and type, and the fields, largest first; feedback terms only as related terms', () => {
    const { reasons, matchedTerms } = reasonsOf(
      'expert',
      {
        documentScore: 3,
        prior: 1,
        matches: [
          { term: '热变形', kind: 'word', expansion: false, field: 'outputs', output: 0, contribution: 2 },
          { term: '变形', kind: 'bigram', expansion: false, field: 'outputs', output: 0, contribution: 0.5 },
          { term: '机床', kind: 'word', expansion: false, field: 'keywords', contribution: 1 },
          { term: '主轴', kind: 'word', expansion: true, field: 'outputs', output: 0, contribution: 0.2 },
        ],
      },
      [{ title: '数控机床主轴热变形建模', year: 2021, type: 'paper' }],
    );
    expect(reasons.map((x) => x.zh)).toEqual(['2021 年论文《数控机床主轴热变形建模》涉及“热变形”', '研究方向与“机床”相符', '相关词：主轴']);
    expect(reasons[0]).toMatchObject({ field: 'outputs', outputTitle: '数控机床主轴热变形建模', outputYear: 2021 });
    expect(matchedTerms).toEqual(['热变形', '机床']);
  });
});
