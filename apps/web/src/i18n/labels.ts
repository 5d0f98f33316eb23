import { i18n } from './index.ts';

/**
 * The label of a code the server sends (role, qualification, stat key, audit action…), or the
 * code itself when this build has no translation for it yet: a new server value still renders.
 */
export function labelOf(prefix: string, code: string): string {
  const value: unknown = i18n.getResource(i18n.language, 'translation', `${prefix}.${code}`) ??
    i18n.getResource('zh-CN', 'translation', `${prefix}.${code}`);
  return typeof value === 'string' && value !== '' ? value : code;
}

/** Every code under a prefix that has a label (for filter suggestions), dotted: `auth.login`. */
export function labelledCodes(prefix: string): string[] {
  const root: unknown = i18n.getResource(i18n.language, 'translation', prefix);
  const codes: string[] = [];
  const walk = (node: unknown, path: string[]): void => {
    if (typeof node === 'string') codes.push(path.join('.'));
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
  };
  walk(root, []);
  return codes;
}
