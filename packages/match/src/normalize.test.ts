import { describe, expect, it } from 'vitest';
import { Analyzer } from './analyzer.ts';
import { normalizeText } from './normalize.ts';

describe('normalizeText', () => {
  it('converts traditional to simplified Chinese', () => {
    expect(normalizeText('數據庫與網絡安全研究')).toBe('数据库与网络安全研究');
  });
  it('folds full-width letters, digits and punctuation and lower-cases', () => {
    expect(normalizeText('ＰＬＣ控制　５Ｇ網絡（ＣＮＣ）')).toBe('plc控制 5g网络(cnc)');
  });
  it('leaves simplified text unchanged', () => {
    expect(normalizeText('高精度数控机床')).toBe('高精度数控机床');
  });
});

describe('Analyzer', () => {
  const analyzer = new Analyzer();
  it('keeps mixed Chinese/English terms whole', () => {
    const { words } = analyzer.analyze('基于ＰＬＣ的5G网络CNC机床控制系统');
    expect(words).toEqual(expect.arrayContaining(['plc', '5g', 'cnc', '机床', '控制系统']));
    expect(words).not.toContain('的');
  });
  it('uses the science-and-technology dictionary', () => {
    const { words } = analyzer.analyze('主轴热变形补偿技术');
    expect(words).toContain('热变形补偿');
  });
  it('splits hyphenated Latin terms and adds CJK bigrams', () => {
    const a = analyzer.analyze('COVID-19疫情');
    expect(a.words).toEqual(expect.arrayContaining(['covid-19', 'covid', '19']));
    expect(a.bigrams).toEqual(['疫情']);
  });
  it('gives traditional and simplified text the same terms', () => {
    expect(analyzer.analyze('機器學習與數據挖掘')).toEqual(analyzer.analyze('机器学习与数据挖掘'));
  });
});

describe('normalizeText fast path', () => {
  it('equals the full normalisation on mixed text', () => {
    const slow = (t: string): string => t.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
    for (const t of ['数控机床 热变形', '  前后空格 ', '两个  空格', 'ABC 大写', 'e\u0301tude', '《论语》、“仁”。', 'x\ty', '가\u1161', '数据·挖掘—方法']) {
      expect(normalizeText(t)).toBe(slow(t));
    }
    expect(normalizeText('機器學習')).toBe('机器学习');
  });
});
