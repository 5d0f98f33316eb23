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
