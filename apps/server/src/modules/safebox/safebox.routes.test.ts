import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64, parseTlogProof, verifyConsistency, verifyInclusion, verifyReceipt, formatTlogProof, openCheckpoint, parseVerifierKey, parseCosignerVerifierKey } from '@yunju/tlog';
import { useTestApp, type Session } from '../../../test/harness.ts';
import { safeboxLogFor } from './safebox-log.ts';
import { auditLog } from './log-audit.ts';

const t = useTestApp();
const hex = () => randomBytes(32).toString('hex');
const log = () => safeboxLogFor(t.database, t.config);

async function deposit(s: Session, extra: Record<string, unknown> = {}): Promise<{ id: string; index: number; sha256: string; salt: string }> {
  const sha256 = hex();
  const salt = hex();
  const res = await t.as(s, 'POST', '/api/safebox/deposits', { sha256, salt, title: '配方工艺说明', category: 'formula', description: '第三代配方，含温度曲线', ...extra });
  expect(res.statusCode, res.body).toBe(201);
  return { ...(res.json() as { id: string; index: number }), sha256, salt };
}

async function logKey(): Promise<string> {
  const res = await t.as(null, 'GET', '/api/safebox/log/key');
  expect(res.statusCode).toBe(200);
  return res.body.trim();
}

