import { describe, expect, it } from 'vitest';
import { creditCodeProblem } from './credit-code.ts';

describe('creditCodeProblem', () => {
  it('accepts a valid code, also typed in lower case with spaces or full-width characters', () => {
    expect(creditCodeProblem('91350100M000100Y43', 'zh-CN')).toBeNull();
    expect(creditCodeProblem(' 91350100m000100y43 ', 'zh-CN')).toBeNull();
    expect(creditCodeProblem('９１350100M000100Y43', 'en')).toBeNull();
  });

  it('names the position and the expected check character, as the server does', () => {
    expect(creditCodeProblem('91350100M000100Y44', 'zh-CN')).toBe('第 18 位校验码应为 3，实际为 4');
    expect(creditCodeProblem('91350100M000100Y44', 'en')).toBe('Position 18 (check character) should be 3, not 4');
  });

  it('explains a wrong length and a character outside the set', () => {
    expect(creditCodeProblem('9135010', 'zh-CN')).toBe('统一社会信用代码应为 18 位，当前为 7 位');
    expect(creditCodeProblem('91350100M0001I0Y43', 'en')).toMatch(/position 14/);
  });
});
