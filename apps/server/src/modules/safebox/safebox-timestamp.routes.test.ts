import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness.ts';
import { SafeboxLog, safeboxLogFor } from './safebox-log.ts';

const hasOpenssl = spawnSync('openssl', ['version']).status === 0;
const t = useTestApp();

/** A local RFC 3161 authority: a test CA, a TSA certificate (EKU timeStamping) and `openssl ts -reply` behind HTTP. */
let dir = '';
let tsa: http.Server | undefined;
let tsaUrl = '';
beforeAll(async () => {
  if (!hasOpenssl) return;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yunju-tsa-'));
  fs.writeFileSync(
    path.join(dir, 'ts.cnf'),
    `[ tsa ]\ndefault_tsa = tsa1\n[ tsa1 ]\ndir = ${dir}\nserial = $dir/serial\ncrypto_device = builtin\nsigner_digest = sha256\ndefault_policy = 1.2.3.4.1\ndigests = sha256\naccuracy = secs:1\nordering = yes\ntsa_name = yes\ness_cert_id_chain = no\ness_cert_id_alg = sha256\n[ v3_tsa ]\nbasicConstraints = CA:FALSE\nextendedKeyUsage = critical,timeStamping\nkeyUsage = critical,digitalSignature\n`,
  );
  fs.writeFileSync(path.join(dir, 'serial'), '01\n');
  const o = (args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  o(['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'ca.key', '-out', 'ca.crt', '-subj', '/CN=Test TSA Root', '-days', '30']);
  o(['req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'tsa.key', '-out', 'tsa.csr', '-subj', '/CN=Test TSA']);
  o(['x509', '-req', '-in', 'tsa.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'tsa.crt', '-days', '30', '-extfile', 'ts.cnf', '-extensions', 'v3_tsa']);
  tsa = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const id = randomBytes(6).toString('hex');
      fs.writeFileSync(path.join(dir, `${id}.tsq`), Buffer.concat(chunks));
      o(['ts', '-reply', '-queryfile', `${id}.tsq`, '-config', 'ts.cnf', '-section', 'tsa1', '-inkey', 'tsa.key', '-signer', 'tsa.crt', '-out', `${id}.tsr`]);
      res.writeHead(200, { 'content-type': 'application/timestamp-reply' }).end(fs.readFileSync(path.join(dir, `${id}.tsr`)));
    });
  });
  await new Promise<void>((r) => tsa!.listen(0, '127.0.0.1', r));
  tsaUrl = `http://127.0.0.1:${(tsa.address() as { port: number }).port}/`;
});
afterAll(async () => {
  await new Promise((r) => (tsa ? tsa.close(r) : r(undefined)));
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!hasOpenssl)('RFC 3161 time stamps on checkpoints (local openssl ts authority)', () => {
  it('stamps the latest checkpoint; the token verifies with openssl over the served note, and not over another', async () => {
    expect((await t.as(null, 'GET', '/api/safebox/log/timestamp')).statusCode).toBe(404);
    const base = safeboxLogFor(t.database, t.config);
    const log = new SafeboxLog(t.database.db, { ...base.config, tsaUrl }, base.signer);
    await log.integrateNow();
    const stamped = await log.stampLatest();
    expect(stamped?.checkpointId).toBeGreaterThan(0);
    const res = await t.as(null, 'GET', '/api/safebox/log/timestamp');
    expect(res.statusCode).toBe(200);
    const ts = res.json() as { checkpoint: string; token: string; tsaUrl: string };
    expect(ts.checkpoint).toBe((await t.as(null, 'GET', '/api/safebox/log/checkpoint')).body);
    fs.writeFileSync(path.join(dir, 'cp.txt'), ts.checkpoint);
    fs.writeFileSync(path.join(dir, 'token.der'), Buffer.from(ts.token, 'base64'));
    const verify = (data: string) => spawnSync('openssl', ['ts', '-verify', '-data', data, '-in', 'token.der', '-token_in', '-CAfile', 'ca.crt', '-untrusted', 'tsa.crt'], { cwd: dir, encoding: 'utf8' });
    const ok = verify('cp.txt');
    expect(ok.status, ok.stderr).toBe(0);
    fs.writeFileSync(path.join(dir, 'other.txt'), `${ts.checkpoint}x`);
    expect(verify('other.txt').status).not.toBe(0);
    await log.stop();
  });

  it('reports a TSA that refuses or is absent as an error, without touching the log', async () => {
    const base = safeboxLogFor(t.database, t.config);
    const log = new SafeboxLog(t.database.db, { ...base.config, tsaUrl: 'http://127.0.0.1:9/' }, base.signer);
    await expect(log.stampLatest()).rejects.toThrow();
    await log.stop();
  });
});
