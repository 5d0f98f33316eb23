import { QualificationKind, roles } from '@yunju/contracts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditEn, auditZhCN } from '../features/audit/locale.ts';
import { authEn, authZhCN } from '../features/auth/locale.ts';
import { calendarEn, calendarZhCN } from '../features/calendar/locale.ts';
import { casesEn, casesZhCN } from '../features/cases/locale.ts';
import { catalogueEn, catalogueZhCN } from '../features/catalogue/locale.ts';
import { coverageEn, coverageZhCN } from '../features/coverage/locale.ts';
import { enterprisesEn, enterprisesZhCN } from '../features/enterprises/locale.ts';
import { inboxEn, inboxZhCN } from '../features/inbox/locale.ts';
import { matchingEn, matchingZhCN } from '../features/matching/locale.ts';
import { safeboxEn, safeboxZhCN } from '../features/safebox/locale.ts';
import { workbenchEn, workbenchZhCN } from '../features/workbench/locale.ts';
import { en } from './en.ts';
import { zhCN } from './zh-CN.ts';

/**
 * The core strings (entry chunk) and every feature area's strings (`features/<area>/locale.ts`,
 * loaded with the area's lazy chunk), by area folder. A new area's locale must be added here.
 */
const bundles: Record<string, { zh: object; en: object }> = {
  core: { zh: zhCN, en },
  audit: { zh: auditZhCN, en: auditEn },
  auth: { zh: authZhCN, en: authEn },
  calendar: { zh: calendarZhCN, en: calendarEn },
  cases: { zh: casesZhCN, en: casesEn },
  catalogue: { zh: catalogueZhCN, en: catalogueEn },
  coverage: { zh: coverageZhCN, en: coverageEn },
  enterprises: { zh: enterprisesZhCN, en: enterprisesEn },
  inbox: { zh: inboxZhCN, en: inboxEn },
  matching: { zh: matchingZhCN, en: matchingEn },
  safebox: { zh: safeboxZhCN, en: safeboxEn },
  workbench: { zh: workbenchZhCN, en: workbenchEn },
};
const features = Object.keys(bundles).filter((name) => name !== 'core');
const featuresDir = new URL('../features/', import.meta.url);

/** `{ a: { b: 'x' } }` → `[['a.b', 'x']]`; anything that is not a string or object is reported as is. */
function flatten(node: unknown, prefix = ''): [string, unknown][] {
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([key, value]) => flatten(value, prefix ? `${prefix}.${key}` : key));
  }
  return [[prefix, node]];
}

