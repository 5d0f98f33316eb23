import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

/** Debian's Chromium, never a downloaded browser. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** The password of every demo login. */
export const DEMO_PASSWORD = 'Yunju@2026';

/** Signs in on the sign-in page as demo user `username` and waits for the workbench. */
export async function signIn(page: Page, username: string): Promise<void> {
  await page.goto(`${inject('baseUrl')}/`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByRole('heading', { level: 1, name: '工作台' }).waitFor();
}

export interface PageOptions {
  /** 1280 × 900 unless given. */
  viewport?: { width: number; height: number };
  acceptDownloads?: boolean;
}

/**
 * One Chromium for a journey file (launched before its tests, closed after them with every
 * context it opened). `newPage` opens a fresh context (its own cookies); `signedIn` also signs in.
 */
export function journeyBrowser(): { newPage: (options?: PageOptions) => Promise<Page>; signedIn: (username: string, options?: PageOptions) => Promise<Page> } {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
  });
  const newPage = async (options: PageOptions = {}): Promise<Page> => {
    if (!browser) throw new Error('the browser starts in beforeAll');
    const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 }, ...(options.acceptDownloads ? { acceptDownloads: true } : {}) });
    contexts.push(context);
    return context.newPage();
  };
  const signedIn = async (username: string, options?: PageOptions): Promise<Page> => {
    const page = await newPage(options);
    await signIn(page, username);
    return page;
  };
  return { newPage, signedIn };
}

/** antd puts a space between two Chinese characters of a button ("受 理"): matches the label with or without it. */
export const exactButton = (text: string) => new RegExp(`^${[...text].join('\\s*')}$`);

/** A small valid PDF (the server checks the content, not only the extension). */
export const pdf = (name: string) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n1 0 obj<<>>endobj\n% ${name}\ntrailer<<>>\n%%EOF\n`) });

/**
 * Opens the record action `name` from the page header's "可办理的操作" group, fills its dialog with
 * `fill`, confirms with the button labelled `confirm` (the action's own label unless given) and
 * waits for the dialog to close.
 */
export async function headerAction(page: Page, name: string, fill: (dialog: Locator) => Promise<void> = async () => undefined, confirm = name): Promise<void> {
  await page.getByRole('group', { name: '可办理的操作' }).getByRole('button', { name: exactButton(name) }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await fill(dialog);
  await dialog.getByRole('button', { name: exactButton(confirm) }).click();
  await dialog.waitFor({ state: 'hidden' });
}
