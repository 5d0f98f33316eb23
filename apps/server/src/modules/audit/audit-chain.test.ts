import { describe, expect, it } from 'vitest';
import { canonicalJson, findChainBreak, GENESIS_HASH, hashAuditContent, type AuditContent } from './audit-chain.ts';

function chain(n: number): (AuditContent & { hash: string })[] {
  const rows: (AuditContent & { hash: string })[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const content: AuditContent = {
      seq,
      tenantId: null,
      at: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)).toISOString(),
      actorId: null,
      actorName: 'admin',
      actorRole: 'bureau_admin',
      action: 'test.event',
      targetType: 'thing',
      targetId: String(seq),
      summary: { after: { n: seq, tags: ['a', 'b'] } },
      requestId: `r${seq}`,
      prevHash: prev,
    };
    const hash = hashAuditContent(content);
    rows.push({ ...content, hash });
    prev = hash;
  }
  return rows;
}

describe('audit chain', () => {
  it('sorts object keys at every level so jsonb reordering keeps the hash', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}');
  });

  it('accepts an intact chain', () => {
    expect(findChainBreak(chain(20))).toBeNull();
  });

  it('names the first altered row', () => {
    const rows = chain(20);
    rows[6]!.summary = { after: { n: 999 } };
    expect(findChainBreak(rows)).toMatchObject({ seq: 7, reason: 'content_hash_mismatch' });
  });

  it('detects a row whose hash was recomputed after tampering through the next link', () => {
    const rows = chain(10);
    const { hash: _old, ...content } = rows[3]!;
    content.action = 'forged';
    rows[3] = { ...content, hash: hashAuditContent(content) };
    expect(findChainBreak(rows)).toMatchObject({ seq: 5, reason: 'prev_hash_mismatch' });
  });

  it('detects a deleted row', () => {
    const rows = chain(10);
    rows.splice(4, 1);
    expect(findChainBreak(rows)).toMatchObject({ seq: 6, reason: 'sequence_gap' });
  });
});