describe('safe-box deposits', () => {
  it('acknowledges a deposit with its index; the receipt is 409 until a checkpoint covers it, then verifies offline', async () => {
    const s = await t.login('enterprise');
    const d = await deposit(s);
    expect(d.index).toBeGreaterThanOrEqual(0);
    const before = await t.as(s, 'GET', `/api/safebox/deposits/${d.id}/receipt`);
    expect(before.statusCode).toBe(409);
    expect(before.json().code).toBe('safebox.not_yet_sequenced');
    expect((await log().integrateNow()).kind).toBe('signed');
    const res = await t.as(s, 'GET', `/api/safebox/deposits/${d.id}/receipt`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    const v = verifyReceipt({ receipt: res.body, logKey: await logKey(), sha256: d.sha256, salt: d.salt });
    expect(v.index).toBe(d.index);
    const detail = (await t.as(s, 'GET', `/api/safebox/deposits/${d.id}`)).json();
    expect(detail).toMatchObject({ id: d.id, index: d.index, sequenced: true, sha256: d.sha256, salt: d.salt, notarisation: null });
  });

  it('rejects one changed byte in the file hash, the salt or the receipt', async () => {
    const s = await t.login('enterprise');
    const ds = [];
    for (let i = 0; i < 5; i++) ds.push(await deposit(s));
    await log().integrateNow();
    const d = ds[2]!;
    const receipt = (await t.as(s, 'GET', `/api/safebox/deposits/${d.id}/receipt`)).body;
    const key = await logKey();
    const check = (r: string, sha256 = d.sha256, salt = d.salt) => () => verifyReceipt({ receipt: r, logKey: key, sha256, salt });
    expect(check(receipt)).not.toThrow();
    const flipHex = (h: string, i: number) => h.slice(0, i) + (h[i] === '0' ? '1' : '0') + h.slice(i + 1);
    for (const i of [0, 31, 63]) {
      expect(check(receipt, flipHex(d.sha256, i))).toThrow();
      expect(check(receipt, d.sha256, flipHex(d.salt, i))).toThrow();
    }
    // Every byte of the receipt: changing it must fail (or leave an identical meaning — none here).
    let rejected = 0;
    for (let i = 0; i < receipt.length; i++) {
      const c = receipt.charCodeAt(i);
      const swapped = receipt.slice(0, i) + String.fromCharCode(c === 0x41 ? 0x42 : c === 0x0a ? 0x20 : 0x41) + receipt.slice(i + 1);
      if (swapped === receipt) continue;
      expect(check(swapped), `byte ${i}`).toThrow();
      rejected++;
    }
    expect(rejected).toBe(receipt.length);
    // A receipt whose extra line (entry) is another deposit's fails for this file.
    const other = parseTlogProof((await t.as(s, 'GET', `/api/safebox/deposits/${ds[3]!.id}/receipt`)).body);
    const p = parseTlogProof(receipt);
    expect(check(formatTlogProof({ ...p, extra: other.extra! }))).toThrow();
  });

  it('writes one audit row per deposit, and the audit hash chain stays intact', async () => {
    const s = await t.login('enterprise');
    const ds = await Promise.all(Array.from({ length: 12 }, () => deposit(s)));
    const { verifyAuditChain } = await import('../audit/index.ts');
    const chain = await verifyAuditChain(t.database.db);
    expect(chain.firstBreak).toBeFalsy();
    const admin = await t.login('admin');
    const rows = (await t.as(admin, 'GET', '/api/audit?action=safebox.deposit&pageSize=100')).json().items as { targetId: string }[];
    for (const d of ds) expect(rows.map((r) => r.targetId)).toContain(d.id);
  });

  it('batches many files in one request with consecutive indices', async () => {
    const s = await t.login('enterprise');
    const items = Array.from({ length: 7 }, (_, i) => ({ sha256: hex(), salt: hex(), title: `图纸 ${i}`, category: 'design', fileName: `d${i}.dwg`, fileSize: 1000 + i }));
    const res = await t.as(s, 'POST', '/api/safebox/deposits/batch', { items });
    expect(res.statusCode, res.body).toBe(201);
    const out = res.json().items as { id: string; index: number }[];
    expect(out).toHaveLength(7);
    for (let i = 1; i < 7; i++) expect(out[i]!.index).toBe(out[0]!.index + i);
  });

  it('lists, searches and exports only the enterprise’s own deposits', async () => {
    const s = await t.login('enterprise');
    const mine = await deposit(s, { title: '独特标题-甲', fileName: 'alpha.pdf' });
    const sb = await t.login('enterprise_b');
    const theirs = await deposit(sb, { title: '独特标题-乙' });
    const list = (await t.as(s, 'GET', '/api/safebox/deposits?q=独特标题')).json();
    expect(list.items.map((x: { id: string }) => x.id)).toEqual([mine.id]);
    expect((await t.as(s, 'GET', `/api/safebox/deposits?q=${mine.sha256}`)).json().total).toBe(1);
    expect((await t.as(s, 'GET', '/api/safebox/deposits?category=formula&notarisation=none')).json().items.length).toBeGreaterThan(0);
    const x = await t.as(s, 'GET', '/api/safebox/deposits/export?q=alpha');
    expect(x.statusCode).toBe(200);
    expect(x.headers['content-type']).toContain('spreadsheetml');
    expect(x.rawPayload.subarray(0, 2).toString()).toBe('PK');
    // Another enterprise's deposit answers 404 like a missing one.
    for (const path of ['', '/receipt', '/certificate']) expect((await t.as(s, 'GET', `/api/safebox/deposits/${theirs.id}${path}`)).statusCode).toBe(404);
    expect((await t.as(s, 'POST', `/api/safebox/deposits/${theirs.id}/notarisation`, {})).statusCode).toBe(404);
  });

  it('serves a Chinese PDF certificate with the receipt hash', async () => {
    const s = await t.login('enterprise');
    const d = await deposit(s);
    expect((await t.as(s, 'GET', `/api/safebox/deposits/${d.id}/certificate`)).statusCode).toBe(409);
    await log().integrateNow();
    const res = await t.as(s, 'GET', `/api/safebox/deposits/${d.id}/certificate`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const receipt = (await t.as(s, 'GET', `/api/safebox/deposits/${d.id}/receipt`)).body;
    expect(res.headers['x-receipt-sha256']).toBe(createHash('sha256').update(receipt).digest('hex'));
  });

  it('refuses other roles and anonymous callers', async () => {
    const body = { sha256: hex(), salt: hex(), title: 'x' };
    expect((await t.as(null, 'POST', '/api/safebox/deposits', body)).statusCode).toBe(401);
    for (const user of ['officer', 'admin', 'notary', 'leader', 'expert', 'desk']) {
      const s = await t.login(user);
      expect((await t.as(s, 'POST', '/api/safebox/deposits', body)).statusCode, user).toBe(403);
      expect((await t.as(s, 'POST', '/api/safebox/deposits/batch', { items: [body] })).statusCode, user).toBe(403);
      expect((await t.as(s, 'GET', '/api/safebox/deposits')).statusCode, user).toBe(403);
    }
  });

  it('answers 400 naming the field for bad input', async () => {
    const s = await t.login('enterprise');
    const bad = await t.as(s, 'POST', '/api/safebox/deposits', { sha256: 'xyz', salt: hex(), title: 'x' });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().errors ?? bad.json())).toContain('sha256');
    expect((await t.as(s, 'POST', '/api/safebox/deposits', { sha256: hex(), salt: hex().slice(2), title: 'x' })).statusCode).toBe(400);
    expect((await t.as(s, 'POST', '/api/safebox/deposits', { sha256: hex(), salt: hex(), title: '' })).statusCode).toBe(400);
    expect((await t.as(s, 'POST', '/api/safebox/deposits', { sha256: hex(), salt: hex(), title: 'x', category: 'secret' })).statusCode).toBe(400);
    expect((await t.as(s, 'POST', '/api/safebox/deposits/batch', { items: [] })).statusCode).toBe(400);
    expect((await t.as(s, 'GET', '/api/safebox/deposits/not-a-uuid')).statusCode).toBe(400);
    expect((await t.as(s, 'GET', '/api/safebox/deposits?category=nope')).statusCode).toBe(400);
    expect((await t.as(s, 'POST', `/api/safebox/deposits/${randomUUIDLike()}/notarisation`, { note: 'x'.repeat(2000) })).statusCode).toBe(400);
  });
});

