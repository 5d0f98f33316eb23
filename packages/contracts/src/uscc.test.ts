import { describe, expect, it } from 'vitest';
import { computeOrgCodeCheckChar, computeUsccCheckChar, normalizeUscc, USCC_ORG_TYPES, validateUscc } from './uscc.ts';

/**
 * Independent reference, written differently from the implementation on purpose:
 * the character set is derived from A-Z minus I, O, Z, S, V and the weights from 3^(i-1) mod 31.
 */
const REF_CHARS = '0123456789' + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.replace(/[IOZSV]/g, '');
const REF_WEIGHTS = Array.from({ length: 17 }, (_, i) => {
  let w = 1;
  for (let k = 0; k < i; k++) w = (w * 3) % 31;
  return w;
});
function refCheck(first17: string): string {
  const sum = [...first17].reduce((acc, c, i) => acc + REF_CHARS.indexOf(c) * (REF_WEIGHTS[i] ?? 0), 0);
  const r = 31 - (sum % 31);
  return REF_CHARS[r === 31 ? 0 : r] ?? '?';
}
function withCheck(first17: string): string {
  return first17 + refCheck(first17);
}
function replaceAt(s: string, position1: number, c: string): string {
  return s.slice(0, position1 - 1) + c + s.slice(position1);
}

describe('reference tables', () => {
  it('has the 31-character set and the published weights', () => {
    expect(REF_CHARS).toBe('0123456789ABCDEFGHJKLMNPQRTUWXY');
    expect(REF_CHARS).toHaveLength(31);
    expect(REF_WEIGHTS).toEqual([1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]);
  });
});

describe('computeUsccCheckChar', () => {
  it('reproduces the widely cited worked example 91350100M000100Y43 by hand', () => {
    // values: 9 1 3 5 0 1 0 0 M=21 0 0 0 1 0 0 Y=30 4
    // 9·1 + 1·3 + 3·9 + 5·27 + 1·26 + 21·20 + 1·8 + 30·30 + 4·28 = 1640; 1640 mod 31 = 28; 31 − 28 = 3
    expect(9 * 1 + 1 * 3 + 3 * 9 + 5 * 27 + 1 * 26 + 21 * 20 + 1 * 8 + 30 * 30 + 4 * 28).toBe(1640);
    expect(computeUsccCheckChar('91350100M000100Y4')).toBe('3');
    expect(validateUscc('91350100M000100Y43')).toEqual({ ok: true });
  });

  it('agrees with the independent reference on constructed codes', () => {
    const bodies = ['MA2D6FXL1', 'MA27U0C3Y', '600037341', '14609120X', 'MA0000000', 'YYYYYYYYY', '000000000'];
    const heads = ['91330699', '92330699', '93330699', '12330699', '52330699', '11100000', 'N1330699', 'Y1330699'];
    for (const h of heads) {
      for (const b of bodies) {
        const first17 = h + b;
        expect(computeUsccCheckChar(first17)).toBe(refCheck(first17));
        expect(validateUscc(withCheck(first17))).toEqual({ ok: true });
      }
    }
  });

  it('writes a remainder of 0 as check character 0', () => {
    // vary position 17 until Σ ≡ 0 (mod 31); weight 28 is invertible mod 31 so exactly one value works
    const found = [...REF_CHARS].map((c) => '913306990000000' + '0' + c).find((p) => refCheck(p) === '0');
    expect(found).toBeDefined();
    expect(computeUsccCheckChar(found ?? '')).toBe('0');
  });

  it('rejects malformed input', () => {
    expect(() => computeUsccCheckChar('9133069900000000')).toThrow(RangeError);
    expect(() => computeUsccCheckChar('9133069900000000I')).toThrow(RangeError);
  });
});

