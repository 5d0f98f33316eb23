import type { CoverageCell, CoverageFlag } from '@yunju/contracts';

/** A rate (0–1) as a percentage with one decimal: 0.629 → "62.9%". */
export function formatRate(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return '—';
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

/** Percent with one decimal, as a chart value: 0.6294 → 62.9. */
export function percent(rate: number): number {
  return Math.round(rate * 1000) / 10;
}

export interface FlagRate {
  covered: number;
  total: number;
  rate: number;
}

/** One flag of a coverage cell (county, town, industry or year). */
export function rateOf(cell: { total: number; covered: Partial<CoverageCell['covered']>; rates: Partial<CoverageCell['rates']> }, flag: CoverageFlag): FlagRate {
  const covered = cell.covered[flag] ?? 0;
  const rate = cell.rates[flag] ?? (cell.total > 0 ? covered / cell.total : 0);
  return { covered, total: cell.total, rate };
}

/** Status colour of a coverage rate: full green, ≥ 80% blue, ≥ 60% gold, below red. */
export function rateTone(rate: number): 'success' | 'processing' | 'warning' | 'error' {
  if (rate >= 0.9995) return 'success';
  if (rate >= 0.8) return 'processing';
  if (rate >= 0.6) return 'warning';
  return 'error';
}
