import { describe, expect, it } from 'vitest';
import { roles } from '@yunju/contracts';
import { canManageDepartment, canSeeContactPhone, changedFields, isMaskedFormOf, maskPhone } from './catalogue-policy.ts';

const OWN = 'dept-own';
const OTHER = 'dept-other';

describe('who manages which catalogue entries', () => {
  it('gives the bureau admin every department, an officer its own, and nobody else anything', () => {
    for (const role of roles) {
      for (const dept of [OWN, OTHER]) {
        const expected = role === 'bureau_admin' || (role === 'officer' && dept === OWN);
        expect(canManageDepartment({ role, departmentId: OWN }, dept), `${role} ${dept}`).toBe(expected);
        expect(canSeeContactPhone({ role, departmentId: OWN }, dept), `${role} ${dept}`).toBe(expected);
      }
    }
  });

  it('does not let an officer without a department manage anything', () => {
    expect(canManageDepartment({ role: 'officer', departmentId: null }, OWN)).toBe(false);
  });
});

describe('phone masking', () => {
  it('keeps the first three and last four characters', () => {
    expect(maskPhone('13912341234')).toBe('139****1234');
    expect(maskPhone('0575-81234567')).toBe('057****4567');
    expect(maskPhone('12345')).toBe('****');
  });

  it('recognises the masked form of a stored phone (a masked export round-trips)', () => {
    expect(isMaskedFormOf('139****1234', '13912341234')).toBe(true);
    expect(isMaskedFormOf('139****1235', '13912341234')).toBe(false);
    expect(isMaskedFormOf('13912341234', '13912341234')).toBe(false);
  });
});

describe('changedFields', () => {
  it('compares deeply, by value', () => {
    expect(changedFields({ a: [1, 2], b: { x: 1 }, c: 'same' }, { a: [1, 2], b: { x: 2 }, c: 'same' })).toEqual(['b']);
    expect(changedFields({ a: ['x', 'y'] }, { a: ['y', 'x'] })).toEqual(['a']);
  });
});
