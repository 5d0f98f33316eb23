import { describe, expect, it } from 'vitest';
import { formatBytes, keepFile, keepFileText, parseKeepFile, receiptFileName, safeFileName, titleFromFileName } from './safebox-model.ts';

const a = 'a'.repeat(64);
const b = 'B'.repeat(64);

describe('safe box model', () => {
  it('writes a keep file the verification page reads back', () => {
    const k = keepFile({ id: 'd1', index: 7, title: '配方', sha256: a, salt: b.toLowerCase(), fileName: 'x.pdf', fileSize: 3 });
    expect(parseKeepFile(keepFileText(k))).toEqual({ salt: b.toLowerCase(), sha256: a });
    expect(parseKeepFile(JSON.stringify({ salt: b }))).toEqual({ salt: b.toLowerCase(), sha256: null });
    expect(parseKeepFile('not json')).toBeNull();
    expect(parseKeepFile(JSON.stringify({ salt: 'abc' }))).toBeNull();
  });

  it('makes safe file names', () => {
    expect(safeFileName('a/b:c*?"<>|d')).toBe('a_b_c_d');
    expect(safeFileName('  ..隐藏  ')).toBe('隐藏');
    expect(safeFileName('\u0001')).toBe('_');
    expect(safeFileName('')).toBe('deposit');
    expect(receiptFileName('电机 控制', 12)).toBe('电机 控制-12.tlog-proof');
  });

  it('suggests titles and formats sizes', () => {
    expect(titleFromFileName('设计图.v2.dwg')).toBe('设计图.v2');
    expect(titleFromFileName('.bashrc')).toBe('.bashrc');
    expect(formatBytes(12)).toBe('12 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(1024 ** 3)).toBe('1.0 GB');
    expect(formatBytes(300 * 1024 ** 2)).toBe('300 MB');
  });
});
