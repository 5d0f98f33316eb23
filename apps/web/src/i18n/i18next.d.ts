import type { auditZhCN } from '../features/audit/locale.ts';
import type { authZhCN } from '../features/auth/locale.ts';
import type { calendarZhCN } from '../features/calendar/locale.ts';
import type { casesZhCN } from '../features/cases/locale.ts';
import type { catalogueZhCN } from '../features/catalogue/locale.ts';
import type { coverageZhCN } from '../features/coverage/locale.ts';
import type { enterprisesZhCN } from '../features/enterprises/locale.ts';
import type { inboxZhCN } from '../features/inbox/locale.ts';
import type { matchingZhCN } from '../features/matching/locale.ts';
import type { safeboxZhCN } from '../features/safebox/locale.ts';
import type { workbenchZhCN } from '../features/workbench/locale.ts';
import type { Messages } from './zh-CN.ts';

/**
 * Every key `t()` accepts: the core strings (in the entry chunk) and every feature area's
 * strings, which load with the area's lazy chunk (`i18n/add-strings.ts`). Type-only imports:
 * the keys are checked without bundling the strings. A new area adds one `typeof` here.
 */
type AllMessages = Messages & typeof authZhCN & typeof workbenchZhCN & typeof enterprisesZhCN & typeof auditZhCN
  & typeof inboxZhCN & typeof calendarZhCN & typeof catalogueZhCN & typeof casesZhCN & typeof coverageZhCN & typeof safeboxZhCN & typeof matchingZhCN;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: AllMessages };
    returnNull: false;
  }
}
