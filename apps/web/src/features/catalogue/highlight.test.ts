import { describe, expect, it } from 'vitest';
import { segments } from './highlight.tsx';

describe('segments', () => {
  it('marks the ranges and keeps the rest plain', () => {
    expect(segments('高新技术企业认定', [[0, 6]])).toEqual([
      { text: '高新技术企业', marked: true },
      { text: '认定', marked: false },
    ]);
  });

  it('merges overlapping, unsorted and out-of-range ranges', () => {
    expect(segments('abcdefgh', [[5, 20], [1, 3], [2, 4], [7, 6]])).toEqual([
      { text: 'a', marked: false },
      { text: 'bcd', marked: true },
      { text: 'e', marked: false },
      { text: 'fgh', marked: true },
    ]);
  });

  it('never turns text into markup', () => {
    const segs = segments('<b>x</b>', [[3, 4]]);
    expect(segs.map((s) => s.text).join('')).toBe('<b>x</b>');
  });

  it('handles no ranges', () => {
    expect(segments('abc', [])).toEqual([{ text: 'abc', marked: false }]);
    expect(segments('', [[0, 1]])).toEqual([]);
  });
});
