/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015.
 *
 * Layout (18 characters, 1-based positions):
 *   1      registration authority code (登记管理部门代码)
 *   2      organisation type code (机构类别代码), depends on position 1
 *   3–8    administrative division code of the registering authority (登记管理机关行政区划码, GB/T 2260)
 *   9–17   organisation code body (主体标识码, GB 11714 organisation code incl. its own check digit)
 *   18     check character (校验码), computed over positions 1–17
 *
 * Character set: 0-9 and A-Z except I, O, Z, S, V (31 characters), valued 0–30 in that order.
 * Check character: C18 = 31 − (Σ value(Ci) × Wi mod 31), with 31 written as 0,
 * Wi = 3^(i−1) mod 31 = 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28.
 *
 * `validateUscc` is strict: it expects the canonical form (upper case, half-width, no spaces).
 * Use `normalizeUscc` first on user input. Positions 9–17 are only checked against the character
 * set, not against the GB 11714 check digit (not part of GB 32100's own rules).
 */

export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export const USCC_WEIGHTS: readonly number[] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** 登记管理部门代码 → 机构类别代码 (GB 32100-2015 表 1 and its amendments). */
export const USCC_ORG_TYPES: Readonly<Record<string, { authority: string; types: Readonly<Record<string, string>> }>> = {
  '1': { authority: '机构编制', types: { '1': '机关', '2': '事业单位', '3': '中央编办直接管理机构编制的群众团体', '9': '其他' } },
  '2': { authority: '外交', types: { '1': '外国常驻新闻机构', '9': '其他' } },
  '3': {
    authority: '司法行政',
    types: { '1': '律师执业机构', '2': '公证处', '3': '基层法律服务所', '4': '司法鉴定机构', '5': '仲裁委员会', '9': '其他' },
  },
  '4': { authority: '文化', types: { '1': '外国在华文化中心', '9': '其他' } },
  '5': { authority: '民政', types: { '1': '社会团体', '2': '民办非企业单位', '3': '基金会', '9': '其他' } },
  '6': {
    authority: '旅游',
    types: { '1': '外国旅游部门常驻代表机构', '2': '港澳台地区旅游部门常驻内地（大陆）代表机构', '9': '其他' },
  },
  '7': { authority: '宗教', types: { '1': '宗教活动场所', '2': '宗教院校', '9': '其他' } },
  '8': { authority: '工会', types: { '1': '基层工会', '9': '其他' } },
  '9': { authority: '工商（市场监管）', types: { '1': '企业', '2': '个体工商户', '3': '农民专业合作社' } },
  A: { authority: '中央军委改革和编制办公室', types: { '1': '军队事业单位', '9': '其他' } },
  N: {
    authority: '农业',
    types: { '1': '组级集体经济组织', '2': '村级集体经济组织', '3': '乡镇级集体经济组织', '9': '其他' },
  },
  Y: { authority: '其他', types: { '1': '其他' } },
};

/** First two digits of GB/T 2260 division codes (provinces, plus 10 for central registrations). */
const PROVINCE_PREFIXES = new Set([
  '10', '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82',
]);

export type UsccErrorReason = 'length' | 'charset' | 'registration_authority' | 'org_type' | 'region' | 'check_character';

export type UsccValidation =
  | { ok: true }
  | {
      ok: false;
      /** 1-based position of the first offending character (for `length`: the first missing or surplus position). */
      position: number;
      /** The character expected at `position`, when exactly one is right (the check character). */
      expected?: string;
      reason: UsccErrorReason;
      messageZh: string;
      messageEn: string;
    };

function fail(
  reason: UsccErrorReason,
  position: number,
  messageZh: string,
  messageEn: string,
  expected?: string,
): UsccValidation {
  return expected === undefined
    ? { ok: false, position, reason, messageZh, messageEn }
    : { ok: false, position, expected, reason, messageZh, messageEn };
}

/**
 * Canonical form of user input: trims, removes inner spaces and hyphens, converts full-width
 * characters to half-width and letters to upper case. Does not validate.
 */
export function normalizeUscc(input: string): string {
  return input
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000-]/g, '')
    .toUpperCase();
}

/**
 * The check character (position 18) for the first 17 characters.
 * Throws if `first17` is not 17 characters from the USCC character set.
 */
