import type { FieldError } from '@yunju/contracts';

/** The parts of a zod issue that the messages use (the issue as fastify-type-provider-zod reports it). */
interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  expected?: string;
  format?: string;
  keys?: string[];
  values?: unknown[];
}

const typeZh: Record<string, string> = { string: '文本', number: '数字', boolean: '是/否', object: '对象', array: '列表', date: '日期', int: '整数' };

/** zh-CN and English messages for one zod issue, written for a form user rather than a developer. */
export function describeIssue(issue: Issue, location: string): FieldError {
  const path = issue.path.map(String).join('.') || location;
  const missing = issue.code === 'invalid_type' && /received undefined$/.test(issue.message);
  let zh: string;
  let en: string;
  let code = issue.code;
  switch (issue.code) {
    case 'invalid_type':
      if (missing) {
        code = 'required';
        zh = '此项为必填项';
        en = 'This field is required';
      } else {
        zh = `应为${typeZh[issue.expected ?? ''] ?? issue.expected ?? '正确的类型'}`;
        en = `Expected ${issue.expected ?? 'another type'}`;
      }
      break;
    case 'too_small':
      if (issue.origin === 'string') {
        zh = Number(issue.minimum) <= 1 ? '此项不能为空' : `至少 ${issue.minimum} 个字符`;
        en = Number(issue.minimum) <= 1 ? 'Must not be empty' : `At least ${issue.minimum} characters`;
      } else if (issue.origin === 'array' || issue.origin === 'set') {
        zh = `至少 ${issue.minimum} 项`;
        en = `At least ${issue.minimum} items`;
      } else {
        zh = `不能小于 ${issue.minimum}`;
        en = `Must be at least ${issue.minimum}`;
      }
      break;
    case 'too_big':
      if (issue.origin === 'string') {
        zh = `不能超过 ${issue.maximum} 个字符`;
        en = `At most ${issue.maximum} characters`;
      } else if (issue.origin === 'array' || issue.origin === 'set') {
        zh = `不能超过 ${issue.maximum} 项`;
        en = `At most ${issue.maximum} items`;
      } else {
        zh = `不能大于 ${issue.maximum}`;
        en = `Must be at most ${issue.maximum}`;
      }
      break;
    case 'invalid_format':
      zh = `格式不正确${issue.format ? `（${issue.format}）` : ''}`;
      en = `Invalid format${issue.format ? ` (${issue.format})` : ''}`;
      break;
    case 'invalid_value':
      zh = `取值应为：${(issue.values ?? []).map(String).join('、')}`;
      en = `Must be one of: ${(issue.values ?? []).map(String).join(', ')}`;
      break;
    case 'unrecognized_keys':
      zh = `不支持的字段：${(issue.keys ?? []).join('、')}`;
      en = `Unknown fields: ${(issue.keys ?? []).join(', ')}`;
      break;
    default:
      zh = `内容不符合要求：${issue.message}`;
      en = issue.message;
  }
  return { path, code, message: zh, messageEn: en };
}
