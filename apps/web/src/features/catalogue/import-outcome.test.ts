import { describe, expect, it } from 'vitest';
import { importOutcome } from './import-modal.tsx';

const reject = { row: 3, column: '事项编码', value: '', reasonZh: '必填', reasonEn: 'Required' };

describe('importOutcome', () => {
  it('tells done, partial and nothing written apart', () => {
    expect(importOutcome({ committed: true, rejected: [] })).toBe('done');
    expect(importOutcome({ committed: true, rejected: [reject] })).toBe('partial');
    expect(importOutcome({ committed: false, rejected: [reject] })).toBe('rejected');
  });
});