/** Everything i18next holds once every area has loaded (the areas' top-level keys do not overlap). */
const zh = new Map(Object.values(bundles).flatMap((b) => flatten(b.zh)));
const english = new Map(Object.values(bundles).flatMap((b) => flatten(b.en)));
const placeholders = (text: unknown) => [...String(text).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

/** Stat keys the server sends on the workbench (issue "Web shell"). */
const statKeys = [
  'departments', 'towns', 'serviceItems', 'resources', 'enterprises', 'aboveScaleEnterprises', 'highTechEnterprises',
  'experts', 'talents', 'users', 'auditToday', 'myDepartmentItems', 'myDepartmentResources', 'pendingDeposits',
  'casesOpen', 'casesOverdue', 'casesResolved', 'onTimeRate', 'enterprisesServed', 'myOpenCases', 'myResolvedCases', 'myContactRequests', 'myOpenEngagements',
  'matchProblemsSolved', 'matchIurProjects', 'matchContractValue', 'matchTalentsMatched', 'matchEnterprisesServed',
];

describe('locales', () => {
  it('zh-CN and en have the same keys, in the core and in every area', () => {
    for (const [name, bundle] of Object.entries(bundles)) {
      expect(flatten(bundle.en).map(([key]) => key).sort(), name).toEqual(flatten(bundle.zh).map(([key]) => key).sort());
    }
    expect([...english.keys()].sort()).toEqual([...zh.keys()].sort());
  });

  it('covers every feature locale file, each under one top-level key of its own', () => {
    const onDisk = readdirSync(featuresDir).filter((area) => existsSync(new URL(`${area}/locale.ts`, featuresDir)));
    expect(onDisk.sort()).toEqual([...features].sort());
    const typings = readFileSync(new URL('./i18next.d.ts', import.meta.url), 'utf8');
    const taken = new Set(Object.keys(zhCN));
    for (const area of features) {
      const keys = Object.keys(bundles[area]?.zh ?? {});
      expect(keys, area).toHaveLength(1);
      expect(taken.has(keys[0] ?? ''), `${area}: top-level key ${keys[0]} already used`).toBe(false);
      taken.add(keys[0] ?? '');
      expect(typings, `${area} is typed in i18next.d.ts`).toContain(`features/${area}/locale.ts`);
    }
  });

  it('has no empty or non-string values', () => {
    for (const [name, messages] of [['zh-CN', zh], ['en', english]] as const) {
      for (const [key, value] of messages) {
        expect(typeof value, `${name} ${key}`).toBe('string');
        expect(String(value).trim(), `${name} ${key}`).not.toBe('');
      }
    }
  });

  it('uses the same {{placeholders}} in both languages', () => {
    for (const [key, value] of zh) expect(placeholders(english.get(key)), key).toEqual(placeholders(value));
  });

  it('loads each area\'s strings where they are used: route pages import their locale, other areas import it explicitly', () => {
    const src = new URL('../', import.meta.url);
    const owner = new Map<string, string>(); // top-level key → area ('core' for the entry's strings)
    for (const [area, bundle] of Object.entries(bundles)) for (const key of Object.keys(bundle.zh)) owner.set(key, area);
    const router = readFileSync(new URL('router.tsx', src), 'utf8');
    for (const [, area, file] of router.matchAll(/import\('\.\/features\/([\w-]+)\/([\w-]+\.tsx)'\)/g)) {
      if (!area || !features.includes(area) || `${area}/${file}` === 'auth/login-page.tsx') continue; // login: core strings only
      const code = readFileSync(new URL(`features/${area}/${file}`, src), 'utf8');
      expect(code, `route page features/${area}/${file} imports './locale.ts'`).toContain("import './locale.ts';");
    }
    const sources = (readdirSync(src, { recursive: true, encoding: 'utf8' }))
      .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts') && !f.endsWith('.d.ts') && !f.startsWith('i18n') && !f.endsWith('locale.ts'));
    for (const file of sources) {
      const code = readFileSync(new URL(file, src), 'utf8');
      const area = /^features[\\/]([\w-]+)[\\/]/.exec(file)?.[1];
      for (const [, key] of code.matchAll(/(?:\bt|\blabelOf|\blabelledCodes)\(\s*['`]([a-zA-Z]+)\./g)) {
        const from = owner.get(key ?? '');
        expect(from, `${file}: unknown string key ${key}`).toBeDefined();
        if (from === 'core' || from === area) continue;
        expect(code, `${file} uses ${key}.* and must import the ${from} locale`).toMatch(new RegExp(`import '(\\.\\./)+(features/)?${from}/locale\\.ts';`));
      }
    }
  });

  it('labels every role, qualification kind, workbench stat and role to-do hint', () => {
    const required = [
      ...roles.map((role) => `role.${role}`),
      ...roles.map((role) => `workbench.todo.${role}`),
      ...QualificationKind.options.map((kind) => `qualification.${kind}`),
      ...statKeys.map((key) => `workbench.stat.${key}`),
    ];
    for (const key of required) {
      expect(zh.has(key), `zh-CN ${key}`).toBe(true);
      expect(english.has(key), `en ${key}`).toBe(true);
    }
  });

  it('keeps the role labels of the issue', () => {
    expect(zhCN.role).toEqual({
      enterprise: '企业用户',
      expert: '专家',
      officer: '部门经办人',
      bureau_admin: '科技局管理员',
      desk: '窗口受理员',
      notary: '公证员',
      leader: '领导（只读）',
      talent: '人才',
    });
  });
});
