import { describe, expect, it } from 'vitest';
import { bodyPath, toFormFieldErrors } from './field-errors.ts';

const fe = (path: string, message: string, messageEn: string) => ({ path, code: 'x', message, messageEn });

describe('toFormFieldErrors', () => {
  it('groups errors by form field in the UI language and keeps the rest apart', () => {
    const result = toFormFieldErrors(
      [fe('materials.0.name', '此项不能为空', 'Must not be empty'), fe('materials.0.name', '此项不能为空', 'Must not be empty'), fe('body', '格式错误', 'Bad')],
      'en',
      (path) => (path === 'body' ? null : bodyPath(path)),
    );
    expect(result.fields).toEqual([{ name: ['materials', 0, 'name'], errors: ['Must not be empty'] }]);
    expect(result.unmatched).toEqual(['Bad']);
  });

  it('uses Chinese by default', () => {
    expect(toFormFieldErrors([fe('name', '必填', 'Required')], 'zh-CN', bodyPath).fields[0]?.errors).toEqual(['必填']);
  });
});
