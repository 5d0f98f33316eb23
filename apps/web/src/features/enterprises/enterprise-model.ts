import type { YearlyStats } from '@yunju/contracts';
import dayjs from 'dayjs';

/** Fen (分) as 万元 with two decimals and thousands separators: 123456789 → "123.46". */
export function formatWan(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return '—';
  return (fen / 1_000_000).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** 万元 typed in a form → fen (分), rounded to the fen. */
export function wanToFen(wan: number | null | undefined): number {
  return Math.round((wan ?? 0) * 1_000_000);
}

/** fen → 万元 for a form field. */
export function fenToWan(fen: number): number {
  return Math.round(fen / 100) / 10_000;
}

/** A share (0–1) as a percentage with one decimal, or — when the base is zero. */
export function share(part: number, whole: number): string {
  if (!whole) return '—';
  return `${(Math.round((part / whole) * 1000) / 10).toFixed(1)}%`;
}

/** R&D intensity, high-tech revenue share and S&T staff share of one year. */
export function ratios(stats: YearlyStats): { rdIntensity: string; highTechShare: string; techStaffShare: string } {
  return {
    rdIntensity: share(stats.rdSpendingFen, stats.revenueFen),
    highTechShare: share(stats.highTechRevenueFen, stats.revenueFen),
    techStaffShare: share(stats.techStaff, stats.employees),
  };
}

export type ExpiryState = 'expired' | 'expiring' | 'valid' | 'permanent';

/** A certificate expiring within 6 months warns (gold); an expired one is red. */
export function expiryState(expiresOn: string | null, today: string = dayjs().format('YYYY-MM-DD')): ExpiryState {
  if (!expiresOn) return 'permanent';
  if (expiresOn < today) return 'expired';
  return expiresOn <= dayjs(today).add(6, 'month').format('YYYY-MM-DD') ? 'expiring' : 'valid';
}

/** Whole days from today to a date (negative when past). */
export function daysUntil(date: string, today: string = dayjs().format('YYYY-MM-DD')): number {
  return dayjs(date).diff(dayjs(today), 'day');
}

/** The cascade path of a GB/T 4754 code: C3451 → C, C34, C345, C3451. */
export function industryPath(code: string): string[] {
  if (!code) return [];
  const path = [code.slice(0, 1)];
  for (const len of [3, 4, 5]) if (code.length >= len) path.push(code.slice(0, len));
  return path;
}
