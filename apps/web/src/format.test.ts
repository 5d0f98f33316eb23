import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './format.ts';

describe('dates and times', () => {
  it('shows moments in Beijing time whatever the device time zone', () => {
    expect(formatDateTime('2026-02-09T01:00:00Z')).toBe('2026-02-09 09:00');
    expect(formatDateTime('2026-02-08T16:30:00Z')).toBe('2026-02-09 00:30');
    expect(formatDate('2026-02-08T16:30:00Z')).toBe('2026-02-09');
  });

  it('keeps calendar dates as they are', () => {
    expect(formatDate('2025-10-11')).toBe('2025-10-11');
  });

  it('shows nothing for missing or broken values', () => {
    expect(formatDateTime(null)).toBe('');
    expect(formatDate('not a date')).toBe('');
  });
});