describe('validateUscc errors name the position', () => {
  const valid = withCheck('91330699MA2D6FXL1');

  it('accepts the constructed base code', () => {
    expect(validateUscc(valid)).toEqual({ ok: true });
  });

  it('length', () => {
    const short = validateUscc(valid.slice(0, 17));
    expect(short).toMatchObject({ ok: false, reason: 'length', position: 18 });
    const long = validateUscc(valid + '0');
    expect(long).toMatchObject({ ok: false, reason: 'length', position: 19 });
    expect(validateUscc('')).toMatchObject({ ok: false, reason: 'length', position: 1 });
    if (!short.ok) expect(short.messageZh).toContain('18 位');
  });

  it('charset: forbidden letters, lower case, symbols', () => {
    for (const bad of ['I', 'O', 'Z', 'S', 'V', 'a', '-', '０']) {
      const r = validateUscc(replaceAt(valid, 12, bad));
      expect(r).toMatchObject({ ok: false, reason: 'charset', position: 12 });
      if (!r.ok) expect(r.messageZh).toContain('第 12 位');
    }
    expect(validateUscc(replaceAt(valid, 18, 'I'))).toMatchObject({ ok: false, reason: 'charset', position: 18 });
  });

  it('registration authority (position 1)', () => {
    for (const bad of ['0', 'B', 'M', 'X']) {
      const code = withCheck(replaceAt(valid, 1, bad).slice(0, 17));
      expect(validateUscc(code)).toMatchObject({ ok: false, reason: 'registration_authority', position: 1 });
    }
  });

  it('organisation type (position 2) depends on position 1', () => {
    expect(validateUscc(withCheck('94330699MA2D6FXL1'))).toMatchObject({ ok: false, reason: 'org_type', position: 2 });
    expect(validateUscc(withCheck('Y2330699MA2D6FXL1'))).toMatchObject({ ok: false, reason: 'org_type', position: 2 });
    expect(validateUscc(withCheck('54330699MA2D6FXL1'))).toMatchObject({ ok: false, reason: 'org_type', position: 2 });
    // every listed combination is accepted
    for (const [a, entry] of Object.entries(USCC_ORG_TYPES)) {
      for (const t of Object.keys(entry.types)) {
        expect(validateUscc(withCheck(`${a}${t}330699MA2D6FXL1`))).toEqual({ ok: true });
      }
    }
  });

  it('region (positions 3-8)', () => {
    expect(validateUscc(withCheck('9133A699MA2D6FXL1'))).toMatchObject({ ok: false, reason: 'region', position: 5 });
    expect(validateUscc(withCheck('91990699MA2D6FXL1'))).toMatchObject({ ok: false, reason: 'region', position: 3 });
    expect(validateUscc(withCheck('91000000MA2D6FXL1'))).toMatchObject({ ok: false, reason: 'region', position: 3 });
  });

  it('check character (position 18) reports the expected character', () => {
    const expected = valid.charAt(17);
    const wrong = REF_CHARS.charAt((REF_CHARS.indexOf(expected) + 1) % 31);
    const r = validateUscc(replaceAt(valid, 18, wrong));
    expect(r).toEqual({
      ok: false,
      reason: 'check_character',
      position: 18,
      expected,
      messageZh: `第 18 位校验码应为 ${expected}，实际为 ${wrong}`,
      messageEn: `Position 18 (check character) should be ${expected}, not ${wrong}`,
    });
  });

  it('detects every single-character substitution in positions 9-18', () => {
    for (let pos = 9; pos <= 18; pos++) {
      for (const c of REF_CHARS) {
        if (c === valid.charAt(pos - 1)) continue;
        const r = validateUscc(replaceAt(valid, pos, c));
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.reason).toBe('check_character');
      }
    }
  });
});

describe('normalizeUscc', () => {
  it('folds full-width characters, case, spaces and hyphens', () => {
    expect(normalizeUscc(' ９１３５０１００ｍ000100y4-3 ')).toBe('91350100M000100Y43');
    expect(validateUscc(normalizeUscc('91350100m000100y43'))).toEqual({ ok: true });
  });
});

describe('computeOrgCodeCheckChar (GB 11714)', () => {
  it('matches the embedded organisation codes of the worked example', () => {
    // M000100Y → 4: M=22·3 + 1·5 + Y=34·2 = 139; 139 mod 11 = 7; 11 − 7 = 4
    expect(computeOrgCodeCheckChar('M000100Y')).toBe('4');
    // 60003734 → 1: 6·3 + 3·5 + 7·8 + 3·4 + 4·2 = 109; 109 mod 11 = 10; 11 − 10 = 1
    expect(computeOrgCodeCheckChar('60003734')).toBe('1');
  });
});
