import * as OpenCC from 'opencc-js';

/** Traditional (any variant) → mainland simplified, phrase-aware (OpenCC). */
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/**
 * Characters OpenCC changes on their own. Text whose characters are all outside this set is
 * already simplified, so the (comparatively slow) phrase converter is skipped for it.
 */
const changes = new Map<string, boolean>();

function needsConversion(text: string): boolean {
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x3400) continue;
    let changed = changes.get(ch);
    if (changed === undefined) {
      changed = toSimplified(ch) !== ch;
      changes.set(ch, changed);
    }
    if (changed) return true;
  }
  return false;
}

/**
 * Normalises text for matching: NFKC (full-width letters, digits and punctuation → half-width,
 * compatibility ideographs → unified), lower case, traditional → simplified Chinese, and
 * whitespace runs collapsed.
 */
export function normalizeText(text: string): string {
  let s = text.normalize('NFKC').toLowerCase();
  if (needsConversion(s)) s = toSimplified(s);
  return s.replace(/\s+/g, ' ').trim();
}