function randomUUIDLike(): string {
  return '00000000-0000-4000-8000-000000000000';
}

describe('public log API', () => {
  it('serves key, checkpoint, tiles and proofs without login, with the right types and caching', async () => {
    const s = await t.login('enterprise');
    for (let i = 0; i < 3; i++) await deposit(s);
    await log().integrateNow();
    const key = await logKey();
    const cpRes = await t.as(null, 'GET', '/api/safebox/log/checkpoint');
    expect(cpRes.statusCode).toBe(200);
    expect(cpRes.headers['content-type']).toContain('text/plain');
    expect(cpRes.headers['cache-control']).toBe('no-cache');
    const cp = openCheckpoint(cpRes.body, { origin: parseVerifierKey(key).name, logVerifiers: [parseVerifierKey(key)] }).checkpoint;
    expect(cp.size).toBeGreaterThan(3);
    const tile = await t.as(null, 'GET', `/api/safebox/log/tile/0/000.p/${cp.size}`);
    expect(tile.statusCode).toBe(200);
    expect(tile.headers['content-type']).toBe('application/octet-stream');
    expect(tile.headers['cache-control']).toContain('immutable');
    expect(tile.rawPayload.length).toBe(cp.size * 32);
    expect((await t.as(null, 'GET', `/api/safebox/log/tile/0/000.p/${cp.size + 1}`)).statusCode).toBe(404);
    expect((await t.as(null, 'GET', '/api/safebox/log/tile/entries/000.p/1')).statusCode).toBe(404);
    expect((await t.as(null, 'GET', '/api/safebox/log/tile/0/0')).statusCode).toBe(404);

    const inc = (await t.as(null, 'GET', `/api/safebox/log/proof/inclusion?index=1&size=${cp.size}`)).json();
    const leaf = tile.rawPayload.subarray(32, 64);
    expect(inc.leafHash).toBe(encodeBase64(leaf));
    expect(verifyInclusion(leaf, 1, cp.size, inc.proof.map((p: string) => decodeBase64(p)!), cp.rootHash)).toBe(true);

    const firstCp = openCheckpoint((await t.as(null, 'GET', '/api/safebox/log/checkpoint')).body, { origin: cp.origin, logVerifiers: [parseVerifierKey(key)] }).checkpoint;
    const con = (await t.as(null, 'GET', `/api/safebox/log/proof/consistency?from=2&to=${cp.size}`)).json();
    expect(con.proof.length).toBeGreaterThan(0);
    expect(firstCp.size).toBe(cp.size);
    const r2 = (await t.as(null, 'GET', `/api/safebox/log/proof/inclusion?index=0&size=2`)).json();
    const tile2 = (await t.as(null, 'GET', '/api/safebox/log/tile/0/000.p/2')).rawPayload;
    const root2 = r2.proof.length === 1 ? (await import('@yunju/tlog')).nodeHash(tile2.subarray(0, 32), tile2.subarray(32, 64)) : undefined;
    expect(verifyConsistency(2, cp.size, con.proof.map((p: string) => decodeBase64(p)!), root2!, cp.rootHash)).toBe(true);
    const info = (await t.as(null, 'GET', '/api/safebox/log/info')).json();
    expect(info).toMatchObject({ origin: cp.origin, logKey: key, size: cp.size });
  });

  it('rejects bad proof queries with 400 and sizes beyond the checkpoint with 404', async () => {
    expect((await t.as(null, 'GET', '/api/safebox/log/proof/inclusion?index=-1&size=1')).statusCode).toBe(400);
    expect((await t.as(null, 'GET', '/api/safebox/log/proof/inclusion?index=0')).statusCode).toBe(400);
    expect((await t.as(null, 'GET', '/api/safebox/log/proof/consistency?from=a&to=1')).statusCode).toBe(400);
    expect((await t.as(null, 'GET', '/api/safebox/log/proof/inclusion?index=0&size=999999')).statusCode).toBe(404);
    expect((await t.as(null, 'GET', '/api/safebox/log/proof/consistency?from=0&to=999999')).statusCode).toBe(404);
    expect((await t.as(null, 'POST', '/api/safebox/verify', { receipt: 'x', sha256: 'zz', salt: hex() })).statusCode).toBe(400);
  });

  it('verifies a receipt for anyone (server-side convenience) and names the failure', async () => {
    const s = await t.login('enterprise');
    const d = await deposit(s);
    await log().integrateNow();
    const receipt = (await t.as(s, 'GET', `/api/safebox/deposits/${d.id}/receipt`)).body;
    const ok = (await t.as(null, 'POST', '/api/safebox/verify', { receipt, sha256: d.sha256, salt: d.salt })).json();
    expect(ok).toMatchObject({ ok: true, index: d.index });
    const bad = (await t.as(null, 'POST', '/api/safebox/verify', { receipt, sha256: hex(), salt: d.salt })).json();
    expect(bad.ok).toBe(false);
    expect(bad.reason).toContain('SHA-256');
  });
});

