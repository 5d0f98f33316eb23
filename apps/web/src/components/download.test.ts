import { describe, expect, it } from 'vitest';
import { filenameFromDisposition } from './download.ts';

describe('filenameFromDisposition', () => {
  it('prefers the UTF-8 name, then the plain one, then the fallback', () => {
    expect(filenameFromDisposition(`attachment; filename="items.xlsx"; filename*=UTF-8''%E6%9C%8D%E5%8A%A1%E4%BA%8B%E9%A1%B9.xlsx`, 'x.xlsx')).toBe('服务事项.xlsx');
    expect(filenameFromDisposition('attachment; filename="items.xlsx"', 'x.xlsx')).toBe('items.xlsx');
    expect(filenameFromDisposition('attachment; filename=items.xlsx', 'x.xlsx')).toBe('items.xlsx');
    expect(filenameFromDisposition('attachment', 'x.xlsx')).toBe('x.xlsx');
    expect(filenameFromDisposition(null, 'x.xlsx')).toBe('x.xlsx');
  });
});
