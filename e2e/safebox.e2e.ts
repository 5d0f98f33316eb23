import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { journeyBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
const NOTARY_PASSPHRASE = 'Notary-key-2026';
const GIB = 1024 ** 3;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'yunju-safebox-e2e-'));
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});
// After the rm hook: vitest runs afterAll hooks last-registered first, so the browser closes before tmp goes.
const journey = journeyBrowser();

const newPage = (width = 1280) => journey.newPage({ viewport: { width, height: 900 }, acceptDownloads: true });
const signedIn = (username: string, width = 1280) => journey.signedIn(username, { viewport: { width, height: 900 }, acceptDownloads: true });

/** Clicks `button` and saves the download it starts under `tmp`; returns the saved path. */
async function download(page: Page, button: Locator, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const to = path.join(tmp, name);
  await file.saveAs(to);
  return to;
}

/** The public verification page: file, receipt, keep file (salt); returns the verdict title shown. */
async function verifyInBrowser(page: Page, files: { file: string; receipt: string; keep: string }, requireNotary = false): Promise<'核验通过' | '核验未通过'> {
  await page.goto(`${baseUrl}/safebox/verify`);
  await page.getByRole('heading', { level: 1, name: '存证核验' }).waitFor();
  const steps = page.locator('.verify-step');
  await steps.nth(0).locator('input[type=file]').setInputFiles(files.file);
  await expect.poll(() => page.locator('#verify-sha256').inputValue(), { timeout: 60_000 }).toMatch(/^[0-9a-f]{64}$/);
  await steps.nth(1).locator('input[type=file]').setInputFiles(files.receipt);
  await expect.poll(() => page.locator('#verify-receipt').inputValue()).toContain('c2sp.org/tlog-proof@v1');
  await steps.nth(2).locator('input[type=file]').setInputFiles(files.keep);
  await expect.poll(() => page.locator('#verify-salt').inputValue()).toMatch(/^[0-9a-f]{64}$/);
  // the log key comes from the platform's public /api/safebox/log/info
  await expect.poll(() => page.locator('#verify-log-key').inputValue()).toMatch(/\+[0-9a-f]{8}\+/);
  if (requireNotary) await page.getByRole('checkbox', { name: '要求有公证员签名' }).check();
  await page.getByRole('button', { name: '开始核验' }).click();
  const verdict = page.getByText(/^核验(通过|未通过)$/);
  await verdict.waitFor();
  return (await verdict.textContent()) as '核验通过' | '核验未通过';
}