describe('sequencing', () => {
  it('two sequencers on one database never sign inconsistent checkpoints; `log audit` confirms', async () => {
    const s = await t.login('enterprise');
    const a = log();
    const { SafeboxLog } = await import('./safebox-log.ts');
    const b = new SafeboxLog(t.database.db, a.config, a.signer);
    const steps: Promise<unknown>[] = [];
    for (let round = 0; round < 6; round++) {
      await Promise.all(Array.from({ length: 5 }, () => deposit(s)));
      steps.push(a.integrateNow(), b.integrateNow(), a.integrateNow(new Date(Date.now() + 3_600_000)), b.integrateNow(new Date(Date.now() + 3_600_000)));
    }
    const results = await Promise.allSettled(steps);
    // A step may lose the race (busy, or compare-and-set failure rolled back); none may corrupt.
    expect(results.some((r) => r.status === 'fulfilled' && (r.value as { kind: string }).kind === 'signed')).toBe(true);
    await a.integrateNow();
    const audit = await auditLog(t.database.db, a.config.origin);
    expect(audit.problems).toEqual([]);
    expect(audit.checkpoints).toBeGreaterThan(3);
    await b.stop();
  });

  it('refuses to sign with a key other than the log’s', async () => {
    const a = log();
    await a.integrateNow();
    const { SafeboxLog } = await import('./safebox-log.ts');
    const rogue = new SafeboxLog(t.database.db, { ...a.config, logKeyFile: undefined });
    const s = await t.login('enterprise');
    await deposit(s);
    await expect(rogue.integrateNow()).rejects.toThrow(/signing key differs/);
    await rogue.stop();
  });

  it('`log audit` detects a tampered tile', async () => {
    const s = await t.login('enterprise');
    await deposit(s);
    await log().integrateNow();
    expect((await auditLog(t.database.db, log().config.origin)).ok).toBe(true);
    await t.database.rawQuery(`UPDATE safebox_tiles SET hashes = overlay(hashes placing '\\xff'::bytea from 1 for 1) WHERE level = 0 AND idx = 0`);
    const r = await auditLog(t.database.db, log().config.origin);
    expect(r.ok).toBe(false);
    await t.database.rawQuery(`UPDATE safebox_tiles SET hashes = overlay(hashes placing (SELECT substring(leaf_hash from 1 for 1) FROM safebox_deposits WHERE idx = 0) from 1 for 1) WHERE level = 0 AND idx = 0`);
    expect((await auditLog(t.database.db, log().config.origin)).ok).toBe(true);
  });
});

