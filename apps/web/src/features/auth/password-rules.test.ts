import { passwordStrengthProblems } from '@yunju/contracts';
import { describe, expect, it } from 'vitest';
import { passwordProblems } from './password-rules.ts';

describe('passwordProblems', () => {
  it('agrees with the server rule in @yunju/contracts', () => {
    const samples = ['', 'a', 'Yunju@2026', 'yunju2026', 'YUNJU2026', 'Yunju2026', 'abcdefgh', 'Ab1!', 'Ab1!Ab1!', '密码密码密码密码', '密码Ab1密码密码', 'aaaaaaa1!', '        '];
    // plus a deterministic sweep over short mixed strings
    const alphabet = ['a', 'B', '3', '#', '云', ' '];
    for (let n = 0; n < 6 ** 4; n++) {
      let s = '';
      for (let k = n, i = 0; i < 4; i++, k = Math.floor(k / 6)) s += alphabet[k % 6];
      samples.push(s, s + s, s + 'xyz1');
    }
    for (const sample of samples) expect(passwordProblems(sample), sample).toEqual(passwordStrengthProblems(sample));
  });

  it('accepts the demo password', () => {
    expect(passwordProblems('Yunju@2026')).toEqual([]);
  });
});
