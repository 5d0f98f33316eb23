import { QualificationKind } from '@yunju/contracts';
import { describe, expect, it } from 'vitest';
import { isQualificationKind, qualificationKinds } from './qualification-kinds.ts';

describe('qualificationKinds', () => {
  it('lists the contract kinds in the contract order', () => {
    expect(qualificationKinds).toEqual(QualificationKind.options);
  });

  it('recognises known kinds only', () => {
    expect(isQualificationKind('high_tech')).toBe(true);
    expect(isQualificationKind('HIGH_TECH')).toBe(false);
    expect(isQualificationKind('')).toBe(false);
    expect(isQualificationKind(null)).toBe(false);
    expect(isQualificationKind(undefined)).toBe(false);
  });
});
