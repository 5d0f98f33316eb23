import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** The content of one audit row that its hash commits to. */
export interface AuditContent {
  seq: number;
  tenantId: string | null;
  at: string; // ISO 8601, millisecond precision, UTC
  actorId: string | null;
  actorName: string | null;
  actorRole: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  summary: Record<string, unknown>;
  requestId: string | null;
  prevHash: string;
}

/** JSON with object keys sorted at every level, so that jsonb's key reordering does not matter. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function hashAuditContent(content: AuditContent): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

export type ChainBreak = { seq: number; reason: 'prev_hash_mismatch' | 'content_hash_mismatch' | 'sequence_gap'; expected: string; found: string };

/**
 * Checks rows in sequence order: each row's prev_hash is the previous row's hash, and its hash
 * is the SHA-256 of its own content. Returns the first break, or null.
 */
export function findChainBreak(
  rows: Iterable<AuditContent & { hash: string }>,
  start: { seq: number; hash: string } = { seq: 0, hash: GENESIS_HASH },
): ChainBreak | null {
  let prev = start;
  for (const row of rows) {
    if (row.seq !== prev.seq + 1) return { seq: row.seq, reason: 'sequence_gap', expected: String(prev.seq + 1), found: String(row.seq) };
    if (row.prevHash !== prev.hash) return { seq: row.seq, reason: 'prev_hash_mismatch', expected: prev.hash, found: row.prevHash };
    const { hash, ...content } = row;
    const recomputed = hashAuditContent(content);
    if (recomputed !== hash) return { seq: row.seq, reason: 'content_hash_mismatch', expected: recomputed, found: hash };
    prev = { seq: row.seq, hash };
  }
  return null;
}