describe('safe box journey', () => {
  let depositId = '';
  let evidence = '';
  let receipt = '';
  let keep = '';

  it('deposits a file hashed in the browser; its receipt verifies on the public page; one changed byte fails', async () => {
    evidence = path.join(tmp, '电机控制算法说明书.pdf');
    fs.writeFileSync(evidence, Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(300_000)]));
    const expected = createHash('sha256').update(fs.readFileSync(evidence)).digest('hex');

    const enterprise = await signedIn('enterprise');
    await enterprise.getByRole('link', { name: '商业秘密保险箱' }).click();
    await enterprise.getByRole('heading', { level: 1, name: '我的存证' }).waitFor();
    await enterprise.getByRole('button', { name: '新建存证' }).click();
    await enterprise.getByRole('heading', { level: 1, name: '新建存证' }).waitFor();
    await enterprise.getByText('文件不会离开您的电脑').waitFor();

    let uploads = 0;
    enterprise.on('request', (r) => {
      if (r.method() === 'POST' && (r.postDataBuffer()?.length ?? 0) > 100_000) uploads++;
    });
    // Two files in one go (one batch request); each is hashed in the worker with its own salt.
    const second = path.join(tmp, '配方工艺卡.xlsx');
    fs.writeFileSync(second, randomBytes(50_000));
    await enterprise.locator('.safebox-picker input[type=file]').setInputFiles([evidence, second]);
    const rows = enterprise.getByTestId('deposit-file');
    await expect.poll(() => rows.count()).toBe(2);
    const sha = rows.nth(0).getByTestId('deposit-sha256');
    await sha.waitFor({ timeout: 60_000 });
    await rows.nth(1).getByTestId('deposit-sha256').waitFor({ timeout: 60_000 });
    expect((await sha.textContent())?.trim()).toBe(expected);
    await rows.nth(0).getByLabel('存证名称').fill('电机控制算法说明书（第三版）');
    await rows.nth(0).getByLabel('内容说明').fill('含控制环参数整定方法，属核心技术秘密。');

    const posted = enterprise.waitForResponse((r) => r.url().endsWith('/api/safebox/deposits/batch') && r.request().method() === 'POST');
    await enterprise.getByRole('button', { name: '提交存证（2 个文件）' }).click();
    const response = await posted;
    expect(response.status()).toBe(201);
    const body = response.request().postDataJSON() as { items: { sha256: string; salt: string; title: string }[] };
    expect(body.items[0]?.sha256).toBe(expected);
    expect(body.items[0]?.salt).toMatch(/^[0-9a-f]{64}$/);
    expect(body.items).toHaveLength(2);
    expect(body.items[1]?.sha256).toBe(createHash('sha256').update(fs.readFileSync(second)).digest('hex'));
    expect(body.items[1]?.salt).not.toBe(body.items[0]?.salt);
    expect(uploads, 'the file itself is never sent').toBe(0);
    const created = ((await response.json()) as { items: { id: string; index: number }[] }).items[0];
    depositId = created?.id ?? '';
    await enterprise.getByText('已提交 2 项存证').waitFor();

    const mine = enterprise.getByTestId('submitted-deposit').filter({ hasText: '电机控制算法说明书（第三版）' });
    keep = await download(enterprise, mine.getByRole('button', { name: '下载保管凭据' }), 'keep.json');
    expect(JSON.parse(fs.readFileSync(keep, 'utf8'))).toMatchObject({ sha256: expected, salt: body.items[0]?.salt, depositId });
    const receiptButton = mine.getByRole('button', { name: '下载存证回执' });
    await expect.poll(() => receiptButton.isEnabled(), { timeout: 30_000 }).toBe(true);
    await mine.getByText('已存证').waitFor();
    receipt = await download(enterprise, receiptButton, 'receipt.tlog-proof');
    const receiptText = fs.readFileSync(receipt, 'utf8');
    expect(receiptText.startsWith('c2sp.org/tlog-proof@v1\nextra ')).toBe(true);

    // My deposits: searched and exported.
    await enterprise.getByRole('button', { name: '查看我的存证' }).click();
    await enterprise.getByRole('heading', { level: 1, name: '我的存证' }).waitFor();
    await enterprise.getByLabel('关键词').fill('电机控制');
    await enterprise.getByRole('button', { name: '查询' }).click();
    await enterprise.waitForURL(/[?&]q=/);
    const table = enterprise.getByRole('table', { name: '存证列表' });
    await table.getByRole('link', { name: '电机控制算法说明书（第三版）' }).waitFor();
    await expect.poll(() => table.getByRole('link', { name: '配方工艺卡' }).count()).toBe(0);
    const xlsx = await download(enterprise, enterprise.getByRole('button', { name: '导出 Excel' }), 'deposits.xlsx');
    expect(fs.readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');

    // Anyone (no login) verifies the file against the receipt in the browser.
    const publicPage = await newPage();
    expect(await verifyInBrowser(publicPage, { file: evidence, receipt, keep })).toBe('核验通过');
    await publicPage.locator('[data-check=inclusion][data-ok=true]').waitFor();
    await publicPage.locator('[data-check=logSignature][data-ok=true]').waitFor();

    // One changed byte in the file: rejected.
    const altered = path.join(tmp, 'altered.pdf');
    const bytes = fs.readFileSync(evidence);
    bytes[1000] = (bytes[1000] as number) ^ 0x01;
    fs.writeFileSync(altered, bytes);
    expect(await verifyInBrowser(publicPage, { file: altered, receipt, keep })).toBe('核验未通过');
    await publicPage.locator('.ant-alert-description').getByText(/文件指纹或盐值与存证条目不一致/).waitFor();

    // One changed byte in the receipt's proof or signature: rejected.
    const tampered = path.join(tmp, 'tampered.tlog-proof');
    const lines = receiptText.split('\n');
    const at = lines.findIndex((l) => l.startsWith('index ')) + 1;
    const target = lines[at] !== '' ? at : lines.findIndex((l) => l.startsWith('\u2014 '));
    const line = lines[target] as string;
    lines[target] = line.slice(0, -3) + (line.at(-3) === 'A' ? 'B' : 'A') + line.slice(-2);
    fs.writeFileSync(tampered, lines.join('\n'));
    expect(await verifyInBrowser(publicPage, { file: evidence, receipt: tampered, keep })).toBe('核验未通过');
  });

  it('hashes a 1 GB file in the browser to the digest sha256sum gives', { timeout: 600_000 }, async () => {
    const big = path.join(tmp, 'big-1GiB.bin');
    const fd = fs.openSync(big, 'w');
    fs.ftruncateSync(fd, GIB); // sparse: 1 GiB of zeros without writing them
    fs.closeSync(fd);
    try {
      const t0 = Date.now();
      const expected = execFileSync('sha256sum', [big], { encoding: 'utf8' }).split(/\s+/)[0];
      const sumSeconds = (Date.now() - t0) / 1000;

      const enterprise = await signedIn('enterprise');
      await enterprise.goto(`${baseUrl}/safebox/new`);
      await enterprise.getByRole('heading', { level: 1, name: '新建存证' }).waitFor();
      const started = Date.now();
      await enterprise.locator('.safebox-picker input[type=file]').setInputFiles(big);
      // a progress bar while it hashes
      await enterprise.getByRole('progressbar').first().waitFor();
      const sha = enterprise.getByTestId('deposit-sha256');
      await sha.waitFor({ timeout: 540_000 });
      const wall = (Date.now() - started) / 1000;
      const workerMs = Number(await enterprise.locator('[data-ms]').getAttribute('data-ms'));
      expect((await sha.textContent())?.trim()).toBe(expected);
      console.log(
        `[safebox e2e] 1 GiB file hashed in the browser (Web Worker, noble sha256, 4 MiB slices): ${(workerMs / 1000).toFixed(1)} s in the worker ` +
          `(${(GIB / 1024 ** 2 / (workerMs / 1000)).toFixed(0)} MiB/s), ${wall.toFixed(1)} s wall from picking the file; sha256sum ${sumSeconds.toFixed(1)} s; digest ${expected}`,
      );
      await enterprise.getByRole('button', { name: '移除 big-1GiB.bin' }).click();
    } finally {
      fs.rmSync(big, { force: true });
    }
  });

  it('notarisation: requested by the enterprise, countersigned by the notary; the receipt then carries the cosignature', { timeout: 300_000 }, async () => {
    expect(depositId).not.toBe('');
    // The notary creates a signing key; the bureau admin registers its public key.
    const notary = await signedIn('notary');
    await notary.getByRole('link', { name: '公证审核' }).click();
    await notary.getByRole('heading', { level: 1, name: '公证审核' }).waitFor();
    await notary.getByLabel('密钥口令（至少 8 位）').fill(NOTARY_PASSPHRASE);
    await notary.getByLabel('再次输入口令').fill(NOTARY_PASSPHRASE);
    await notary.getByRole('button', { name: '生成密钥' }).click();
    const vkeyText = notary.getByTestId('notary-verifier-key');
    await vkeyText.waitFor();
    const verifierKey = ((await vkeyText.textContent()) ?? '').trim();
    expect(verifierKey).toMatch(/^[^+\s]+\+[0-9a-f]{8}\+[A-Za-z0-9+/=]+$/);
    await notary.getByText('尚未登记：请将公钥交科技局管理员登记').waitFor();

    const admin = await signedIn('admin');
    await admin.getByRole('link', { name: '公证员密钥' }).click();
    await admin.getByRole('heading', { level: 1, name: '公证员密钥登记' }).waitFor();
    await admin.getByLabel('公证员账号').fill('notary');
    await admin.getByLabel('公钥（cosignature/v1）').fill(verifierKey);
    await admin.getByRole('button', { name: '登记公钥' }).click();
    await admin.getByText('已登记公钥').waitFor();
    await admin.getByRole('table', { name: '公证员公钥列表' }).getByText(verifierKey).waitFor();

    // The enterprise asks for notarisation.
    const enterprise = await signedIn('enterprise');
    await enterprise.goto(`${baseUrl}/safebox/deposits/${depositId}`);
    await enterprise.getByRole('heading', { level: 1, name: '电机控制算法说明书（第三版）' }).waitFor();
    await enterprise.getByRole('button', { name: '申请公证' }).click();
    const dialog = enterprise.getByRole('dialog');
    await dialog.getByLabel('申请说明（选填）').fill('拟用于商业秘密侵权诉讼举证。');
    await dialog.getByRole('button', { name: '提交申请' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await enterprise.getByText('待公证').first().waitFor();

    // The notary reviews the enterprise's identity and the description, then signs.
    await notary.reload();
    await notary.getByText('已登记，可以签署公证').waitFor();
    await notary.getByRole('link', { name: '电机控制算法说明书（第三版）' }).first().click();
    await notary.getByRole('heading', { level: 1, name: '公证审核：电机控制算法说明书（第三版）' }).waitFor();
    await notary.getByText('含控制环参数整定方法，属核心技术秘密。').waitFor();
    await notary.getByText('拟用于商业秘密侵权诉讼举证。').waitFor();
    await notary.getByRole('button', { name: '审核通过并签名' }).click();
    const sign = notary.getByRole('dialog');
    await sign.getByLabel('密钥口令').fill(NOTARY_PASSPHRASE);
    await sign.getByLabel('公证意见（选填，写入公证声明）').fill('经审核，存证单位身份真实，存证说明与申请一致。');
    await sign.getByRole('button', { name: '审核通过并签名' }).click();
    await sign.waitFor({ state: 'hidden' });
    await notary.getByText('已公证').first().waitFor();
    await notary.getByTestId('notarial-statement').waitFor();
    await notary.getByText('公证声明的签名已在本机核验有效').waitFor();

    // The receipt downloaded now carries the notary's cosignature and passes a notary policy;
    // the earlier receipt (without it) fails that policy.
    await enterprise.reload();
    await enterprise.getByText('已公证').first().waitFor();
    const notarised = await download(enterprise, enterprise.getByRole('button', { name: '存证回执（.tlog-proof）' }), 'notarised.tlog-proof');
    expect(fs.readFileSync(notarised, 'utf8')).toContain(`\u2014 ${verifierKey.split('+')[0]} `);

    const publicPage = await newPage(390); // and on a phone
    expect(await verifyInBrowser(publicPage, { file: evidence, receipt: notarised, keep }, true)).toBe('核验通过');
    await publicPage.locator('[data-check=cosignatures][data-ok=true]').waitFor();
    await publicPage.locator('[data-verified=true]').getByText(/公证处公证员 于 .* 签名/).waitFor();
    expect(await verifyInBrowser(publicPage, { file: evidence, receipt, keep }, true)).toBe('核验未通过');
    await publicPage.locator('.ant-alert-description').getByText('回执中没有所要求的公证员签名。').waitFor();
    await publicPage.locator('[data-check=cosignatures][data-ok=false]').waitFor();
  });
});
