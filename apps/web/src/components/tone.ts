import type { WorkbenchStat } from '@yunju/contracts';

/**
 * Status colours (UX.md): processing blue, success green, warning/due-soon gold,
 * overdue/rejected red, draft/closed grey. Same values as antd's preset tag colours.
 */
export const toneColor: Record<WorkbenchStat['tone'], string> = {
  processing: '#1668dc',
  success: '#389e0d',
  warning: '#d48806',
  error: '#cf1322',
  default: 'rgba(0, 0, 0, 0.88)',
};

/** antd Timeline dot colours of the same tones. */
export const toneDot: Record<WorkbenchStat['tone'], string> = { processing: 'blue', success: 'green', warning: 'gold', error: 'red', default: 'gray' };
