import { describe, expect, it } from 'vitest';
import { isQualificationKind } from './qualification-kinds.ts';

describe('isQualificationKind', () => {
  it('recognises known kinds only, exactly as spelt', () => {
    expect(isQualificationKind('high_tech')).toBe(true);
    expect(isQualificationKind('HIGH_TECH')).toBe(false);
    expect(isQualificationKind('')).toBe(false);
    expect(isQualificationKind(null)).toBe(false);
    expect(isQualificationKind(undefined)).toBe(false);
  });
});
