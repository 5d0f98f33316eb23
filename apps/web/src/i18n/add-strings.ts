import i18n from 'i18next';

/**
 * Adds one feature area's strings, both languages, to i18next. Each `features/<area>/locale.ts`
 * calls it when its lazy route chunk is evaluated, i.e. before that area's page renders, so the
 * entry chunk (the login page) carries only the core strings of `zh-CN.ts` / `en.ts`. Both
 * languages are added at once: switching language later needs nothing more.
 *
 * Unit tests import the locale files without the app (i18next not initialised): the strings
 * are then added if and when i18next initialises.
 */
export function addStrings<T extends object>(zhCN: T, en: T): void {
  const add = () => {
    i18n.addResourceBundle('zh-CN', 'translation', zhCN, true, true);
    i18n.addResourceBundle('en', 'translation', en, true, true);
  };
  if (i18n.isInitialized) add();
  else i18n.on('initialized', add);
}
