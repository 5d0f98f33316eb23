import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, signIn } from './browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('browser journeys', () => {
  it('signs in, sees the Chinese UI, switches to English, reloads a deep link and signs out', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await signIn(page, 'admin');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await expect.poll(() => page.getByText('审计日志').first().isVisible()).toBe(true);

    await page.getByRole('button', { name: /切换语言|Switch language/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Workbench' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    await page.goto(`${baseUrl}/audit`);
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/audit');
    await page.getByRole('cell', { name: 'auth.login' }).first().waitFor();

    await page.getByRole('button', { name: /用户菜单|User menu/ }).click();
    await page.getByText('Sign out', { exact: true }).click();
    await page.getByRole('button', { name: /Sign in/ }).waitFor();
    const me = await page.evaluate(async () => (await fetch('/api/auth/me')).status);
    expect(me).toBe(401);
    await context.close();
  });

  it('gives each demo user its own workbench', async () => {
    for (const username of ['admin', 'officer', 'officer2', 'desk', 'enterprise', 'expert', 'notary', 'leader', 'talent']) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await signIn(page, username);
      const me = await page.evaluate(async () => (await (await fetch('/api/auth/me')).json()) as { user: { username: string } });
      expect(me.user.username).toBe(username);
      await context.close();
    }
  });

  it('lets the demo talent keep its profile and consent to a contact request on a phone', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await signIn(page, 'talent');
    const wide = () => page.evaluate<number>('document.documentElement.scrollWidth');

    await page.goto(`${baseUrl}/matching/talent-profile`);
    await page.getByRole('heading', { level: 1, name: '我的人才档案' }).waitFor();
    expect(await wide()).toBeLessThanOrEqual(390);
    await page.getByRole('checkbox', { name: '同意平台在本人确认后向用人单位提供联系电话' }).check();
    await page.getByRole('button', { name: /^保\s*存$/ }).click();
    await page.getByText('档案已保存').waitFor();

    await page.goto(`${baseUrl}/matching/engagements?status=contact_requested`);
    await page.getByRole('heading', { level: 1, name: '我的岗位对接' }).waitFor();
    expect(await wide()).toBeLessThanOrEqual(390);
    await page.getByRole('link', { name: /^招聘/ }).first().click();
    await page.waitForURL(/\/matching\/engagements\/[0-9a-f-]+$/);
    await page.getByText('用人单位申请与您联系', { exact: false }).or(page.getByText('企业申请与您联系', { exact: false })).first().waitFor();
    await page.getByRole('group', { name: '可办理的操作' }).getByRole('button', { name: /^同意联系$/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: /^同意联系$/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('人才已同意', { exact: true }).first().waitFor();
    expect(await wide()).toBeLessThanOrEqual(390);
    await context.close();
  });
});
