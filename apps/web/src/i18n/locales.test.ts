import { QualificationKind, roles } from '@yunju/contracts';
import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { zhCN } from './zh-CN.ts';

/** `{ a: { b: 'x' } }` → `[['a.b', 'x']]`; anything that is not a string or object is reported as is. */
function flatten(node: unknown, prefix = ''): [string, unknown][] {
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([key, value]) => flatten(value, prefix ? `${prefix}.${key}` : key));
  }
  return [[prefix, node]];
}

const zh = new Map(flatten(zhCN));
const english = new Map(flatten(en));
const placeholders = (text: unknown) => [...String(text).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

/** Stat keys the server sends on the workbench (issue "Web shell"). */
const statKeys = [
  'departments', 'towns', 'serviceItems', 'resources', 'enterprises', 'aboveScaleEnterprises', 'highTechEnterprises',
  'experts', 'talents', 'users', 'auditToday', 'myDepartmentItems', 'myDepartmentResources', 'pendingDeposits',
  'casesOpen', 'casesOverdue', 'casesResolved', 'onTimeRate', 'enterprisesServed', 'myOpenCases', 'myResolvedCases',
];

describe('locales', () => {
  it('zh-CN and en have the same keys', () => {
    expect([...english.keys()].sort()).toEqual([...zh.keys()].sort());
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
    });
  });
});
