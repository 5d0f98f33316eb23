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
    for (const username of ['admin', 'officer', 'officer2', 'desk', 'enterprise', 'expert', 'notary', 'leader']) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await signIn(page, username);
      const me = await page.evaluate(async () => (await (await fetch('/api/auth/me')).json()) as { user: { username: string } });
      expect(me.user.username).toBe(username);
      await context.close();
    }
  });
});
