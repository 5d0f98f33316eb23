import type { SearchHighlight } from '@yunju/contracts';
import { Fragment } from 'react';

export interface Segment {
  text: string;
  marked: boolean;
}

/**
 * Splits text into plain and marked segments from `[start, end)` ranges (UTF-16 offsets). Ranges
 * may be unsorted, overlapping or out of bounds: they are clamped and merged; the text is never
 * interpreted as HTML.
 */
export function segments(text: string, ranges: readonly (readonly [number, number])[]): Segment[] {
  const clean = ranges
    .map(([s, e]) => [Math.max(0, Math.min(s, text.length)), Math.max(0, Math.min(e, text.length))] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [s, e] of clean) {
    const last = merged.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  const out: Segment[] = [];
  let at = 0;
  for (const [s, e] of merged) {
    if (s > at) out.push({ text: text.slice(at, s), marked: false });
    out.push({ text: text.slice(s, e), marked: true });
    at = e;
  }
  if (at < text.length) out.push({ text: text.slice(at), marked: false });
  return out;
}

/** Text with its matches in `<mark>`; React escapes every piece. */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly (readonly [number, number])[] }) {
  return (
    <>
      {segments(text, ranges).map((seg, i) => (seg.marked ? <mark key={i}>{seg.text}</mark> : <Fragment key={i}>{seg.text}</Fragment>))}
    </>
  );
}

/** The highlight of a field, if the server sent one. */
export function highlightOf(highlights: readonly SearchHighlight[], field: SearchHighlight['field']): SearchHighlight | undefined {
  return highlights.find((h) => h.field === field);
}
