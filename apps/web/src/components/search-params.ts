/** A positive integer from the URL, else the fallback (bad input in a shared link is ignored). */
export function intParam(value: string | null, fallback: number, max = 100000): number {
  if (!value || !/^\d+$/.test(value)) return fallback;
  const n = Number(value);
  return n >= 1 && n <= max ? n : fallback;
}

/** Non-empty entries only, as URLSearchParams init. */
export function compactParams(values: Record<string, string | number | null | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === '') continue;
    out[key] = String(value);
  }
  return out;
}

/**
 * The URL's parameters with `changes` applied (empty or undefined removes the key); any change but
 * the page's own goes back to page 1 (drops `page`).
 */
export function withChanges(current: URLSearchParams, changes: Record<string, string | undefined>): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === '') next.delete(key);
    else next.set(key, value);
  }
  if (!('page' in changes)) next.delete('page');
  return next;
}
