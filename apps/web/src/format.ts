import dayjs from 'dayjs';

/**
 * Times are shown in Beijing time (Asia/Shanghai, UTC+8, no daylight saving) whatever the
 * device's time zone: the platform serves one Chinese county and its deadlines are Beijing days.
 */
const beijing = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function beijingParts(value: string | Date): Record<string, string> | null {
  const d = dayjs(value);
  if (!d.isValid()) return null;
  return Object.fromEntries(beijing.formatToParts(d.toDate()).map((p) => [p.type, p.value]));
}

/** 2025-10-11 (a calendar date as given, or the Beijing day of a moment) */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return '';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const p = beijingParts(value);
  return p ? `${p.year}-${p.month}-${p.day}` : '';
}

/** 2025-10-11 14:03 (Beijing time) */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return '';
  const p = beijingParts(value);
  return p ? `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}` : '';
}

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
/** 12,345 — the same thousands separator in both languages. */
export function formatNumber(value: number): string {
  return integer.format(value);
}

/** A long hash as 8…6 characters for tables; the full value goes into a title/tooltip. */
export function shortHash(hash: string, head = 8, tail = 6): string {
  return hash.length <= head + tail + 1 ? hash : `${hash.slice(0, head)}…${hash.slice(-tail)}`;
}

/** Only same-site paths may be a post-login destination (no open redirect). */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next === '/login' || next.startsWith('/login?')) return '/';
  return next;
}

export function loginPath(next: string): string {
  const target = safeNextPath(next);
  return target === '/' ? '/login' : `/login?next=${encodeURIComponent(target)}`;
}