describe('notarisation', () => {
  it('notary countersigns: the receipt carries the cosignature, verifies under a notary policy; an unnotarised receipt fails it; rotation keeps old receipts verifiable', async () => {
    const ent = await t.login('enterprise');
    const notary = await t.login('notary');
    const admin = await t.login('admin');
    const d = await deposit(ent);
    const plain = await deposit(ent);
    await log().integrateNow();

    expect((await t.as(notary, 'GET', '/api/safebox/notary/keystore')).json()).toEqual({ exists: false, verifierKey: null, registered: false });
    const ks = await t.as(notary, 'POST', '/api/safebox/notary/keystore', { passphrase: 'notary-pass-1' });
    expect(ks.statusCode, ks.body).toBe(201);
    const vkey = ks.json().verifierKey as string;
    expect(parseCosignerVerifierKey(vkey).name).toContain('notary');
    expect((await t.as(notary, 'POST', '/api/safebox/notary/keystore', { passphrase: 'notary-pass-1' })).statusCode).toBe(409);

    const req = await t.as(ent, 'POST', `/api/safebox/deposits/${d.id}/notarisation`, { note: '拟用于商业秘密诉讼' });
    expect(req.statusCode, req.body).toBe(201);
    const nid = req.json().id as string;
    expect((await t.as(ent, 'POST', `/api/safebox/deposits/${d.id}/notarisation`, {})).statusCode).toBe(409);

    // Not registered yet → 409.
    expect((await t.as(notary, 'POST', `/api/safebox/notarisations/${nid}/countersign`, { passphrase: 'notary-pass-1' })).statusCode).toBe(409);
    const reg = await t.as(admin, 'POST', '/api/safebox/notary-keys', { notaryUsername: 'notary', verifierKey: vkey });
    expect(reg.statusCode, reg.body).toBe(201);
    expect((await t.as(notary, 'GET', '/api/safebox/notary/keystore')).json().registered).toBe(true);

    const pending = (await t.as(notary, 'GET', '/api/safebox/notarisations?status=requested')).json();
    expect(pending.items[0]).toMatchObject({ id: nid, status: 'requested', enterprise: { id: t.fixture.enterprises.a }, deposit: { description: '第三代配方，含温度曲线' } });
    expect((await t.as(notary, 'GET', `/api/safebox/notarisations/${nid}`)).statusCode).toBe(200);

    const wrong = await t.as(notary, 'POST', `/api/safebox/notarisations/${nid}/countersign`, { passphrase: 'wrong-passphrase' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().code).toBe('safebox.wrong_passphrase');
    const ok = await t.as(notary, 'POST', `/api/safebox/notarisations/${nid}/countersign`, { passphrase: 'notary-pass-1', remark: '已核对营业执照' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'countersigned', notaryKey: vkey });
    expect(ok.json().statement).toContain('yunju.safebox/notarial-statement/v1');
    expect((await t.as(notary, 'POST', `/api/safebox/notarisations/${nid}/countersign`, { passphrase: 'notary-pass-1' })).statusCode).toBe(409);

    const key = await logKey();
    const notarised = (await t.as(ent, 'GET', `/api/safebox/deposits/${d.id}/receipt`)).body;
    const policy = { logKey: key, cosigners: [vkey], require: 1 };
    const v = verifyReceipt({ receipt: notarised, sha256: d.sha256, salt: d.salt, ...policy });
    expect(v.cosignatures).toHaveLength(1);
    const unnotarised = (await t.as(ent, 'GET', `/api/safebox/deposits/${plain.id}/receipt`)).body;
    expect(() => verifyReceipt({ receipt: unnotarised, sha256: plain.sha256, salt: plain.salt, ...policy })).toThrow(/cosignatures/);
    // Stripping the cosignature line from the notarised receipt fails the policy too.
    const stripped = notarised.split('\n').filter((l, i, all) => !(l.startsWith('— ') && l.includes('notary') && i === all.length - 2)).join('\n');
    expect(() => verifyReceipt({ receipt: stripped, sha256: d.sha256, salt: d.salt, ...policy })).toThrow();
    expect((await t.as(null, 'POST', '/api/safebox/verify', { receipt: notarised, sha256: d.sha256, salt: d.salt, requireNotary: true })).json().ok).toBe(true);
    expect((await t.as(null, 'POST', '/api/safebox/verify', { receipt: unnotarised, sha256: plain.sha256, salt: plain.salt, requireNotary: true })).json().ok).toBe(false);
    const detail = (await t.as(ent, 'GET', `/api/safebox/deposits/${d.id}`)).json();
    expect(detail.notarisationDetail).toMatchObject({ status: 'countersigned', notaryKey: vkey });
    expect((await t.as(ent, 'GET', `/api/safebox/deposits/${d.id}/certificate`)).statusCode).toBe(200);

    // Rotation: a new key for the notary retires the old one; it stays published, the old receipt still verifies.
    const newKey = (await import('@yunju/tlog')).generateEd25519Keys('yunju.local/notary/notary-2026b');
    const { formatCosignerVerifierKey, parseSignerKey } = await import('@yunju/tlog');
    const newVkey = formatCosignerVerifierKey('yunju.local/notary/notary-2026b', parseSignerKey(newKey.signerKey).publicKey);
    expect((await t.as(admin, 'POST', '/api/safebox/notary-keys', { notaryUsername: 'notary', verifierKey: newVkey })).statusCode).toBe(201);
    const keys = (await t.as(admin, 'GET', '/api/safebox/notary-keys')).json() as { id: string; verifierKey: string; status: string }[];
    expect(keys.find((k) => k.verifierKey === vkey)?.status).toBe('retired');
    const published = (await t.as(null, 'GET', '/api/safebox/log/info')).json().notaryKeys.map((k: { verifierKey: string }) => k.verifierKey);
    expect(published).toEqual(expect.arrayContaining([vkey, newVkey]));
    expect(() => verifyReceipt({ receipt: notarised, sha256: d.sha256, salt: d.salt, logKey: key, cosigners: published, require: 1 })).not.toThrow();
    const active = keys.find((k) => k.verifierKey === newVkey)!;
    expect((await t.as(admin, 'POST', `/api/safebox/notary-keys/${active.id}/retire`)).json().status).toBe('retired');
  });

  it('forbids notary routes to others, admin routes to non-admins, and checks input', async () => {
    const ent = await t.login('enterprise');
    const notary = await t.login('notary');
    const admin = await t.login('admin');
    const id = randomUUIDLike();
    expect((await t.as(ent, 'GET', '/api/safebox/notarisations')).statusCode).toBe(403);
    expect((await t.as(ent, 'GET', `/api/safebox/notarisations/${id}`)).statusCode).toBe(403);
    expect((await t.as(ent, 'POST', `/api/safebox/notarisations/${id}/countersign`, { passphrase: 'abcdefgh' })).statusCode).toBe(403);
    expect((await t.as(admin, 'POST', `/api/safebox/notarisations/${id}/reject`, { reason: 'x' })).statusCode).toBe(403);
    expect((await t.as(ent, 'POST', '/api/safebox/notary/keystore', { passphrase: 'abcdefgh' })).statusCode).toBe(403);
    expect((await t.as(notary, 'POST', '/api/safebox/notary-keys', { notaryUsername: 'notary', verifierKey: 'x+y+z' })).statusCode).toBe(403);
    expect((await t.as(notary, 'POST', `/api/safebox/notary-keys/${id}/retire`)).statusCode).toBe(403);
    expect((await t.as(notary, 'POST', `/api/safebox/notarisations/${id}/countersign`, { passphrase: 'short' })).statusCode).toBe(400);
    expect((await t.as(notary, 'POST', `/api/safebox/notarisations/${id}/reject`, { reason: '' })).statusCode).toBe(400);
    expect((await t.as(notary, 'POST', `/api/safebox/notarisations/${id}/reject`, { reason: '材料不全' })).statusCode).toBe(404);
    expect((await t.as(notary, 'POST', '/api/safebox/notary/keystore', { passphrase: 'abcdefghij', signerKey: 'garbage' })).statusCode).toBe(400);
    const badKey = await t.as(admin, 'POST', '/api/safebox/notary-keys', { notaryUsername: 'notary', verifierKey: 'not-a-key' });
    expect(badKey.statusCode).toBe(400);
    expect(JSON.stringify(badKey.json())).toContain('verifierKey');
    const { generateEd25519Keys } = await import('@yunju/tlog');
    const vk = generateEd25519Keys('yunju.local/notary/x').verifierKey; // a note key (0x01), not a cosigner key
    expect((await t.as(admin, 'POST', '/api/safebox/notary-keys', { notaryUsername: 'notary', verifierKey: vk })).statusCode).toBe(400);
    expect((await t.as(admin, 'POST', `/api/safebox/notary-keys/${id}/retire`)).statusCode).toBe(404);
  });

  it('the notary can decline with a reason', async () => {
    const ent = await t.login('enterprise');
    const notary = await t.login('notary');
    const d = await deposit(ent);
    const nid = (await t.as(ent, 'POST', `/api/safebox/deposits/${d.id}/notarisation`, {})).json().id as string;
    const r = await t.as(notary, 'POST', `/api/safebox/notarisations/${nid}/reject`, { reason: '存证说明与营业范围不符' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ status: 'rejected', reason: '存证说明与营业范围不符' });
    expect((await t.as(notary, 'POST', `/api/safebox/notarisations/${nid}/reject`, { reason: 'again' })).statusCode).toBe(409);
  });
});
