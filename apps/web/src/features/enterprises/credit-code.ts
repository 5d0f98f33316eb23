import { normalizeUscc, validateUscc } from '@yunju/contracts/uscc';

/**
 * The browser's pre-check of a unified social credit code (GB 32100-2015), with the server's own
 * message (position, and the expected check character) in the UI language; null when it is valid.
 * The server checks again on save.
 */
export function creditCodeProblem(raw: string, language: string): string | null {
  const v = validateUscc(normalizeUscc(raw));
  if (v.ok) return null;
  return language === 'en' ? v.messageEn : v.messageZh;
}
