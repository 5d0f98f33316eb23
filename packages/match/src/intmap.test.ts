import { describe, expect, it } from 'vitest';
import { Analyzer, cjkChar, cjkCode } from './analyzer.ts';
import { IntMap } from './intmap.ts';

describe('IntMap', () => {
  it('stores, overwrites and grows like a Map', () => {
    const m = new IntMap(2);
    const ref = new Map<number, number>();
    let x = 12345;
    for (let i = 0; i < 5000; i++) {
      x = (Math.imul(x, 1103515245) + 12345) & 0x3fffffff;
      const k = x % 20000;
      m.set(k, i);
      ref.set(k, i);
    }
    expect(m.size).toBe(ref.size);
    for (const [k, v] of ref) expect(m.get(k)).toBe(v);
    expect(m.get(20001)).toBe(-1);
  });
});

describe('Analyzer batching and CJK codes', () => {
  it('segmentMany equals one analysis per text', () => {
    const a = new Analyzer();
    const texts = ['数控机床热变形补偿', '', 'plc控制 5g网络', '农村电商\n物流', 'covid-19疫情'];
    const batched = a.segmentMany(texts.map((t) => a.normalize(t)));
    texts.forEach((t, i) => expect(batched[i]).toEqual(a.analyze(t).words));
  });
  it('drops bigrams with function characters only when asked', () => {
    expect(new Analyzer().analyze('基于团队的创新').bigrams).toEqual(['基于', '于团', '团队', '队的', '的创', '创新']);
    expect(new Analyzer({ bigramStopChars: '的于' }).analyze('基于团队的创新').bigrams).toEqual(['团队', '创新']);
  });
  it('emits single characters (not stop words) by default', () => {
    expect(new Analyzer().analyze('机床的热').chars).toEqual(['机', '床', '热']);
    expect(new Analyzer({ chars: false }).analyze('机床').chars).toEqual([]);
  });
  it('round-trips CJK codes', () => {
    for (const ch of ['一', '龥', '㐀', '豈']) expect(cjkChar(cjkCode(ch.charCodeAt(0)))).toBe(ch);
    expect(cjkCode('a'.charCodeAt(0))).toBe(-1);
  });
});
