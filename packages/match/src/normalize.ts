import * as OpenCC from 'opencc-js';

/** Traditional (any variant) → mainland simplified, phrase-aware (OpenCC). */
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/**
 * Per UTF-16 code unit: 0 not yet known, 1 stable (NFKC, lower-casing and the
 * traditional → simplified converter leave it unchanged, it is not white space and it does
 * not combine with a neighbour), 2 not stable.
 */
const stable = new Uint8Array(0x10000);
/** Per code unit: 0 unknown, 1 OpenCC leaves it unchanged on its own, 2 changes it. */
const changes = new Uint8Array(0x10000);
const COMBINING = /[\p{M}\u1100-\u11ff]/u;
const SPACE = /\s/;

function charChanges(c: number): boolean {
  let v = changes[c]!;
  if (v === 0) {
    const ch = String.fromCharCode(c);
    v = toSimplified(ch) !== ch ? 2 : 1;
    changes[c] = v;
  }
  return v === 2;
}

function isStable(c: number): boolean {
  let v = stable[c]!;
  if (v === 0) {
    const ch = String.fromCharCode(c);
    const ok =
      !(c >= 0xd800 && c <= 0xdfff) &&
      !SPACE.test(ch) &&
      !COMBINING.test(ch) &&
      ch.normalize('NFKC').toLowerCase() === ch &&
      !(c >= 0x3400 && charChanges(c));
    v = ok ? 1 : 2;
    stable[c] = v;
  }
  return v === 1;
}

/** Text that every step of normalisation would leave as it is (the common case). */
function alreadyNormal(text: string): boolean {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      // A single interior space survives whitespace collapsing and trimming.
      if (i === 0 || i === n - 1 || text.charCodeAt(i + 1) === 32) return false;
      continue;
    }
    if (stable[c] === 1) continue;
    if (!isStable(c)) return false;
  }
  return true;
}

function needsConversion(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && charChanges(c)) return true;
  }
  return false;
}

/**
 * Normalises text for matching: NFKC (full-width letters, digits and punctuation → half-width,
 * compatibility ideographs → unified), lower case, traditional → simplified Chinese (skipped
 * when no character changes on its own), and whitespace runs collapsed. Text that no step
 * would change (checked per character with cached tables) is returned as it is.
 */
export function normalizeText(text: string): string {
  if (alreadyNormal(text)) return text;
  let s = text.normalize('NFKC').toLowerCase();
  if (needsConversion(s)) s = toSimplified(s);
  return s.replace(/\s+/g, ' ').trim();
}
