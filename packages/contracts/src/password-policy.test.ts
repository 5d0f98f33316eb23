import { describe, expect, it } from 'vitest';
import { passwordStrengthProblems } from './password-policy.ts';

describe('passwordStrengthProblems', () => {
  it('accepts 8+ characters mixing three classes', () => {
    expect(passwordStrengthProblems('Yunju@2026')).toEqual([]);
    expect(passwordStrengthProblems('yunju2026!')).toEqual([]);
  });
  it('names each problem', () => {
    expect(passwordStrengthProblems('Ab1!')).toEqual(['too_short']);
    expect(passwordStrengthProblems('abcdefgh1')).toEqual(['too_few_character_classes']);
    expect(passwordStrengthProblems('short')).toEqual(['too_short', 'too_few_character_classes']);
    expect(passwordStrengthProblems('密码密码密码密码')).toEqual(['too_few_character_classes']);
  });
});