export function computeUsccCheckChar(first17: string): string {
  if (first17.length !== 17) throw new RangeError(`computeUsccCheckChar: expected 17 characters, got ${first17.length}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_CHARSET.indexOf(first17.charAt(i));
    if (value < 0) throw new RangeError(`computeUsccCheckChar: character ${JSON.stringify(first17.charAt(i))} at position ${i + 1} is not in the USCC character set`);
    sum += value * (USCC_WEIGHTS[i] ?? 0);
  }
  return USCC_CHARSET.charAt((31 - (sum % 31)) % 31);
}

export function validateUscc(code: string): UsccValidation {
  const chars = Array.from(code);
  if (chars.length !== 18) {
    const position = chars.length < 18 ? chars.length + 1 : 19;
    return fail(
      'length',
      position,
      `统一社会信用代码应为 18 位，当前为 ${chars.length} 位`,
      `A unified social credit code has 18 characters; this one has ${chars.length}`,
    );
  }
  for (let i = 0; i < 18; i++) {
    const c = chars[i] ?? '';
    if (!USCC_CHARSET.includes(c) || c === '') {
      const hint = /[a-z]/.test(c)
        ? '（字母须大写）'
        : /[IOZSV]/.test(c)
          ? '（不使用 I、O、Z、S、V）'
          : '';
      const hintEn = /[a-z]/.test(c)
        ? ' (letters must be upper case)'
        : /[IOZSV]/.test(c)
          ? ' (I, O, Z, S and V are not used)'
          : '';
      return fail(
        'charset',
        i + 1,
        `第 ${i + 1} 位字符“${c}”不合法：只能使用数字 0-9 和除 I、O、Z、S、V 以外的大写字母${hint}`,
        `Character ${JSON.stringify(c)} at position ${i + 1} is not allowed: only digits 0-9 and upper-case letters other than I, O, Z, S, V${hintEn}`,
      );
    }
  }
  const authority = chars[0] ?? '';
  const authorityEntry = USCC_ORG_TYPES[authority];
  if (!authorityEntry) {
    return fail(
      'registration_authority',
      1,
      `第 1 位登记管理部门代码“${authority}”不存在（应为 1-9、A、N 或 Y）`,
      `Position 1 (registration authority) ${JSON.stringify(authority)} is not a valid code (expected 1-9, A, N or Y)`,
    );
  }
  const orgType = chars[1] ?? '';
  if (!(orgType in authorityEntry.types)) {
    const allowed = Object.keys(authorityEntry.types).join('、');
    return fail(
      'org_type',
      2,
      `第 2 位机构类别代码“${orgType}”与登记管理部门“${authorityEntry.authority}”不匹配（可用：${allowed}）`,
      `Position 2 (organisation type) ${JSON.stringify(orgType)} is not valid for registration authority ${JSON.stringify(authority)} (allowed: ${Object.keys(authorityEntry.types).join(', ')})`,
    );
  }
  for (let i = 2; i < 8; i++) {
    const c = chars[i] ?? '';
    if (c < '0' || c > '9') {
      return fail(
        'region',
        i + 1,
        `第 ${i + 1} 位应为数字：第 3-8 位是登记管理机关行政区划码`,
        `Position ${i + 1} must be a digit: positions 3-8 are the administrative division code`,
      );
    }
  }
  const prefix = chars.slice(2, 4).join('');
  if (!PROVINCE_PREFIXES.has(prefix)) {
    return fail(
      'region',
      3,
      `第 3-8 位行政区划码“${chars.slice(2, 8).join('')}”的省级代码“${prefix}”不存在`,
      `Administrative division code ${chars.slice(2, 8).join('')} (positions 3-8) has no province ${prefix}`,
    );
  }
  const expected = computeUsccCheckChar(chars.slice(0, 17).join(''));
  if (chars[17] !== expected) {
    return fail(
      'check_character',
      18,
      `第 18 位校验码应为 ${expected}，实际为 ${chars[17] ?? ''}`,
      `Position 18 (check character) should be ${expected}, not ${chars[17] ?? ''}`,
      expected,
    );
  }
  return { ok: true };
}

/** GB 11714 organisation code check digit over 8 characters (0-9, A-Z valued 10-35); 'X' stands for 10. */
export function computeOrgCodeCheckChar(first8: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  if (first8.length !== 8) throw new RangeError(`computeOrgCodeCheckChar: expected 8 characters, got ${first8.length}`);
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const value = parseInt(first8.charAt(i), 36);
    if (Number.isNaN(value)) throw new RangeError(`computeOrgCodeCheckChar: bad character at position ${i + 1}`);
    sum += value * (weights[i] ?? 0);
  }
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}
