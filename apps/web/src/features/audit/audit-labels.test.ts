import { AdjustmentInput, CaseEventAction, EngagementEventAction } from '@yunju/contracts';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { auditEn, auditZhCN } from './locale.ts';

/**
 * Every audit action and target type the server records must have a label in both languages
 * (the audit page and the workbench's recent activity otherwise show the raw code). The server
 * source is scanned for `recordAudit(...)` calls and the safebox log's batched `insertAuditRows(...)`:
 * string literals give the codes; template literals must match a known dynamic pattern below.
 */
const serverSrc = fileURLToPath(new URL('../../../../server/src', import.meta.url));

/** Dynamic actions: the template's literal head → every value its placeholder can take. */
const dynamicActions: Record<string, readonly string[]> = {
  'case.': CaseEventAction.options,
  'matching.engagement.': EngagementEventAction.options,
  'matching.recommendation_': AdjustmentInput.shape.action.options,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

/** The text of the call whose `(` is at `open`, up to its matching `)`. */
function callText(src: string, open: number): string {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const ch = src[i];
    if (ch === '(' || ch === '{' || ch === '[') depth++;
    else if (ch === ')' || ch === '}' || ch === ']') depth--;
    if (depth === 0) return src.slice(open, i + 1);
  }
  return src.slice(open);
}

/** The expression after `key:` up to the next `,` or closing bracket at its own depth. */
function propertyExpression(call: string, key: string): string | null {
  const m = new RegExp(`\\b${key}\\s*:\\s*`).exec(call);
  if (!m) return null;
  let depth = 0;
  let i = m.index + m[0].length;
  const start = i;
  for (; i < call.length; i++) {
    const ch = call[i];
    if (ch === '(' || ch === '{' || ch === '[') depth++;
    else if (ch === ')' || ch === '}' || ch === ']') {
      if (depth === 0) break;
      depth--;
    } else if (ch === ',' && depth === 0) break;
  }
  return call.slice(start, i).trim();
}

/** Drops the literals a condition compares with (`kind === 'items' ? 'a' : 'b'` gives 'a' and 'b'). */
function withoutComparisons(expr: string): string {
  return expr.replace(/[!=]==?\s*'[^']*'/g, '').replace(/'[^']*'\s*[!=]==?/g, '');
}

interface Found {
  actions: Map<string, string>;
  targetTypes: Map<string, string>;
  problems: string[];
}

function scanServer(): Found {
  const found: Found = { actions: new Map(), targetTypes: new Map(), problems: [] };
  let calls = 0;
  for (const file of sourceFiles(serverSrc)) {
    const src = readFileSync(file, 'utf8');
    const where = relative(serverSrc, file);
    for (const m of src.matchAll(/\b(?:recordAudit|insertAuditRows)\s*\(/g)) {
      const call = callText(src, m.index + m[0].length - 1);
      const action = propertyExpression(call, 'action');
      if (action === null) continue; // the function's own definition
      calls++;
      const literals = [...withoutComparisons(action).matchAll(/'([^']*)'/g)].map((l) => l[1] as string);
      const templates = [...action.matchAll(/`([^`$]*)\$\{[^}]*\}`/g)].map((t) => t[1] as string);
      if (literals.length === 0 && templates.length === 0) found.problems.push(`${where}: action \`${action}\` is neither a literal nor a template`);
      for (const l of literals) found.actions.set(l, where);
      for (const head of templates) {
        const values = dynamicActions[head];
        if (!values) found.problems.push(`${where}: dynamic action \`${head}\${…}\` has no entry in dynamicActions`);
        else for (const v of values) found.actions.set(`${head}${v}`, where);
      }
      const target = propertyExpression(call, 'targetType');
      for (const l of target ? withoutComparisons(target).matchAll(/'([^']*)'/g) : []) found.targetTypes.set(l[1] as string, where);
    }
  }
  if (calls < 50) found.problems.push(`only ${calls} audit calls found: the scanner no longer matches the server source`);
  return found;
}

function lookup(tree: unknown, code: string): unknown {
  return code.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), tree);
}

describe('audit labels', () => {
  const found = scanServer();

  it('scans every audit call', () => {
    expect(found.problems).toEqual([]);
  });

  it.each([
    ['zh-CN', auditZhCN],
    ['en', auditEn],
  ])('labels every recorded action and target type in %s', (_lang, bundle) => {
    const missing: string[] = [];
    for (const [code, where] of found.actions) {
      const label = lookup(bundle.audit.actions, code);
      if (typeof label !== 'string' || label === '') missing.push(`action ${code} (${where})`);
    }
    for (const [code, where] of found.targetTypes) {
      const label = lookup(bundle.audit.targetTypes, code);
      if (typeof label !== 'string' || label === '') missing.push(`targetType ${code} (${where})`);
    }
    expect(missing).toEqual([]);
  });

  it('knows the actions that are recorded with a computed name', () => {
    expect(found.actions.has('matching.engagement.agree')).toBe(true);
    expect(found.actions.has('matching.recommendation_pin')).toBe(true);
    expect(found.actions.has('case.escalate')).toBe(true);
    expect(found.actions.has('safebox.deposit')).toBe(true);
  });
});
