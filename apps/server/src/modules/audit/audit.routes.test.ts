import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness.ts';
import { verifyAuditChain } from './audit.service.ts';

const t = useTestApp();

describe('GET /api/audit', () => {
  it('lists the county’s audit rows newest first for the bureau admin', async () => {
    await t.login('officer');
    const res = await t.as(await t.login('admin'), 'GET', '/api/audit?pageSize=5');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items[0].action).toBe('auth.login');
    expect(body.items[0].actorName).toBe('admin');
    const seqs = body.items.map((r: { seq: number }) => r.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
  });

  it('filters by actor, action and date', async () => {
    const s = await t.login('leader');
    const body = (await t.as(s, 'GET', '/api/audit?actor=officer&action=auth.login')).json();
    expect(body.total).toBeGreaterThan(0);
    expect(body.items.every((r: { actorName: string; action: string }) => r.actorName === 'officer' && r.action === 'auth.login')).toBe(true);
    expect((await t.as(s, 'GET', '/api/audit?to=2020-01-01')).json().total).toBe(0);
  });

  it('never shows another county’s rows', async () => {
    await t.login('other_admin');
    const body = (await t.as(await t.login('admin'), 'GET', '/api/audit?actor=other_admin')).json();
    expect(body.total).toBe(0);
  });

  it('is forbidden to officers', async () => {
    const res = await t.as(await t.login('officer'), 'GET', '/api/audit');
    expect(res.statusCode).toBe(403);
  });

  it('rejects a malformed date, naming the field', async () => {
    const res = await t.as(await t.login('admin'), 'GET', '/api/audit?from=2025-13');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ path: 'from' });
  });
});

describe('the audit hash chain', () => {
  it('verifies after real activity and names the row altered by hand in SQL', async () => {
    await t.login('desk');
    await t.login('notary');
    const intact = await verifyAuditChain(t.database.db);
    expect(intact.firstBreak).toBeNull();
    expect(intact.rows).toBeGreaterThan(2);

    const target = Math.max(2, intact.rows - 1);
    await t.database.rawQuery(`UPDATE audit_log SET summary = '{"tampered":true}'::jsonb WHERE seq = $1`, [target]);
    const broken = await verifyAuditChain(t.database.db);
    expect(broken.firstBreak).toMatchObject({ seq: target, reason: 'content_hash_mismatch' });
    expect(broken.breakRow?.seq).toBe(target);
  });
});
